/**
 * Runs the Compare view's work in a Web Worker when the browser has them (one worker, kept for the
 * session), otherwise, or if the worker fails, on the main thread (state/worker-client.ts).
 */
import type { CompareResult } from '@/lib/compare/compare-scenarios';
import type { DesignInput } from '@/lib/design/schema';
import type { ProgressListener } from '@/lib/export/formats';
import { createWorkerClient } from '@/state/worker-client';
import type { CompareInput, CompareWork } from './compare-protocol';

const runCompareWork = createWorkerClient<CompareWork, CompareResult | Uint8Array>({
  name: 'compare',
  create: () => new Worker(new URL('./compare.worker.ts', import.meta.url)),
  runHere: async (job, onProgress = () => {}) => {
    const work = await import('./compare-work');
    return job.type === 'compare'
      ? work.compareInput(job.input)
      : work.compareWorkbook(job.design, job.input, onProgress);
  },
});

/** Plans and compares the scenarios. */
export function runComparison(input: CompareInput): Promise<CompareResult> {
  return runCompareWork({ type: 'compare', input }) as Promise<CompareResult>;
}

/** The BOM workbook of `design` with the Compare sheet, as bytes. */
export function runCompareWorkbook(
  design: DesignInput,
  input: CompareInput,
  onProgress: ProgressListener,
): Promise<Uint8Array> {
  return runCompareWork({ type: 'workbook', input, design }, onProgress) as Promise<Uint8Array>;
}
