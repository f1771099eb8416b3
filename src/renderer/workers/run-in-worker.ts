/**
 * Running a task in a fresh Web Worker, off the interface thread, with progress, cancel and a
 * time budget: a task that takes too long, is cancelled or crashes ends its worker, and the
 * caller gets a result saying which. Never rejects.
 */
import type { WorkerMessage } from './protocol';

/** The part of `Worker` used here, so tests can supply an in-process stand-in. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
}

/** How a task in a worker ended when it gave no value. */
export type WorkerFailure = 'timeout' | 'cancelled' | 'crashed' | 'failed';

/** The outcome of a task: its value, or why there is none. */
export type WorkerOutcome<T> = { ok: true; value: T } | { ok: false; reason: WorkerFailure; error: string };

/** Options of `runInWorker`. */
export interface RunOptions {
  /** Milliseconds before the worker is ended and the task counts as timed out. */
  timeoutMs: number;
  /** Progress reports from the task. */
  onProgress?(done: number, total: number): void;
  /** Aborting ends the worker at once. */
  signal?: AbortSignal;
  /** Objects moved, not copied, into the worker. */
  transfer?: Transferable[];
}

/** Starts a worker with `create`, sends it `request`, and resolves with the outcome. */
export function runInWorker<T>(create: () => WorkerLike, request: unknown, options: RunOptions): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve({ ok: false, reason: 'cancelled', error: 'cancelled' });
      return;
    }
    let worker: WorkerLike;
    try {
      worker = create();
    } catch (error) {
      resolve({ ok: false, reason: 'crashed', error: error instanceof Error ? error.message : String(error) });
      return;
    }
    let settled = false;
    const finish = (outcome: WorkerOutcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    };
    const abort = (): void => finish({ ok: false, reason: 'cancelled', error: 'cancelled' });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', error: `stopped after ${Math.round(options.timeoutMs / 1000)} s` }), options.timeoutMs);
    options.signal?.addEventListener('abort', abort);
    worker.onmessage = (event) => {
      const message = event.data as WorkerMessage<T>;
      if (message.type === 'progress') options.onProgress?.(message.done, message.total);
      else if (message.type === 'done') finish({ ok: true, value: message.value });
      else finish({ ok: false, reason: 'failed', error: message.error });
    };
    worker.onerror = (event) => finish({ ok: false, reason: 'crashed', error: event.message || 'the worker stopped' });
    worker.postMessage(request, options.transfer ?? []);
  });
}
