/**
 * Reading an exchange file chosen by the user — a W3C/Hypothesis/Recogito annotation file or a
 * workspace file (export or backup) — in `parse.worker.ts`: the bytes of a stranger's file are
 * parsed off the interface thread.
 */
import type { Coder } from '../../shared/model';
import type { Result } from '../../shared/result';
import { parseAnnotationFile, type ParsedFile } from '../../shared/w3c/import';
import { parseWorkspace, type WorkspaceData } from '../../shared/workspace-file';

/** Which reader to use on a file's text. */
export type ParseRequest =
  | { kind: 'annotations'; content: string; fileName: string }
  /** `localCoder`: this machine's coder, whose name in a version-1 file becomes their id. */
  | { kind: 'workspace'; content: string; fileName: string; localCoder?: Coder | null };

/** What the worker answers: the reader's own result. */
export type ParseResponse = Result<ParsedFile> | Result<WorkspaceData>;

/** Reads the file with the reader its kind names. */
export function parseTask(request: ParseRequest): ParseResponse {
  return request.kind === 'annotations' ? parseAnnotationFile(request.content, request.fileName) : parseWorkspace(request.content, request.fileName, { localCoder: request.localCoder ?? null });
}
