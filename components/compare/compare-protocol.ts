/** Messages between the Compare view and its Web Worker. */
import type { CostToRunInputs } from '@/lib/cost/cost-to-run';
import type { Scenario } from '@/lib/design/scenarios';
import type { DesignInput } from '@/lib/design/schema';

/** What a comparison is computed from: the scenarios, the baseline and the cost-to-run inputs. */
export interface CompareInput {
  scenarios: Scenario[];
  baseline: number;
  costInputs: Partial<CostToRunInputs>;
}

export type CompareWork =
  | { type: 'compare'; input: CompareInput }
  /** The BOM workbook of `design` with a Compare sheet of `input`. */
  | { type: 'workbook'; input: CompareInput; design: DesignInput };
