'use client';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { plural } from '@/components/ui/plural';
import type { ClusterPlan, Severity } from '@/lib/plan/types';

const SEVERITY_TONE: Record<Severity, BadgeTone> = { info: 'info', warning: 'warning', error: 'error' };

/**
 * The plan's warnings and the RA discrepancies it resolved, each citing its RA section. The warnings
 * are shown in plan order: the plan already puts the most severe first (one order for every view and
 * export), so the panel does not sort them again.
 */
export function WarningsPanel({ plan }: { plan: ClusterPlan }) {
  const { warnings } = plan;
  const count = warnings.filter((w) => w.severity !== 'info').length;
  return (
    <Card
      title="Warnings and RA discrepancies"
      titleId="warnings-title"
      aside={
        <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="warning-count">
          {count === 0 ? 'No warnings' : plural(count, 'warning')}, {plural(plan.notes.length, 'note')}
        </span>
      }
    >
      {warnings.length > 0 ? (
        <ul className="mb-4 flex flex-col gap-2" aria-label="Warnings">
          {warnings.map((w, i) => (
            <li key={`${w.code}-${i}`} className="flex items-start gap-2 text-sm" data-code={w.code}>
              <Badge tone={SEVERITY_TONE[w.severity]}>{w.severity}</Badge>
              <div className="min-w-0">
                <p>{w.message}</p>
                {w.raSection ? (
                  <p className="text-xs text-slate-600 dark:text-slate-400">RA: {w.raSection}</p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        Where the RA contradicts itself, and what the planner uses
      </h3>
      <ul
        className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800"
        aria-label="RA discrepancies"
      >
        {plan.notes.map((n) => (
          <li key={n.code} className="py-2 text-sm" data-code={n.code}>
            <p className="font-medium">{n.topic}</p>
            <p className="text-slate-700 dark:text-slate-300">{n.message}</p>
            {n.chosen ? (
              <p className="mt-1 text-xs">
                <Badge tone="success">uses</Badge> {n.chosen.value}{' '}
                <span className="text-slate-600 dark:text-slate-400">(RA: {n.chosen.section})</span>
              </p>
            ) : null}
            {n.alternatives?.map((alt) => (
              <p key={`${alt.value}-${alt.section}`} className="mt-1 text-xs">
                <Badge>also stated</Badge> {alt.value}{' '}
                <span className="text-slate-600 dark:text-slate-400">(RA: {alt.section})</span>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </Card>
  );
}
