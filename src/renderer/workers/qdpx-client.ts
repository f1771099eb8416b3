/**
 * Running a REFI-QDA task (`qdpx-task.ts`) off the interface thread: a fresh Web Worker per
 * task, with progress, cancel and the time budget `QDPX_LIMITS.workerMs`. A task that is
 * cancelled, runs out of time or crashes ends its worker; the caller gets an outcome that says
 * which, never a rejection. Where there are no Web Workers (the unit tests' jsdom) the same
 * task runs in this thread behind the same messages.
 */
import { QDPX_LIMITS } from '../../shared/limits';
import type { QdpxRequest, QdpxTaskName, QdpxTasks, QdpxWorkerMessage } from './qdpx-protocol';
import { runQdpxTask } from './qdpx-task';

/** The part of `Worker` used here, so tests can supply a stand-in. */
export interface QdpxWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** How a task ended: its value, or why there is none. */
export type QdpxOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'cancelled' | 'timeout' | 'crashed'; error: string };

/** Progress, cancel, and (for tests) the worker and the time budget. */
export interface QdpxControl {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  createWorker?: () => QdpxWorkerLike;
  timeoutMs?: number;
}

/** A stand-in worker that runs the task in this thread, a turn later, with the real messages. */
export function inThreadWorker(): QdpxWorkerLike {
  let ended = false;
  const worker: QdpxWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const post = (reply: QdpxWorkerMessage) =>
        setTimeout(() => {
          if (!ended) worker.onmessage?.(new MessageEvent('message', { data: reply }));
        }, 0);
      setTimeout(() => {
        if (ended) return;
        try {
          post({ type: 'done', value: runQdpxTask(structuredClone(message) as QdpxRequest, (done, total) => post({ type: 'progress', done, total })) });
        } catch (error) {
          post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
        }
      }, 0);
    },
    terminate() {
      ended = true;
    },
  };
  return worker;
}

/** Starts the REFI-QDA worker (Vite bundles it as a file of its own). */
export function createQdpxWorker(): QdpxWorkerLike {
  if (typeof Worker === 'undefined') return inThreadWorker();
  return new Worker(new URL('./qdpx-worker.ts', import.meta.url), { type: 'module', name: 'REFI-QDA' });
}

/** Runs `task` with `input` in a fresh worker. */
export function runQdpxInWorker<K extends QdpxTaskName>(task: K, input: QdpxTasks[K]['input'], control: QdpxControl = {}): Promise<QdpxOutcome<QdpxTasks[K]['value']>> {
  type Value = QdpxTasks[K]['value'];
  return new Promise((resolve) => {
    if (control.signal?.aborted) return resolve({ ok: false, reason: 'cancelled', error: 'cancelled' });
    let worker: QdpxWorkerLike;
    try {
      worker = (control.createWorker ?? createQdpxWorker)();
    } catch (error) {
      return resolve({ ok: false, reason: 'crashed', error: error instanceof Error ? error.message : String(error) });
    }
    const timeoutMs = control.timeoutMs ?? QDPX_LIMITS.workerMs;
    let settled = false;
    const finish = (outcome: QdpxOutcome<Value>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      control.signal?.removeEventListener('abort', abort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    };
    const abort = (): void => finish({ ok: false, reason: 'cancelled', error: 'cancelled' });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', error: `it took longer than ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
    control.signal?.addEventListener('abort', abort);
    worker.onmessage = (event) => {
      const message = event.data as QdpxWorkerMessage;
      if (message.type === 'progress') control.onProgress?.(message.done, message.total);
      else if (message.type === 'done') finish({ ok: true, value: message.value as Value });
      else finish({ ok: false, reason: 'crashed', error: message.error });
    };
    worker.onerror = (event) => finish({ ok: false, reason: 'crashed', error: event.message || 'the worker stopped' });
    const request: QdpxRequest<K> = { task, input };
    worker.postMessage(request);
  });
}
