/**
 * Where a catalog figure comes from. `ra` cites a section of the reference architecture; `datasheet`
 * a public source from shared/design/hardware-facts.md with its confidence (H/M/L). `estimate` marks a
 * figure that is ours (no public value found); the UI and the exports flag those and let users override
 * prices. Plain types: the catalog loads without zod; `sourceSchema` (schemas.ts) checks it in tests.
 */
export interface Source {
  kind: 'ra' | 'datasheet' | 'estimate';
  /** RA section name ("Network configuration") or a short citation of the public source. */
  ref: string;
  confidence?: 'H' | 'M' | 'L';
  note?: string;
}

export const ra = (section: string, note?: string): Source => ({ kind: 'ra', ref: `RA: ${section}`, note });
export const datasheet = (ref: string, confidence: 'H' | 'M' | 'L', note?: string): Source => ({
  kind: 'datasheet',
  ref,
  confidence,
  note,
});
export const estimate = (note: string): Source => ({ kind: 'estimate', ref: 'Planner estimate', note });
export const isEstimate = (s: Source): boolean => s.kind === 'estimate';

/**
 * The fields every powered, priced part shares (GPUs, CPU, NICs, switches): typical and maximum
 * draw, list or estimated price, and where each figure comes from.
 */
export interface PricedPart {
  powerTypicalW: number;
  powerMaxW: number;
  priceUSD: number;
  priceSource: Source;
  powerSource: Source;
  source: Source;
}
