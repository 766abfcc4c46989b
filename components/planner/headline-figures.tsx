'use client';

import { formatInt, formatKW, formatTB, formatUSDCompact } from '@/components/ui/format';
import { usePlannerStore } from '@/state/use-planner-store';
import { usePlan } from './use-plan';

/**
 * The few numbers that answer "how big is it" on every tab, so changing the design shows its effect
 * wherever the user is. Status on the right: recomputing, or showing the last valid design.
 */
export function HeadlineFigures({ stale, error }: { stale: boolean; error: string | null }) {
  const plan = usePlan();
  const invalid = usePlannerStore((s) => s.errors.length > 0);
  const items = [
    { label: 'GPUs', value: formatInt(plan.compute.totalGpus), id: 'gpus' },
    { label: 'GPU memory', value: formatTB(plan.compute.totalGpuMemoryTB), id: 'gpu-memory' },
    { label: 'Workers', value: formatInt(plan.compute.workerNodes), id: 'workers' },
    {
      label: 'Switches',
      value: `${plan.fabric.leafSwitches} leaf · ${plan.fabric.spineSwitches} spine`,
      id: 'switches',
    },
    { label: 'Racks', value: formatInt(plan.racks.length), id: 'racks' },
    { label: 'Power', value: formatKW(plan.power.totalMaxKW), id: 'power' },
    { label: 'Cost', value: formatUSDCompact(plan.bom.totalUSD), id: 'cost' },
  ];
  return (
    <div className="flex h-14 shrink-0 items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900">
      <dl className="flex min-w-0 gap-6" aria-label="Headline figures" data-restorable>
        {items.map((item) => (
          <div key={item.id} className="min-w-0">
            <dt className="text-[11px] font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {item.label}
            </dt>
            <dd
              className="text-sm font-semibold whitespace-nowrap tabular-nums"
              data-testid={`headline-${item.id}`}
            >
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="shrink-0 text-right text-xs" aria-live="polite">
        {error ? (
          <span className="text-red-700 dark:text-red-400" title={error}>
            Planning failed; showing the last plan
          </span>
        ) : stale ? (
          <span className="text-slate-600 dark:text-slate-400">Updating…</span>
        ) : invalid ? (
          <span className="text-amber-800 dark:text-amber-300">Last valid design</span>
        ) : null}
      </div>
    </div>
  );
}
