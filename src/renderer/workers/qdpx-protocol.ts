/**
 * The REFI-QDA worker's tasks and messages: one request per worker (a task name and its
 * input), any number of progress reports, then one outcome. The worker (`qdpx-worker.ts`) and
 * its caller (`qdpx-client.ts`) share these types; `qdpx-task.ts` does the work.
 */
import type { Result } from '../../shared/result';
import type { QdpxExportInput, QdpxExportReport } from '../../shared/qdpx/export';
import type { QdcImport, QdpxImport } from '../../shared/qdpx/import';
import type { Reading } from '../../shared/qdpx/readings';

/** Each task's input and value. */
export interface QdpxTasks {
  /** Reads a `.qdpx` (untrusted bytes) with the readings the user chose per source GUID. */
  'read-qdpx': { input: { fileName: string; bytes: Uint8Array; now: string; readings: [guid: string, reading: Reading][] }; value: Result<QdpxImport> };
  /** Reads a `.qdc` codebook. */
  'read-qdc': { input: { fileName: string; bytes: Uint8Array }; value: Result<QdcImport> };
  /** Writes a `.qdpx` (XML and zip). */
  'export-qdpx': { input: QdpxExportInput; value: { bytes: Uint8Array; report: QdpxExportReport } };
}

/** A task's name. */
export type QdpxTaskName = keyof QdpxTasks;

/** What the caller posts to a fresh worker. */
export interface QdpxRequest<K extends QdpxTaskName = QdpxTaskName> {
  task: K;
  input: QdpxTasks[K]['input'];
}

/** What the worker posts back. */
export type QdpxWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: string };
