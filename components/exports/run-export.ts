/**
 * Runs one export: in a Web Worker when the browser has them, otherwise (or if the worker fails) on
 * the main thread, where the builders yield between steps so the page still repaints.
 */
import {
  EXPORT_FORMATS,
  type ExportFormatId,
  type ExportOptions,
  type ProgressListener,
} from '@/lib/export/formats';
import type { ClusterPlan } from '@/lib/plan/types';
import type { BuildRequest, WorkerReply } from './worker-protocol';

/** Formats heavy enough to need the worker; the CSVs and the zip build in milliseconds. */
const WORKER_FORMATS: ReadonlySet<ExportFormatId> = new Set(['xlsx']);

function runInWorker(
  format: ExportFormatId,
  plan: ClusterPlan,
  onProgress: ProgressListener,
  options: ExportOptions,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // Inline `new URL(..., import.meta.url)` so the bundler emits the worker as its own entry.
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.stage, reply.fraction);
      else {
        worker.terminate();
        if (reply.type === 'done') resolve(reply.bytes);
        else reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      reject(new Error(event.message || 'the export worker failed'));
    };
    const request: BuildRequest = { type: 'build', format, plan, options };
    worker.postMessage(request);
  });
}

/**
 * Builds the file of one export format for a plan.
 * @returns the file's bytes.
 */
export async function runExport(
  format: ExportFormatId,
  plan: ClusterPlan,
  onProgress: ProgressListener,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  if (WORKER_FORMATS.has(format) && typeof Worker !== 'undefined') {
    try {
      return await runInWorker(format, plan, onProgress, options);
    } catch (error) {
      // The worker could not load or run (old browser, blocked script): build here instead. A real
      // build error then surfaces from the main-thread build.
      console.warn('export worker failed, building on the main thread', error);
    }
  }
  return EXPORT_FORMATS[format].build(plan, onProgress, options);
}
