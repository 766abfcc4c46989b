/**
 * The design form as the user typed it. Every editable field keeps its raw text (a half-typed CIDR,
 * "4O96" for a node count) so nothing is ever lost; `evaluateDraft` (state/design-check.ts, loaded
 * after the first screen) turns the text into a candidate DesignInput and validates it. The store
 * keeps the last valid design for the views.
 */
import { DESIGN_FIELD_PATHS, DESIGN_FIELDS, type DesignFieldPath, type FieldKind } from '@/lib/design/fields';
import type { DesignInput, FieldError } from '@/lib/design/schema';

/**
 * Every scalar field of DesignInput the form edits, by dotted path, with how its text is read
 * (`auto-cidr`: empty text means "let the planner choose", null): the design field table's kinds.
 */
export const DRAFT_FIELDS: { readonly [P in DesignFieldPath]: FieldKind } = Object.fromEntries(
  DESIGN_FIELD_PATHS.map((path) => [path, DESIGN_FIELDS[path].kind]),
) as { readonly [P in DesignFieldPath]: FieldKind };

export type DraftField = keyof typeof DRAFT_FIELDS;
export const DRAFT_FIELD_PATHS = Object.keys(DRAFT_FIELDS) as DraftField[];

/** Price overrides are keyed by BOM part id: `priceOverridesUSD.<partId>`. */
export const PRICE_PATH_PREFIX = 'priceOverridesUSD.';
export const pricePath = (partId: string) => `${PRICE_PATH_PREFIX}${partId}`;

export interface DesignDraft {
  values: Record<DraftField, string>;
  /** Raw price text by part id; an empty string means "no override". */
  prices: Record<string, string>;
}

export interface DraftEvaluation {
  /** Set when the draft is a valid design. */
  design: DesignInput | null;
  errors: FieldError[];
}

function readPath(design: DesignInput, path: string): unknown {
  return path.split('.').reduce<unknown>((obj, key) => (obj as Record<string, unknown>)[key], design);
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The draft of a valid design: every field as text, prices as entered overrides. */
export function designToDraft(design: DesignInput): DesignDraft {
  const values = Object.fromEntries(
    DRAFT_FIELD_PATHS.map((path) => [path, toText(readPath(design, path))]),
  ) as Record<DraftField, string>;
  const prices = Object.fromEntries(
    Object.entries(design.priceOverridesUSD).map(([partId, usd]) => [partId, String(usd)]),
  );
  return { values, prices };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Reads number text the way people type it ("1,024", " 40 "); null when it is not a number. */
export function parseNumberText(text: string): number | null {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  if (!NUMBER.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Fields whose text differs from the valid design: what would be lost if only the design were kept. */
export function pendingEdits(draft: DesignDraft, design: DesignInput): Record<string, string> {
  const clean = designToDraft(design);
  const edits: Record<string, string> = {};
  for (const path of DRAFT_FIELD_PATHS) {
    if (draft.values[path] !== clean.values[path]) edits[path] = draft.values[path];
  }
  const partIds = new Set([...Object.keys(draft.prices), ...Object.keys(clean.prices)]);
  for (const partId of partIds) {
    const text = draft.prices[partId] ?? '';
    if (text !== (clean.prices[partId] ?? '')) edits[pricePath(partId)] = text;
  }
  return edits;
}

/** The draft of `design` with pending edits laid over it (unknown paths are ignored). */
export function applyPendingEdits(design: DesignInput, edits: Record<string, string>): DesignDraft {
  const draft = designToDraft(design);
  for (const [path, text] of Object.entries(edits)) {
    if (path.startsWith(PRICE_PATH_PREFIX)) draft.prices[path.slice(PRICE_PATH_PREFIX.length)] = text;
    // Own keys only: "toString" and the like are not fields.
    else if (Object.hasOwn(DRAFT_FIELDS, path)) draft.values[path as DraftField] = text;
  }
  return draft;
}
