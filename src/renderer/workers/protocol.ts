/**
 * The messages between the interface thread and a task worker: one request in, any number of
 * progress reports, then one outcome. Shared by `run-in-worker.ts` (the caller) and
 * `serve-task.ts` (inside the worker).
 */

/** From the worker: how far the task is. */
export interface ProgressMessage {
  type: 'progress';
  done: number;
  total: number;
}

/** From the worker: the task's value. */
export interface DoneMessage<T> {
  type: 'done';
  value: T;
}

/** From the worker: the task threw; `error` is its message. */
export interface FailedMessage {
  type: 'failed';
  error: string;
}

/** Anything a task worker posts. */
export type WorkerMessage<T> = ProgressMessage | DoneMessage<T> | FailedMessage;

/** Reports progress from inside a task. */
export type Progress = (done: number, total: number) => void;

/** A task: the work a worker does for one request, possibly asynchronously. */
export type Task<Req, Res> = (request: Req, progress: Progress) => Res | Promise<Res>;
