/**
 * Runs one sizing: in a Web Worker when the browser has them (one worker, kept for the session),
 * otherwise, or if the worker fails, on the main thread (state/worker-client.ts).
 */
import type { SizingRequest } from '@/lib/workload/request';
import type { SizingAnswer } from '@/lib/workload/types';
import { createWorkerClient } from '@/state/worker-client';

/** Sizes a parsed request; the answer is plain data (lib/workload `SizingAnswer`). */
export const runSizing: (request: SizingRequest) => Promise<SizingAnswer> = createWorkerClient<
  SizingRequest,
  SizingAnswer
>({
  name: 'sizing',
  create: () => new Worker(new URL('./sizing.worker.ts', import.meta.url)),
  runHere: async (request) => (await import('@/lib/workload/size-workload')).sizeParsedWorkload(request),
});
