import { describe, expect, it, vi } from 'vitest';
import { fixtureGuid, fixtureQdpx, MIXED_TEXT } from '../../shared/qdpx/test-projects';
import { inThreadWorker, runQdpxInWorker, type QdpxWorkerLike } from './qdpx-client';
import { runQdpxTask } from './qdpx-task';

const NOW = '2024-07-01T00:00:00.000Z';
const CODE = fixtureGuid();

function project(sources: number): Uint8Array {
  return fixtureQdpx({
    origin: 'MAXQDA 2022',
    convention: { unit: 'code-points', bomCounted: false, crlfAsOne: false },
    users: [[fixtureGuid(), 'Ada']],
    codes: [{ guid: CODE, name: 'Claim' }],
    sources: Array.from({ length: sources }, (_, i) => ({ guid: fixtureGuid(), name: `S${i}.txt`, text: `${MIXED_TEXT}${i}\n`, selections: [{ quote: '«Добро пожаловать»', code: CODE }] })),
  });
}

/** A worker that never answers, counting terminations. */
function silentWorker(): QdpxWorkerLike & { ended: number } {
  return { onmessage: null, onerror: null, postMessage: () => undefined, ended: 0, terminate() { this.ended++; } };
}

describe('the REFI-QDA worker client', () => {
  it('reads a project off the page, with progress per source', async () => {
    const progress: [number, number][] = [];
    const outcome = await runQdpxInWorker('read-qdpx', { fileName: 'p.qdpx', bytes: project(3), now: NOW, readings: [] }, { onProgress: (d, t) => progress.push([d, t]), createWorker: inThreadWorker });
    if (!outcome.ok || !outcome.value.ok) throw new Error('not read');
    expect(outcome.value.value.documents).toHaveLength(3);
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('passes a refusal of the file on as a value, not a crash', async () => {
    const outcome = await runQdpxInWorker('read-qdpx', { fileName: 'bad.qdpx', bytes: new Uint8Array([1, 2, 3]), now: NOW, readings: [] }, { createWorker: inThreadWorker });
    expect(outcome.ok && !outcome.value.ok && outcome.value.error).toMatch(/^bad\.qdpx cannot be imported as a REFI-QDA project/);
  });

  it('ends the worker when cancelled, and when out of time', async () => {
    const cancelled = silentWorker();
    const controller = new AbortController();
    const pending = runQdpxInWorker('read-qdc', { fileName: 'c.qdc', bytes: new Uint8Array() }, { createWorker: () => cancelled, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, reason: 'cancelled', error: 'cancelled' });
    expect(cancelled.ended).toBe(1);

    vi.useFakeTimers();
    try {
      const slow = silentWorker();
      const late = runQdpxInWorker('read-qdc', { fileName: 'c.qdc', bytes: new Uint8Array() }, { createWorker: () => slow, timeoutMs: 5000 });
      await vi.advanceTimersByTimeAsync(5000);
      expect(await late).toEqual({ ok: false, reason: 'timeout', error: 'it took longer than 5 s' });
      expect(slow.ended).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a task that throws, and refuses a task it does not have', async () => {
    const crashing: QdpxWorkerLike = { ...silentWorker(), postMessage() { setTimeout(() => crashing.onerror?.(new ErrorEvent('error', { message: 'out of memory' })), 0); } };
    expect(await runQdpxInWorker('read-qdc', { fileName: 'c.qdc', bytes: new Uint8Array() }, { createWorker: () => crashing })).toEqual({ ok: false, reason: 'crashed', error: 'out of memory' });
    expect(() => runQdpxTask({ task: 'constructor' as 'read-qdc', input: { fileName: 'x', bytes: new Uint8Array() } }, () => undefined)).toThrow('The REFI-QDA worker has no task “constructor”.');
  });
});
