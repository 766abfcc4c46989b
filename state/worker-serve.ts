/**
 * The worker side of state/worker-client.ts: answers each `JobMessage` with progress, then the value
 * or the error's message. Import this only from a `*.worker.ts` file.
 */
import type { JobMessage, JobReply, ProgressListener } from './worker-client';

// The project's TypeScript lib is "dom", not "webworker": type just the worker API used here.
interface WorkerScope<J, T> {
  onmessage: ((event: MessageEvent<JobMessage<J>>) => void) | null;
  postMessage: (message: JobReply<T>, transfer?: Transferable[]) => void;
}

/**
 * Serves jobs with `handle`. `transfer` names the buffers of a value to move rather than copy (a
 * file's bytes).
 */
export function serveJobs<J, T>(
  handle: (job: J, onProgress: ProgressListener) => T | Promise<T>,
  transfer: (value: T) => Transferable[] = () => [],
) {
  const scope = self as unknown as WorkerScope<J, T>;
  scope.onmessage = async (event) => {
    const { id, job } = event.data;
    try {
      const value = await handle(job, (stage, fraction) =>
        scope.postMessage({ id, type: 'progress', stage, fraction }),
      );
      scope.postMessage({ id, type: 'done', value }, transfer(value));
    } catch (error) {
      scope.postMessage({
        id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
