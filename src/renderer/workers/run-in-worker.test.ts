import { describe, expect, it } from 'vitest';
import { inProcessWorker } from './in-process-worker';
import { runInWorker, type WorkerLike } from './run-in-worker';

describe('runInWorker', () => {
  it('returns the value, passes progress on, and ends the worker', async () => {
    const worker = inProcessWorker((n: number, progress) => {
      progress(1, 2);
      progress(2, 2);
      return n * 2;
    });
    const seen: number[] = [];
    expect(await runInWorker(worker.create, 21, { timeoutMs: 1000, onProgress: (done) => seen.push(done) })).toEqual({ ok: true, value: 42 });
    expect(seen).toEqual([1, 2]);
    expect(worker.ended).toBe(1);
  });

  it('ends a task that runs past its time budget', async () => {
    const worker = inProcessWorker(() => new Promise<number>(() => undefined));
    expect(await runInWorker(worker.create, 0, { timeoutMs: 20 })).toEqual({ ok: false, reason: 'timeout', error: 'stopped after 0 s' });
    expect(worker.ended).toBe(1);
  });

  it('ends a task when it is cancelled, and starts none when cancelled before', async () => {
    const worker = inProcessWorker(() => new Promise<number>(() => undefined));
    const controller = new AbortController();
    const running = runInWorker(worker.create, 0, { timeoutMs: 10_000, signal: controller.signal });
    controller.abort();
    expect(await running).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(await runInWorker(worker.create, 0, { timeoutMs: 10_000, signal: controller.signal })).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(worker.started).toBe(1);
    expect(worker.ended).toBe(1);
  });

  it('reports a task that throws, and a worker that crashes or cannot start', async () => {
    const throwing = inProcessWorker(() => {
      throw new Error('bad input');
    });
    expect(await runInWorker(throwing.create, 0, { timeoutMs: 1000 })).toEqual({ ok: false, reason: 'failed', error: 'bad input' });
    const crashing = (): WorkerLike => {
      const w: WorkerLike = { onmessage: null, onerror: null, postMessage: () => setTimeout(() => w.onerror?.({ message: 'out of memory' } as ErrorEvent)), terminate: () => undefined };
      return w;
    };
    expect(await runInWorker(crashing, 0, { timeoutMs: 1000 })).toEqual({ ok: false, reason: 'crashed', error: 'out of memory' });
    expect(await runInWorker(() => { throw new Error('no workers here'); }, 0, { timeoutMs: 1000 })).toEqual({ ok: false, reason: 'crashed', error: 'no workers here' });
  });
});
