/**
 * Web Worker that sizes a workload off the main thread: each option plans a whole design
 * (planCluster), and a big answer (thousands of nodes) takes seconds, so the page stays responsive.
 */
import { sizeWorkload } from '@/lib/workload/size-workload';
import type { SizingJob, SizingReply } from './sizing-protocol';

// The project's TypeScript lib is "dom", not "webworker": type just the worker API used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SizingJob>) => void) | null;
  postMessage: (message: SizingReply) => void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    const result = sizeWorkload(request);
    scope.postMessage(
      result.success
        ? { id, type: 'done', answer: result.data }
        : { id, type: 'error', message: result.errors.map((e) => e.message).join('; ') },
    );
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
