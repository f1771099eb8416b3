/**
 * Converting files chosen or dropped in the page: each file is read and converted by the one
 * converter (`shared/formats/convert.ts`) in a Web Worker, never on the interface thread, with
 * a time budget per file (`TIME_LIMITS.convertMs`).
 */
import type { ImportedFile } from '../../shared/ipc';
import { refuseBeforeReading } from '../../shared/formats/convert';
import { TIME_LIMITS } from '../../shared/limits';
import { convertTask, type ConvertRequest } from '../workers/convert-task';
import { inProcessWorker } from '../workers/in-process-worker';
import { runInWorker, type WorkerLike } from '../workers/run-in-worker';

/**
 * Starts the conversion worker (Vite bundles it as a file of its own). Where there are no Web
 * Workers (the unit tests' jsdom) the same task runs in-process behind the same protocol.
 */
export function createConvertWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker(convertTask).create();
  return new Worker(new URL('../workers/convert.worker.ts', import.meta.url), { type: 'module', name: 'convert document' });
}

/** Progress, cancel and the worker to use (tests pass an in-process one). */
export interface ConvertControl {
  /** Files converted so far and the number chosen. */
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  createWorker?: () => WorkerLike;
  timeoutMs?: number;
}

/** Converts files chosen or dropped in the page, one outcome per file, never throwing. */
export async function convertBrowserFiles(files: File[], control: ConvertControl = {}): Promise<ImportedFile[]> {
  const outcomes: ImportedFile[] = [];
  const timeoutMs = control.timeoutMs ?? TIME_LIMITS.convertMs;
  for (const file of files) {
    const refused = refuseBeforeReading(file.name, file.size);
    if (refused) {
      outcomes.push(refused);
    } else {
      const request: ConvertRequest = { file, name: file.name };
      const outcome = await runInWorker<ImportedFile>(control.createWorker ?? createConvertWorker, request, { timeoutMs, signal: control.signal });
      outcomes.push(outcome.ok ? outcome.value : failure(file.name, outcome.reason, timeoutMs));
    }
    control.onProgress?.(outcomes.length, files.length);
  }
  return outcomes;
}

function failure(name: string, reason: string, timeoutMs: number): ImportedFile {
  const error =
    reason === 'timeout'
      ? `“${name}” took longer than ${Math.round(timeoutMs / 1000)} s to read and was stopped; it may be damaged or built to stall a reader.`
      : reason === 'cancelled'
        ? `“${name}” was not imported: the import was cancelled.`
        : `“${name}” could not be read.`;
  return { name, ok: false, error };
}
