'use client';

import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, ChartContainer, TOOLTIP_PROPS } from '@/components/ui/chart-container';
import { formatKW, formatUSD, formatUSDCompact } from '@/components/ui/format';
import type { BomCategory, ClusterPlan } from '@/lib/plan/types';
import { powerBars } from './summary-figures';

const CATEGORY_LABEL: Record<BomCategory, string> = {
  servers: 'Servers',
  gpus: 'GPUs',
  nics: 'NICs and DPUs',
  switches: 'Switches',
  cables: 'Cables',
  optics: 'Optics',
  'control-plane': 'Control plane',
  racks: 'Racks and PDUs',
};
const CATEGORY_COLOR: Record<BomCategory, string> = {
  servers: 'var(--chart-1)',
  gpus: 'var(--chart-2)',
  nics: 'var(--chart-6)',
  switches: 'var(--chart-3)',
  cables: 'var(--chart-5)',
  // Transceivers are the cabling family's: the cables' colour; racks and PDUs a neutral one.
  optics: 'var(--chart-5)',
  'control-plane': 'var(--chart-4)',
  racks: 'var(--chart-axis)',
};

export const CHART_HEIGHT = 240;

/** Cost by BOM category, from plan.bom.subtotals. */
export function CostChart({ plan }: { plan: ClusterPlan }) {
  const cost = plan.bom.subtotals
    .filter((s) => s.totalUSD > 0)
    .map((s) => ({ category: CATEGORY_LABEL[s.category], key: s.category, usd: s.totalUSD }));
  return (
    <ChartContainer height={CHART_HEIGHT} label="Bar chart of cost by BOM category">
      <BarChart data={cost} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }}>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis type="number" {...AXIS_PROPS} tickFormatter={(v: number) => formatUSDCompact(v)} />
        <YAxis type="category" dataKey="category" width={104} {...AXIS_PROPS} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => [formatUSD(Number(v)), 'Cost']} />
        <Bar dataKey="usd" name="Cost" radius={[0, 3, 3, 0]} isAnimationActive={false}>
          {cost.map((c) => (
            <Cell key={c.key} fill={CATEGORY_COLOR[c.key]} />
          ))}
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}

/**
 * Design (maximum) power of every rack, from plan.racks, with each rack's budget as a dashed line;
 * beyond 48 racks, each row's highest rack (powerBars in summary-figures.ts).
 */
export function PowerChart({ plan }: { plan: ClusterPlan }) {
  const racks = powerBars(plan);
  const perRow = racks.length < plan.racks.length;
  const label = perRow
    ? 'Bar chart of the highest rack power in each row against the rack budget'
    : 'Bar chart of power per rack against the rack budget';
  return (
    <ChartContainer height={CHART_HEIGHT} label={label}>
      <ComposedChart data={racks} margin={{ left: 0, right: 16, top: 4, bottom: 4 }}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="label" {...AXIS_PROPS} interval="preserveStartEnd" minTickGap={8} />
        <YAxis {...AXIS_PROPS} width={56} tickFormatter={(v: number) => `${v} kW`} />
        <Tooltip
          {...TOOLTIP_PROPS}
          labelFormatter={(_, payload) => String(payload?.[0]?.payload?.title ?? '')}
          formatter={(v, name) => [formatKW(Number(v)), name === 'budget' ? 'Budget' : 'Power']}
        />
        <Bar dataKey="kw" name="kw" isAnimationActive={false} radius={[3, 3, 0, 0]}>
          {racks.map((r) => (
            <Cell key={r.label} fill={r.over ? 'var(--chart-over)' : 'var(--chart-1)'} />
          ))}
        </Bar>
        <Line
          dataKey="budget"
          name="budget"
          type="stepAfter"
          stroke="var(--chart-budget)"
          strokeDasharray="4 3"
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartContainer>
  );
}
