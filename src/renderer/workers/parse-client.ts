/**
 * Reading annotation and workspace files in a Web Worker, with the time budget of
 * `TIME_LIMITS.parseMs`; the interface stays responsive whatever the file holds, and a file that
 * takes too long is refused with a sentence naming it.
 */
import { TIME_LIMITS } from '../../shared/limits';
import type { Coder } from '../../shared/model';
import { fail, type Result } from '../../shared/result';
import type { ParsedFile } from '../../shared/w3c/import';
import type { WorkspaceData } from '../../shared/workspace-file';
import { inProcessWorker } from './in-process-worker';
import { parseTask, type ParseRequest } from './parse-task';
import { runInWorker, type WorkerLike } from './run-in-worker';

/** Starts the parse worker; where there are no Web Workers (jsdom) the task runs in-process. */
export function createParseWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker(parseTask).create();
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'read a file' });
}

/** Runs the request in a worker; `T` is what the request's kind reads (see `parseTask`). */
async function parse<T>(request: ParseRequest, createWorker: () => WorkerLike): Promise<Result<T>> {
  const outcome = await runInWorker<Result<T>>(createWorker, request, { timeoutMs: TIME_LIMITS.parseMs });
  if (outcome.ok) return outcome.value;
  return outcome.reason === 'timeout'
    ? fail(`Reading “${request.fileName}” took longer than ${Math.round(TIME_LIMITS.parseMs / 1000)} s and was stopped; nothing was changed.`)
    : fail(`“${request.fileName}” could not be read (${outcome.error}); nothing was changed.`);
}

/** `parseAnnotationFile(content, fileName)`, in a worker. */
export function readAnnotationFileOffThread(content: string, fileName: string, createWorker = createParseWorker): Promise<Result<ParsedFile>> {
  return parse<ParsedFile>({ kind: 'annotations', content, fileName }, createWorker);
}

/** `parseWorkspace(content, fileName, { localCoder })`, in a worker. */
export function readWorkspaceFileOffThread(content: string, fileName: string, createWorker = createParseWorker, localCoder: Coder | null = null): Promise<Result<WorkspaceData>> {
  return parse<WorkspaceData>({ kind: 'workspace', content, fileName, localCoder }, createWorker);
}
