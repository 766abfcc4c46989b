/**
 * How the Compare view words its figures and deltas: counts, decimals and US$ by the metric's kind,
 * a signed difference and its percentage. Only formatting: every number comes from the Comparison.
 */
import { formatInt, formatUSD } from '@/components/ui/format';
import type { MetricKind } from '@/lib/compare/metrics';
import type { MetricDelta } from '@/lib/compare/types';

const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A figure as the table shows it: "256", "8.81", "$1,234,567", "$2.41" (small amounts to the cent). */
export function formatMetric(kind: MetricKind, value: number): string {
  if (kind === 'integer') return formatInt(value);
  if (kind === 'usd') return Math.abs(value) < 100 ? cents.format(value) : formatUSD(value);
  return Math.abs(value) < 10 ? twoDecimals.format(value) : oneDecimal.format(value);
}

/** The true minus sign, so "−128" reads as a number (and screen readers say "minus"). */
const MINUS = '\u2212';

function signed(text: string, negative: boolean): string {
  return negative ? `${MINUS}${text.replace(/^-/, '')}` : `+${text}`;
}

/** "+128 (+100 %)", "−1 (−50 %)", "+3 (new)" when the baseline is 0, "same" when equal. */
export function formatDelta(kind: MetricKind, d: MetricDelta): string {
  if (d.delta === 0) return 'same';
  const amount = signed(formatMetric(kind, Math.abs(d.delta)), d.delta < 0);
  if (d.percent === null) return `${amount} (baseline 0)`;
  return `${amount} (${signed(`${oneDecimal.format(Math.abs(d.percent))} %`, d.percent < 0)})`;
}
