/**
 * The boundary parser of cost-to-run overrides (CLI input, documents): an object of numbers by
 * input name, each checked by `costInputProblem`, unknown names refused. Apart from cost-to-run.ts
 * so the Summary's cost card, which checks one field at a time, loads without zod.
 */
import { z } from 'zod';
import type { FieldError } from '../design/schema';
import {
  COST_INPUT_IDS,
  type CostInputId,
  type CostToRunInputs,
  costInputNotANumber,
  costInputProblem,
} from './cost-to-run';

const inputNumber = (id: CostInputId) =>
  z.number({ error: costInputNotANumber(id) }).superRefine((value, ctx) => {
    const problem = costInputProblem(id, value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Overrides of the inputs: each bounded, unknown names refused; messages name the input in words. */
export const costToRunInputsSchema = z
  .object(
    Object.fromEntries(COST_INPUT_IDS.map((id) => [id, inputNumber(id).optional()])) as Record<
      CostInputId,
      z.ZodOptional<z.ZodNumber>
    >,
    { error: 'cost-to-run inputs must be an object of numbers by name' },
  )
  .strict();

export type CostInputsResult =
  | { success: true; data: Partial<CostToRunInputs> }
  | { success: false; errors: FieldError[] };

/** Boundary parser for cost-to-run overrides (CLI, files): never throws. */
export function parseCostToRunInputs(value: unknown): CostInputsResult {
  const result = costToRunInputsSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data as Partial<CostToRunInputs> };
  return {
    success: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown cost-to-run input: ${issue.keys.join(', ')}`
          : issue.message,
    })),
  };
}
