/**
 * Runs one sizing: in a Web Worker when the browser has them (one worker, kept for the session),
 * otherwise, or if the worker fails, on the main thread.
 */
import type { SizingRequest } from '@/lib/workload/request';
import type { SizingAnswer } from '@/lib/workload/types';
import type { SizingJob, SizingReply } from './sizing-protocol';

type Pending = { resolve: (answer: SizingAnswer) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function sizingWorker(): Worker {
  if (worker) return worker;
  // Inline `new URL(..., import.meta.url)` so the bundler emits the worker as its own entry.
  const w = new Worker(new URL('./sizing.worker.ts', import.meta.url));
  w.onmessage = (event: MessageEvent<SizingReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.type === 'done') p.resolve(reply.answer);
    else p.reject(new Error(reply.message));
  };
  w.onerror = (event) => {
    event.preventDefault();
    workerBroken = true;
    w.terminate();
    worker = null;
    failAll(new WorkerFailed(event.message || 'the sizing worker failed'));
  };
  worker = w;
  return w;
}

class WorkerFailed extends Error {}

function runInWorker(request: SizingRequest): Promise<SizingAnswer> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const job: SizingJob = { id, request };
    sizingWorker().postMessage(job);
  });
}

async function runHere(request: SizingRequest): Promise<SizingAnswer> {
  const { sizeParsedWorkload } = await import('@/lib/workload/size-workload');
  return sizeParsedWorkload(request);
}

/** Sizes a parsed request; the answer is plain data (lib/workload `SizingAnswer`). */
export async function runSizing(request: SizingRequest): Promise<SizingAnswer> {
  if (typeof Worker !== 'undefined' && !workerBroken) {
    try {
      return await runInWorker(request);
    } catch (error) {
      if (!(error instanceof WorkerFailed)) throw error;
      // The worker could not load or run (old browser, blocked script): size here instead.
      console.warn('sizing worker failed, sizing on the main thread', error);
    }
  }
  return runHere(request);
}
