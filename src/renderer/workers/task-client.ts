/**
 * Running one of the app's heavy computations (comparison, agreement) in its worker and turning
 * the outcome into a value or a sentence: the same shape for every task, so that each client
 * is a few lines.
 */
import { runInWorker, type WorkerLike } from './run-in-worker';

/** Progress, cancel and the worker to use (tests pass an in-process one). */
export interface TaskControl {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  createWorker?: () => WorkerLike;
  timeoutMs?: number;
  /** Objects moved, not copied, into the worker (the typed arrays of the request). */
  transfer?: Transferable[];
}

/** Thrown when the user cancelled the task. */
export class TaskCancelled extends Error {
  constructor(what: string) {
    super(`${what} was cancelled.`);
    this.name = 'TaskCancelled';
  }
}

/**
 * Runs `request` in a worker from `create` (or `control.createWorker`) within `timeoutMs`;
 * rejects with TaskCancelled when cancelled and with an Error naming `what` otherwise.
 */
export async function runTask<T>(what: string, create: () => WorkerLike, request: unknown, timeoutMs: number, control: TaskControl = {}): Promise<T> {
  const limit = control.timeoutMs ?? timeoutMs;
  const outcome = await runInWorker<T>(control.createWorker ?? create, request, { timeoutMs: limit, onProgress: control.onProgress, signal: control.signal, transfer: control.transfer });
  if (outcome.ok) return outcome.value;
  if (outcome.reason === 'cancelled') throw new TaskCancelled(what);
  if (outcome.reason === 'timeout') throw new Error(`${what} took longer than ${Math.round(limit / 1000)} s and was stopped.`);
  throw new Error(`${what} failed (${outcome.error}).`);
}
