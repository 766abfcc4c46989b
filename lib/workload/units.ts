/**
 * Byte units of the sizing formulas (workload-sizing.md conventions: "GB" = 1e9 bytes, "GiB" = 2^30).
 * Inside lib/workload every memory figure is bytes; answers report GB (1e9), as the doc does.
 */
export const BYTES_PER_GB = 1e9;
export const BYTES_PER_GIB = 2 ** 30;
export const BYTES_PER_MIB = 2 ** 20;
export const PARAMS_PER_B = 1e9;
export const FLOPS_PER_TFLOPS = 1e12;
export const SECONDS_PER_HOUR = 3600;

/** Bytes to GB (1e9), rounded to 0.01 GB for display and JSON. */
export function toGB(bytes: number): number {
  return Math.round((bytes / BYTES_PER_GB) * 100) / 100;
}

/** GiB to bytes. */
export function gibToBytes(gib: number): number {
  return gib * BYTES_PER_GIB;
}

/** A figure whose inputs are uncertain: the value the sizing uses, and the low and high ends. */
export interface Range {
  low: number;
  value: number;
  high: number;
}

/** A range with every end rounded to `digits` significant decimals (display and JSON). */
export function roundRange(r: Range, digits = 2): Range {
  const f = 10 ** digits;
  const round = (x: number) => Math.round(x * f) / f;
  return { low: round(r.low), value: round(r.value), high: round(r.high) };
}
