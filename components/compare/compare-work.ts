/**
 * The work behind the Compare view, the same in its Web Worker and on the main thread: plan every
 * scenario and compare them; build the BOM workbook with the Compare sheet.
 */
import { type CompareResult, compareScenarios } from '@/lib/compare/compare-scenarios';
import type { DesignInput } from '@/lib/design/schema';
import type { ProgressListener } from '@/lib/export/formats';
import type { CompareInput } from './compare-protocol';

export function compareInput(input: CompareInput): CompareResult {
  return compareScenarios(input.scenarios, input.baseline, { costInputs: input.costInputs });
}

/** The workbook of `design` (its sheets as the Exports view builds them) plus the Compare sheet. */
export async function compareWorkbook(
  design: DesignInput,
  input: CompareInput,
  onProgress: ProgressListener,
): Promise<Uint8Array> {
  const compared = compareInput(input);
  if (!compared.success) throw new Error(compared.errors.map((e) => e.message).join('; '));
  const [{ planCluster }, { buildWorkbook }] = await Promise.all([
    import('@/lib/plan/plan-cluster'),
    import('@/lib/export/xlsx'),
  ]);
  return buildWorkbook(planCluster(design), onProgress, {
    comparison: compared.data,
    costInputs: input.costInputs,
  });
}
