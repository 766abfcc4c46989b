'use client';

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, ChartContainer, TOOLTIP_PROPS } from '@/components/ui/chart-container';
import type { CompareMetric } from '@/lib/compare/metrics';
import type { Comparison } from '@/lib/compare/types';
import { formatMetric } from './compare-format';

export const COMPARE_CHART_HEIGHT = 260;

/** One bar per scenario for one figure; the baseline's bar in its own colour. */
export function CompareChart({ comparison: c, metric }: { comparison: Comparison; metric: CompareMetric }) {
  const data = c.scenarios.map((s, i) => ({
    name: s.name,
    value: metric.read(s) ?? 0,
    baseline: i === c.baseline,
  }));
  return (
    <ChartContainer height={COMPARE_CHART_HEIGHT} label={`Bar chart of ${metric.label} by scenario`}>
      <BarChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 4 }}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="name" {...AXIS_PROPS} interval={0} />
        <YAxis {...AXIS_PROPS} width={80} tickFormatter={(v: number) => formatMetric(metric.kind, v)} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => [formatMetric(metric.kind, Number(v)), metric.label]} />
        <Bar dataKey="value" name={metric.label} radius={[3, 3, 0, 0]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.baseline ? 'var(--chart-2)' : 'var(--chart-1)'} />
          ))}
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}
