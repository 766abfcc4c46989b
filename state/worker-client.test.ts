import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerClient, type JobMessage, type JobReply } from './worker-client';

/** A stand-in Worker that answers each job with `answer` (or fails as a broken script would). */
function fakeWorker(answer: (message: JobMessage<number>) => JobReply<number>[] | 'fail') {
  const made: unknown[] = [];
  class FakeWorker {
    onmessage: ((event: { data: JobReply<number> }) => void) | null = null;
    onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
    constructor() {
      made.push(this);
    }
    postMessage(message: JobMessage<number>) {
      const replies = answer(message);
      queueMicrotask(() => {
        if (replies === 'fail') this.onerror?.({ message: 'script blocked', preventDefault: () => {} });
        else for (const data of replies) this.onmessage?.({ data });
      });
    }
    terminate() {}
  }
  return { FakeWorker, made };
}

const double = (name: string, create: () => Worker) =>
  createWorkerClient<number, number>({ name, create, runHere: async (n) => -n });

afterEach(() => vi.unstubAllGlobals());

describe('createWorkerClient', () => {
  it('answers from one worker kept for the session, with progress, matched by request id', async () => {
    const { FakeWorker, made } = fakeWorker(({ id, job }) => [
      { id, type: 'progress', stage: 'halfway', fraction: 0.5 },
      { id, type: 'done', value: job * 2 },
    ]);
    vi.stubGlobal('Worker', FakeWorker);
    const run = double('test', () => new Worker('x'));
    const progress: [string, number][] = [];
    const answers = await Promise.all([run(3, (s, f) => progress.push([s, f])), run(5)]);
    expect(answers).toEqual([6, 10]);
    expect(progress).toEqual([['halfway', 0.5]]);
    expect(made).toHaveLength(1);
  });

  it('warm() starts the worker before any job, and the jobs then use that same worker', async () => {
    const { FakeWorker, made } = fakeWorker(({ id, job }) => [{ id, type: 'done', value: job * 2 }]);
    vi.stubGlobal('Worker', FakeWorker);
    const run = double('test', () => new Worker('x'));
    run.warm();
    expect(made).toHaveLength(1);
    run.warm();
    expect(await run(4)).toBe(8);
    expect(made).toHaveLength(1);
  });

  it('warm() with a worker that cannot be made leaves the jobs on the main thread', async () => {
    const { FakeWorker } = fakeWorker(({ id, job }) => [{ id, type: 'done', value: job * 2 }]);
    vi.stubGlobal('Worker', FakeWorker);
    const blocked = double('test', () => {
      throw new Error('Workers blocked by the page policy');
    });
    blocked.warm();
    expect(await blocked(3)).toBe(-3);
  });

  it('warm() does nothing where there are no Workers', async () => {
    const run = double('test', () => new Worker('x'));
    run.warm();
    expect(await run(2)).toBe(-2);
  });

  it('rejects with the message of a job that failed in the worker, without redoing it here', async () => {
    const { FakeWorker } = fakeWorker(({ id }) => [{ id, type: 'error', message: 'no such layout' }]);
    vi.stubGlobal('Worker', FakeWorker);
    await expect(double('test', () => new Worker('x'))(1)).rejects.toThrow('no such layout');
  });

  it('works on the main thread when the worker fails, and for the rest of the session', async () => {
    const { FakeWorker, made } = fakeWorker(() => 'fail');
    vi.stubGlobal('Worker', FakeWorker);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const run = double('test', () => new Worker('x'));
    expect(await run(4)).toBe(-4);
    expect(await run(7)).toBe(-7);
    expect(made).toHaveLength(1);
  });

  it('works on the main thread when the browser has no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await double('test', () => new Worker('x'))(2)).toBe(-2);
  });
});
