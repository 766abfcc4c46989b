/**
 * The design form as the user typed it. Every editable field keeps its raw text (a half-typed CIDR,
 * "4O96" for a node count) so nothing is ever lost; `evaluateDraft` turns the text into a candidate
 * DesignInput and validates it with the schema and the plan's own checks (site subnets too small for
 * the design), each problem on its field. The store keeps the last valid design for the views.
 */
import { DESIGN_FIELD_PATHS, DESIGN_FIELDS, type DesignFieldPath, type FieldKind } from '@/lib/design/fields';
import type { DesignInput, DesignResult, FieldError } from '@/lib/design/schema';
import { validatePlannable } from '@/lib/plan/logical';

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

function notANumber(text: string): string {
  return text.trim() === '' ? 'enter a number' : `"${text.trim()}" is not a number`;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...(node[key] as Record<string, unknown>) };
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * Builds the candidate design from the draft and validates it. Text that is not a number gets its own
 * message ("\"4O96\" is not a number") instead of the schema's type error. `base` supplies fields the
 * form does not edit (schemaVersion).
 */
export function evaluateDraft(draft: DesignDraft, base: DesignInput): DraftEvaluation {
  const candidate: Record<string, unknown> = { ...base };
  const parseErrors: FieldError[] = [];
  for (const path of DRAFT_FIELD_PATHS) {
    const text = draft.values[path];
    const kind: FieldKind = DRAFT_FIELDS[path];
    let value: unknown = text;
    if (kind === 'number' || kind === 'select-number') {
      const parsed = parseNumberText(text);
      if (parsed === null) parseErrors.push({ path, message: notANumber(text) });
      value = parsed ?? text;
    } else if (kind === 'boolean') {
      value = text === 'true';
    } else if (kind === 'nullable-select') {
      value = text === '' ? null : text;
    } else if (kind === 'text') {
      value = text.trim();
    } else if (kind === 'auto-cidr') {
      value = text.trim() === '' ? null : text.trim();
    }
    setPath(candidate, path, value);
  }
  const prices: Record<string, unknown> = {};
  for (const [partId, text] of Object.entries(draft.prices)) {
    if (text.trim() === '') continue;
    const parsed = parseNumberText(text);
    if (parsed === null) parseErrors.push({ path: pricePath(partId), message: notANumber(text) });
    prices[partId] = parsed ?? text;
  }
  candidate.priceOverridesUSD = prices;

  const result = safeValidate(candidate);
  if (result.success && parseErrors.length === 0) return { design: result.data, errors: [] };
  const parsedPaths = new Set(parseErrors.map((e) => e.path));
  const schemaErrors = result.success ? [] : result.errors.filter((e) => !parsedPaths.has(e.path));
  return { design: null, errors: [...parseErrors, ...schemaErrors] };
}

/**
 * The schema's rules and the plan's (a site subnet too small for the design), by field.
 * validatePlannable promises never to throw; this keeps the form alive if a rule ever does.
 */
function safeValidate(candidate: unknown): DesignResult {
  try {
    return validatePlannable(candidate);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { success: false, errors: [{ path: '', message: `the design could not be checked: ${message}` }] };
  }
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
