/**
 * One generic client for the app's Web Workers: a worker kept for the session, request ids, progress
 * messages, and the work done on the main thread instead when the browser has no Worker or the worker
 * cannot load or run. The worker side is `serveJobs` (state/worker-serve.ts); both speak `JobReply`.
 */

import type { ProgressListener } from '@/lib/export/formats';

export type { ProgressListener };

export type JobMessage<J> = { id: number; job: J };

export type JobReply<T> =
  | { id: number; type: 'progress'; stage: string; fraction: number }
  | { id: number; type: 'done'; value: T }
  | { id: number; type: 'error'; message: string };

/** The worker itself failed (not the job): the client then does the work on the main thread. */
class WorkerFailed extends Error {}

interface Pending<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressListener;
}

export interface WorkerClientOptions<J, T> {
  /** Used in the console warning when the worker fails. */
  name: string;
  /**
   * Creates the worker. Write `new Worker(new URL('./x.worker.ts', import.meta.url))` inline here so
   * the bundler emits the worker as its own entry.
   */
  create: () => Worker;
  /** The same work on the main thread (usually a dynamic import, so it stays out of the first load). */
  runHere: (job: J, onProgress?: ProgressListener) => Promise<T>;
}

/** A session-scoped worker client: `run(job)` resolves with the worker's answer or the fallback's. */
export function createWorkerClient<J, T>({ name, create, runHere }: WorkerClientOptions<J, T>) {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending<T>>();

  function onReply(reply: JobReply<T>) {
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') {
      p.onProgress?.(reply.stage, reply.fraction);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'done') p.resolve(reply.value);
    else p.reject(new Error(reply.message));
  }

  function failAll(message: string) {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(new WorkerFailed(message));
    pending.clear();
  }

  function session(): Worker {
    if (worker) return worker;
    const w = create();
    w.onmessage = (event: MessageEvent<JobReply<T>>) => onReply(event.data);
    w.onerror = (event) => {
      event.preventDefault();
      failAll(event.message || `the ${name} worker failed`);
    };
    worker = w;
    return w;
  }

  function inWorker(job: J, onProgress?: ProgressListener): Promise<T> {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      try {
        const message: JobMessage<J> = { id, job };
        session().postMessage(message);
      } catch (error) {
        // No worker could be made (blocked script, CSP): same as a worker that failed.
        pending.delete(id);
        broken = true;
        reject(new WorkerFailed(error instanceof Error ? error.message : String(error)));
      }
    });
  }

  /** Starts the worker now (its scripts load and run) so the first job does not wait for that. */
  function warm() {
    if (typeof Worker === 'undefined' || broken) return;
    try {
      session();
    } catch {
      broken = true; // as in inWorker: no worker could be made, the jobs run here
    }
  }

  async function run(job: J, onProgress?: ProgressListener): Promise<T> {
    if (typeof Worker !== 'undefined' && !broken) {
      try {
        return await inWorker(job, onProgress);
      } catch (error) {
        if (!(error instanceof WorkerFailed)) throw error;
        console.warn(`${name} worker failed, working on the main thread`, error);
      }
    }
    return runHere(job, onProgress);
  }

  return Object.assign(run, { warm });
}
