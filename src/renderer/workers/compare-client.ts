/** Comparing coders' layers off the interface thread (`compare.worker.ts`), with progress, cancel and a time budget. */
import { COMPARE_LIMITS } from '../../shared/limits';
import { compareTask, type CompareRequest, type DocumentComparison } from './compare-task';
import { inProcessWorker } from './in-process-worker';
import type { WorkerLike } from './run-in-worker';
import { runTask, type TaskControl } from './task-client';

/** Starts the comparison worker; without Web Workers (jsdom) the task runs in-process behind the same protocol. */
export function createCompareWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker(compareTask).create();
  return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'compare coders' });
}

/** `compareTask(request)` in a worker. */
export function compareOffThread(request: CompareRequest, control: TaskControl = {}): Promise<DocumentComparison[]> {
  return runTask<DocumentComparison[]>('Comparing the coders', createCompareWorker, request, COMPARE_LIMITS.workerMs, control);
}
