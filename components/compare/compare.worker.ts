/**
 * Web Worker that compares scenarios off the main thread: each one is a whole planCluster, and four
 * big designs take a while, so the page stays responsive. It also builds the workbook with the
 * Compare sheet, reporting progress, and transfers the file's bytes back.
 */
import type { CompareJob, CompareReply } from './compare-protocol';
import { compareInput, compareWorkbook } from './compare-work';

// The project's TypeScript lib is "dom", not "webworker": type just the worker API used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareJob>) => void) | null;
  postMessage: (message: CompareReply, transfer?: Transferable[]) => void;
};

scope.onmessage = async (event) => {
  const job = event.data;
  try {
    if (job.type === 'compare') {
      scope.postMessage({ id: job.id, type: 'compared', result: compareInput(job.input) });
      return;
    }
    const bytes = await compareWorkbook(job.design, job.input, (stage, fraction) =>
      scope.postMessage({ id: job.id, type: 'progress', stage, fraction }),
    );
    scope.postMessage({ id: job.id, type: 'workbook', bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({
      id: job.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
