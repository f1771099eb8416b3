/**
 * Converting a document file in a worker thread with a time and memory budget: what the desktop
 * app's main process uses for every imported file. A file that takes too long is stopped and
 * one that needs too much memory ends its own worker; either way it becomes a refusal naming
 * the file and the limit, and the app goes on.
 */
import { Worker } from 'node:worker_threads';
import type { ImportedFile } from '../shared/ipc';
import { TIME_LIMITS, WORKER_HEAP_MB } from '../shared/limits';

/** What the worker receives. */
export interface ConvertRequest {
  name: string;
  bytes: Uint8Array;
}

/** Budgets of one conversion; the defaults come from `limits.ts`. */
export interface WorkerBudget {
  timeoutMs?: number;
  heapMb?: number;
}

function refusal(name: string, error: string): ImportedFile {
  return { name, ok: false, error };
}

/**
 * Converts `bytes` (the content of the file `name`) in a fresh worker started from
 * `workerPath` (the built `convert-worker.js`). Never rejects: every failure is a refusal.
 */
export function convertOffThread(workerPath: string, name: string, bytes: Uint8Array, budget: WorkerBudget = {}): Promise<ImportedFile> {
  const timeoutMs = budget.timeoutMs ?? TIME_LIMITS.convertMs;
  const heapMb = budget.heapMb ?? WORKER_HEAP_MB;
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker | undefined;
    const finish = (result: ImportedFile): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker?.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(refusal(name, `“${name}” took longer than ${Math.round(timeoutMs / 1000)} s to read and was stopped; it may be damaged or built to stall a reader.`)),
      timeoutMs,
    );
    try {
      worker = new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb) } });
    } catch (error) {
      finish(refusal(name, `“${name}” could not be read: the converter did not start (${error instanceof Error ? error.message : String(error)}).`));
      return;
    }
    worker.once('message', (result: ImportedFile) => finish(result));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? refusal(name, `“${name}” needs more memory to read than the ${heapMb.toLocaleString('en')} MB the workbench allows for one file; it was stopped.`)
          : refusal(name, `“${name}” could not be read: ${error.message}.`),
      ),
    );
    worker.once('exit', (code) => finish(refusal(name, `“${name}” could not be read: the converter stopped (exit code ${code}).`)));
    // A copy, so that the caller's buffer stays usable; the copy is moved, not cloned again.
    const copy = bytes.slice();
    worker.postMessage({ name, bytes: copy } satisfies ConvertRequest, [copy.buffer as ArrayBuffer]);
  });
}
