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
import type { ClusterPlan } from '@/lib/plan/types';
import { createWorkerClient } from '@/state/worker-client';
import type { BuildRequest } from './worker-protocol';

/** Formats heavy enough to need the worker; the CSVs and the zip build in milliseconds. */
const WORKER_FORMATS: ReadonlySet<ExportFormatId> = new Set(['xlsx']);

const buildHere = ({ format, plan, options }: BuildRequest, onProgress?: ProgressListener) =>
  EXPORT_FORMATS[format].build(plan, onProgress, options);

const buildInWorker = createWorkerClient<BuildRequest, Uint8Array>({
  name: 'export',
  create: () => new Worker(new URL('./export.worker.ts', import.meta.url)),
  runHere: buildHere,
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
  const request: BuildRequest = { format, plan, options };
  return WORKER_FORMATS.has(format) ? buildInWorker(request, onProgress) : buildHere(request, onProgress);
}
