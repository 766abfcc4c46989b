/**
 * Runs the Compare view's work in a Web Worker when the browser has them (one worker, kept for the
 * session), otherwise, or if the worker fails, on the main thread.
 */
import type { CompareResult } from '@/lib/compare/compare-scenarios';
import type { DesignInput } from '@/lib/design/schema';
import type { ProgressListener } from '@/lib/export/formats';
import type { CompareInput, CompareJob, CompareReply, CompareWork } from './compare-protocol';

type Pending = {
  resolve: (value: CompareResult | Uint8Array) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressListener;
};

class WorkerFailed extends Error {}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function compareWorker(): Worker {
  if (worker) return worker;
  // Inline `new URL(..., import.meta.url)` so the bundler emits the worker as its own entry.
  const w = new Worker(new URL('./compare.worker.ts', import.meta.url));
  w.onmessage = (event: MessageEvent<CompareReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') {
      p.onProgress?.(reply.stage, reply.fraction);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'compared') p.resolve(reply.result);
    else if (reply.type === 'workbook') p.resolve(reply.bytes);
    else p.reject(new Error(reply.message));
  };
  w.onerror = (event) => {
    event.preventDefault();
    workerBroken = true;
    w.terminate();
    worker = null;
    for (const p of pending.values())
      p.reject(new WorkerFailed(event.message || 'the compare worker failed'));
    pending.clear();
  };
  worker = w;
  return w;
}

function inWorker<T extends CompareResult | Uint8Array>(
  job: CompareWork,
  onProgress?: ProgressListener,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve: resolve as Pending['resolve'], reject, onProgress });
    const message: CompareJob = { ...job, id };
    compareWorker().postMessage(message);
  });
}

async function withFallback<T>(worked: () => Promise<T>, here: () => Promise<T>): Promise<T> {
  if (typeof Worker !== 'undefined' && !workerBroken) {
    try {
      return await worked();
    } catch (error) {
      if (!(error instanceof WorkerFailed)) throw error;
      // The worker could not load or run (old browser, blocked script): work here instead.
      console.warn('compare worker failed, comparing on the main thread', error);
    }
  }
  return here();
}

/** Plans and compares the scenarios. */
export function runComparison(input: CompareInput): Promise<CompareResult> {
  return withFallback(
    () => inWorker<CompareResult>({ type: 'compare', input }),
    async () => (await import('./compare-work')).compareInput(input),
  );
}

/** The BOM workbook of `design` with the Compare sheet, as bytes. */
export function runCompareWorkbook(
  design: DesignInput,
  input: CompareInput,
  onProgress: ProgressListener,
): Promise<Uint8Array> {
  return withFallback(
    () => inWorker<Uint8Array>({ type: 'workbook', input, design }, onProgress),
    async () => (await import('./compare-work')).compareWorkbook(design, input, onProgress),
  );
}
