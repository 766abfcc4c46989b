'use client';

import type { ReactNode } from 'react';
import { switchCounts } from '@/components/summary/summary-figures';
import { formatInt, formatKW, formatTB, formatUSDCompact } from '@/components/ui/format';
import type { ClusterPlan } from '@/lib/plan/types';
import { usePlannerStore } from '@/state/use-planner-store';
import { usePlan } from './use-plan';

interface Headline {
  id: string;
  label: string;
  value: string;
  /** What the value is made of, in smaller type after it. */
  breakdown?: ReactNode;
}

function headlines(plan: ClusterPlan): Headline[] {
  const switches = switchCounts(plan);
  return [
    { id: 'gpus', label: 'GPUs', value: formatInt(plan.compute.totalGpus) },
    { id: 'gpu-memory', label: 'GPU memory', value: formatTB(plan.compute.totalGpuMemoryTB) },
    { id: 'workers', label: 'Workers', value: formatInt(plan.compute.workerNodes) },
    {
      id: 'switches',
      label: 'Switches',
      value: formatInt(switches.total),
      breakdown: `${formatInt(switches.leaf)} leaf · ${formatInt(switches.spine)} spine${switches.superSpine > 0 ? ` · ${formatInt(switches.superSpine)} super-spine` : ''} · ${formatInt(switches.northSouth)} north-south · ${formatInt(switches.oob)} OOB`,
    },
    { id: 'racks', label: 'Racks', value: formatInt(plan.racks.length) },
    { id: 'power', label: 'Power', value: formatKW(plan.power.totalMaxKW) },
    { id: 'cost', label: 'Cost', value: formatUSDCompact(plan.bom.totalUSD) },
  ];
}

/**
 * The few numbers that answer "how big is it" on every tab, so changing the design shows its effect
 * wherever the user is. Status on the right: recomputing, or showing the last valid design (a design
 * that cannot be planned says why below, in PlanErrorBar). On a narrow window the figures wrap.
 */
export function HeadlineFigures({ stale }: { stale: boolean }) {
  const plan = usePlan();
  const invalid = usePlannerStore((s) => s.errors.length > 0);
  return (
    <div className="flex min-h-14 shrink-0 flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-1.5 dark:border-slate-800 dark:bg-slate-900">
      <dl
        className="flex min-w-0 flex-wrap gap-x-4 gap-y-1 xl:gap-x-6"
        aria-label="Headline figures"
        data-restorable
      >
        {headlines(plan).map((item) => (
          <div key={item.id}>
            <dt className="text-[11px] font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {item.label}
            </dt>
            <dd className="text-sm whitespace-nowrap tabular-nums">
              <span className="font-semibold" data-testid={`headline-${item.id}`}>
                {item.value}
              </span>
              {item.breakdown ? (
                <span
                  className="ml-1.5 text-xs text-slate-600 dark:text-slate-400"
                  data-testid={`headline-${item.id}-breakdown`}
                >
                  {item.breakdown}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <div className="shrink-0 text-right text-xs" aria-live="polite">
        {stale ? (
          <span className="text-slate-600 dark:text-slate-400">Updating…</span>
        ) : invalid ? (
          <span className="text-amber-800 dark:text-amber-300">Last valid design</span>
        ) : null}
      </div>
    </div>
  );
}
