/**
 * Number formatting for the views. A fixed locale (en-US) so the server-rendered HTML and the browser
 * agree, and thousands separators that IT architects read at a glance.
 */
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const formatInt = (n: number) => integer.format(n);
export const formatDecimal = (n: number) => oneDecimal.format(n);
export const formatUSD = (n: number) => usd.format(n);
/**
 * "$12.35M": for headline figures; tables show the exact amount. Written out rather than Intl's compact
 * notation, which Node and Chromium round differently ("$6.40M" vs "$6.4M"): the server-rendered
 * HTML and the browser must agree.
 */
export function formatUSDCompact(n: number): string {
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  const [size, suffix] = units.find(([u]) => Math.abs(n) >= u) ?? [1, ''];
  const fixed = Math.abs(n / size).toFixed(size === 1 ? 0 : 2);
  const value = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return `${n < 0 ? '-' : ''}$${value}${suffix}`;
}
export const formatKW = (kw: number) => `${oneDecimal.format(kw)} kW`;
export const formatW = (w: number) => `${integer.format(w)} W`;
export const formatGB = (gb: number) => `${integer.format(gb)} GB`;
export const formatTB = (tb: number) => `${oneDecimal.format(tb)} TB`;
export const formatM = (m: number) => `${oneDecimal.format(m)} m`;
export const formatGbps = (gbps: number) =>
  gbps >= 1000 && gbps % 1000 === 0 ? `${gbps / 1000}T` : `${gbps}G`;
