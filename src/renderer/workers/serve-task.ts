/**
 * The worker side of a task: answers the one request a worker receives with progress reports
 * and an outcome (see `protocol.ts`). Each worker serves one request and is then ended by the
 * caller, so nothing of a hostile file outlives its task.
 */
import type { Task, WorkerMessage } from './protocol';

/** The part of a dedicated worker's global scope a task worker uses. */
export interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

/** Runs `task` on the first message `scope` receives and posts what happens. */
export function serveTask<Req, Res>(scope: WorkerScope, task: Task<Req, Res>): void {
  scope.onmessage = (event) => {
    scope.onmessage = null;
    const post = (message: WorkerMessage<Res>): void => scope.postMessage(message);
    Promise.resolve()
      .then(() => task(event.data as Req, (done, total) => post({ type: 'progress', done, total })))
      .then(
        (value) => post({ type: 'done', value }),
        (error: unknown) => post({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
  };
}

/** The global scope of the worker this module runs in. */
export function workerScope(): WorkerScope {
  return globalThis as unknown as WorkerScope;
}
