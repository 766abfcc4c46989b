/**
 * Web Worker that builds one export off the main thread (a 4,096-node workbook takes seconds), so
 * the page stays responsive; it reports progress and transfers the file's bytes back.
 */
import { EXPORT_FORMATS } from '@/lib/export/formats';
import type { BuildRequest, WorkerReply } from './worker-protocol';

// The project's TypeScript lib is "dom", not "webworker": type just the worker API used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
  postMessage: (message: WorkerReply, transfer?: Transferable[]) => void;
};

scope.onmessage = async (event) => {
  const { format, plan, options } = event.data;
  try {
    const bytes = await EXPORT_FORMATS[format].build(
      plan,
      (stage, fraction) => scope.postMessage({ type: 'progress', stage, fraction }),
      options,
    );
    scope.postMessage({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
