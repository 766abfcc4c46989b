'use client';

import { Badge } from '@/components/ui/badge';
import {
  type CompareMetric,
  METRIC_GROUP_LABELS,
  type MetricGroup,
  metricsShown,
} from '@/lib/compare/metrics';
import type { Comparison, ScenarioDelta } from '@/lib/compare/types';
import { formatDelta, formatMetric } from './compare-format';

function groupsOf(metrics: readonly CompareMetric[]): [MetricGroup, CompareMetric[]][] {
  const groups = new Map<MetricGroup, CompareMetric[]>();
  for (const m of metrics) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  return [...groups.entries()];
}

const metricTestId = (id: string) => id.replace(/\./g, '-');

function Cell({
  metric,
  value,
  delta,
  isBaseline,
  testId,
}: {
  metric: CompareMetric;
  value: number | null;
  delta: ScenarioDelta | undefined;
  isBaseline: boolean;
  testId: string;
}) {
  const d = delta?.values[metric.id] ?? null;
  return (
    <td className="px-2 py-1 text-right align-top whitespace-nowrap tabular-nums" data-testid={testId}>
      <span className="block" data-value>
        {value === null ? '—' : formatMetric(metric.kind, value)}
      </span>
      {!isBaseline && d ? (
        <span
          data-delta
          className={`block text-xs ${d.delta === 0 ? 'text-slate-600 dark:text-slate-400' : 'font-medium text-slate-800 dark:text-slate-200'}`}
        >
          <span className="sr-only">against the baseline: </span>
          {formatDelta(metric.kind, d)}
        </span>
      ) : null}
    </td>
  );
}

/** Every figure of every scenario, by group, with the difference to the baseline under each value. */
export function CompareTable({ comparison: c }: { comparison: Comparison }) {
  const metrics = metricsShown(c.scenarios);
  const deltaOf = (i: number) => c.deltas.find((d) => d.index === i);
  const columns = c.scenarios.length + 1;
  return (
    // A named <section> is a region landmark, so the focused box is announced by its name.
    <section
      aria-label="Comparison table"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must be keyboard-reachable (WCAG 2.1.1).
      tabIndex={0}
      data-scroll-region
      className="overflow-x-auto print:overflow-visible"
    >
      <table className="w-full text-sm" data-testid="compare-table">
        <caption className="sr-only">
          Scenarios side by side: each figure, and under it the difference to the baseline “{c.baselineName}”
        </caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-2 py-1.5 text-left font-medium">
              Figure
            </th>
            {c.scenarios.map((s, i) => (
              <th key={i} scope="col" className="px-2 py-1.5 text-right align-bottom font-medium">
                <span className="block text-sm text-slate-900 dark:text-slate-100">{s.name}</span>
                {i === c.baseline ? <Badge tone="success">baseline</Badge> : null}
              </th>
            ))}
          </tr>
        </thead>
        {groupsOf(metrics).map(([group, rows]) => (
          <tbody key={group} className="border-b border-slate-200 last:border-b-0 dark:border-slate-800">
            <tr>
              <th
                scope="rowgroup"
                colSpan={columns}
                className="px-2 pt-3 pb-1 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
              >
                {METRIC_GROUP_LABELS[group]}
              </th>
            </tr>
            {rows.map((m) => (
              <tr
                key={m.id}
                className="hover:bg-slate-50 dark:hover:bg-slate-800/50 print:hover:bg-transparent"
              >
                <th scope="row" className="px-2 py-1 text-left align-top font-normal">
                  {m.label}
                </th>
                {c.scenarios.map((s, i) => (
                  <Cell
                    key={i}
                    metric={m}
                    value={m.read(s)}
                    delta={deltaOf(i)}
                    isBaseline={i === c.baseline}
                    testId={`compare-${metricTestId(m.id)}-${i}`}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
