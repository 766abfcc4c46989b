/**
 * The draft's checks: the draft's text read as a candidate DesignInput, validated with the schema
 * and the plan's own checks (site subnets too small for the design), each problem on its field.
 * Loaded apart from the form (state/design-check-loader.ts): zod and the plan's rules are not needed
 * to show the first screen.
 */

import type { FieldKind } from '@/lib/design/fields';
import type { DesignInput, DesignResult, FieldError } from '@/lib/design/schema';
import { validatePlannable } from '@/lib/plan/logical';
import {
  type DesignDraft,
  DRAFT_FIELD_PATHS,
  DRAFT_FIELDS,
  type DraftEvaluation,
  parseNumberText,
  pricePath,
} from './design-draft';

export { validatePlannable };

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
