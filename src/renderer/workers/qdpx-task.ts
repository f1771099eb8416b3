/**
 * The work of the REFI-QDA worker, as plain functions so that tests (and places without Web
 * Workers) run exactly what the worker runs.
 */
import { exportQdpx } from '../../shared/qdpx/export';
import { readQdc, readQdpx } from '../../shared/qdpx/import';
import type { QdpxRequest, QdpxTaskName, QdpxTasks } from './qdpx-protocol';

/** Reports how far a task is (sources read and placed, of all). */
export type QdpxProgress = (done: number, total: number) => void;

const TASKS: { [K in QdpxTaskName]: (input: QdpxTasks[K]['input'], progress: QdpxProgress) => QdpxTasks[K]['value'] } = {
  'read-qdpx': (input, progress) => readQdpx(input.bytes, { fileName: input.fileName, now: input.now, readings: new Map(input.readings), onProgress: progress }),
  'read-qdc': (input) => readQdc(input.bytes, { fileName: input.fileName }),
  'export-qdpx': (input) => exportQdpx(input),
};

/** Runs one task. */
export function runQdpxTask<K extends QdpxTaskName>(request: QdpxRequest<K>, progress: QdpxProgress): QdpxTasks[K]['value'] {
  // The name crosses a message boundary: only the table's own entries are tasks.
  if (!Object.hasOwn(TASKS, request.task)) throw new Error(`The REFI-QDA worker has no task “${String(request.task)}”.`);
  const task: (input: QdpxTasks[K]['input'], progress: QdpxProgress) => QdpxTasks[K]['value'] = TASKS[request.task];
  return task(request.input, progress);
}
