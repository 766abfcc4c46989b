/**
 * Web Worker that compares scenarios off the main thread: each one is a whole planCluster, and four
 * big designs take a while, so the page stays responsive. It also builds the workbook with the
 * Compare sheet, reporting progress, and transfers the file's bytes back.
 */
import type { CompareResult } from '@/lib/compare/compare-scenarios';
import { serveJobs } from '@/state/worker-serve';
import type { CompareWork } from './compare-protocol';
import { compareInput, compareWorkbook } from './compare-work';

serveJobs<CompareWork, CompareResult | Uint8Array>(
  (job, onProgress) =>
    job.type === 'compare' ? compareInput(job.input) : compareWorkbook(job.design, job.input, onProgress),
  (value) => (value instanceof Uint8Array ? [value.buffer] : []),
);
