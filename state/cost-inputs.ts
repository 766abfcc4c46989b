/**
 * The cost-to-run card's inputs as typed: text by input id, read into the overrides lib/cost
 * accepts (`costInputProblem`, the check its boundary parser applies too), each problem on its
 * input. Empty text is the default.
 */
import {
  COST_INPUT_IDS,
  type CostInputId,
  type CostToRunInputs,
  costInputProblem,
} from '@/lib/cost/cost-to-run';
import type { FieldError } from '@/lib/design/schema';

export interface CostInputsEvaluation {
  /** The valid overrides (an input in error keeps its default until fixed). */
  overrides: Partial<CostToRunInputs>;
  /** Problems by input id. */
  errors: FieldError[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function costInputOverrides(texts: Partial<Record<CostInputId, string>>): CostInputsEvaluation {
  const overrides: Partial<CostToRunInputs> = {};
  const errors: FieldError[] = [];
  for (const id of COST_INPUT_IDS) {
    const text = (texts[id] ?? '').trim().replace(/,/g, '');
    if (text === '') continue;
    if (!NUMBER.test(text)) {
      errors.push({ path: id, message: 'must be a number' });
      continue;
    }
    const value = Number(text);
    const problem = costInputProblem(id, value);
    if (problem === null) overrides[id] = value;
    else errors.push({ path: id, message: problem });
  }
  return { overrides, errors };
}
