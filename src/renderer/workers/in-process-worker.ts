/**
 * A stand-in for a Web Worker that runs a task in the same thread, asynchronously, with the
 * real message protocol (`serve-task.ts`): for tests, and for environments without Web Workers
 * (jsdom); a browser always runs tasks in a real worker.
 */
import type { Task } from './protocol';
import type { WorkerLike } from './run-in-worker';
import { serveTask, type WorkerScope } from './serve-task';

/** A factory of in-process workers running `task`; `started` counts them, `ended` the terminated. */
export function inProcessWorker<Req, Res>(task: Task<Req, Res>): { create: () => WorkerLike; started: number; ended: number } {
  const stats = {
    started: 0,
    ended: 0,
    create: (): WorkerLike => {
      stats.started++;
      let ended = false;
      const worker: WorkerLike = {
        onmessage: null,
        onerror: null,
        postMessage(message: unknown) {
          const scope: WorkerScope = {
            onmessage: null,
            postMessage: (reply) =>
              setTimeout(() => {
                if (!ended) worker.onmessage?.({ data: reply } as MessageEvent);
              }, 0),
          };
          serveTask(scope, task);
          // Structured clone, as postMessage does.
          scope.onmessage?.({ data: structuredClone(message) });
        },
        terminate() {
          if (!ended) stats.ended++;
          ended = true;
        },
      };
      return worker;
    },
  };
  return stats;
}
