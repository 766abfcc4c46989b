/**
 * Runs one export: in a Web Worker when the browser has them (state/worker-client.ts), otherwise (or
 * if the worker fails) on the main thread, where the builders yield between steps so the page still
 * repaints.
 */
import {
  EXPORT_FORMATS,
  type ExportFormatId,
  type ExportOptions,
  type ProgressListener,
} from '@/lib/export/formats';
import { packPlan, unpackPlan } from '@/lib/plan/plan-transfer';
import type { ClusterPlan } from '@/lib/plan/types';
import { createWorkerClient } from '@/state/worker-client';
import type { BuildRequest } from './worker-protocol';

/** Formats heavy enough to need the worker; the CSVs and the zip build in milliseconds. */
const WORKER_FORMATS: ReadonlySet<ExportFormatId> = new Set(['xlsx']);

const buildInWorker = createWorkerClient<BuildRequest, Uint8Array>({
  name: 'export',
  create: () => new Worker(new URL('./export.worker.ts', import.meta.url)),
  runHere: ({ format, plan, options }, onProgress) =>
    EXPORT_FORMATS[format].build(unpackPlan(plan), onProgress, options),
});

/**
 * Builds the file of one export format for a plan.
 * @returns the file's bytes.
 */
export function runExport(
  format: ExportFormatId,
  plan: ClusterPlan,
  onProgress: ProgressListener,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  if (!WORKER_FORMATS.has(format)) return EXPORT_FORMATS[format].build(plan, onProgress, options);
  // Copied, not transferred, by postMessage: the page keeps its plan.
  return buildInWorker({ format, plan: packPlan(plan), options }, onProgress);
}
