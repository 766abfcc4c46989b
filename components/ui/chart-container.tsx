'use client';

import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * Recharts wrapped once (as shadcn's ChartContainer does): a fixed height so the lazy chart never
 * shifts the page, and colours from CSS variables, so the theme switches them without a re-render.
 */
export function ChartContainer({
  height,
  children,
  label,
}: {
  height: number;
  children: ReactElement;
  label: string;
}) {
  return (
    <figure aria-label={label} style={{ height }} className="w-full text-xs">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

export const AXIS_PROPS = {
  stroke: 'var(--chart-axis)',
  tick: { fill: 'var(--chart-axis)', fontSize: 11 },
  tickLine: false,
} as const;

export const TOOLTIP_PROPS = {
  contentStyle: {
    background: 'var(--tooltip-bg, #fff)',
    border: '1px solid var(--chart-grid)',
    borderRadius: 6,
    fontSize: 12,
    color: 'var(--tooltip-fg, #0f172a)',
  },
  itemStyle: { color: 'var(--tooltip-fg, #0f172a)' },
  labelStyle: { color: 'var(--tooltip-fg, #0f172a)', fontWeight: 600 },
  cursor: { fill: 'var(--chart-grid)', opacity: 0.5 },
} as const;
