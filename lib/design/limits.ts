/**
 * The limits of the design's number fields, as plain data: the schema (schema.ts) enforces them and
 * the field table (fields.ts) says them, and the first screen reads them here without zod.
 */

/** Allowed values of a number field: `minValue` to `maxValue`, whole numbers only when `isInt`. */
export interface NumberRange {
  readonly minValue: number;
  readonly maxValue: number;
  readonly isInt: boolean;
}

const range = (minValue: number, maxValue: number, isInt = false): NumberRange => ({
  minValue,
  maxValue,
  isInt,
});

/** A /24 holds 254 usable pod addresses, so max pods per node cannot exceed that. */
export const MAX_PODS_PER_NODE_LIMIT = 254;

/** The top-level number fields of a design. */
export const DESIGN_LIMITS = {
  namespaces: range(1, 100_000, true),
  loadBalancerAddresses: range(1, 4096, true),
  maxPodsPerNode: range(1, MAX_PODS_PER_NODE_LIMIT, true),
  /** Each of the user's price overrides, US$. */
  priceOverrideUSD: range(0, 100_000_000),
} as const satisfies Record<string, NumberRange>;

/** The number fields of the physical options. */
export const PHYSICAL_LIMITS = {
  /** The RA: "around 40kW per rack for racks 1-3 and 5-7" (Network configuration). */
  rackPowerBudgetKW: range(1, 200),
  slackPerEndM: range(0, 5),
  trayHeightM: range(0, 3),
  /** A typical data-hall row holds 10 to 12 racks. */
  racksPerRow: range(3, 60, true),
  rackDepthMm: range(600, 1400, true),
  aisleWidthMm: range(600, 3000, true),
} as const satisfies Record<string, NumberRange>;
