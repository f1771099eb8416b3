/** Refusing to work on files that have unreadable annotations. */
import { describeProblem } from '../shared/w3c/import';
import { dataError } from './io';
import type { AnnotationFile } from './inputs';

/**
 * Throws an invalid-data error listing every problem of every file (one line each, naming
 * file, annotation and property) when any annotation could not be read.
 */
export function requireNoProblems(files: readonly AnnotationFile[]): void {
  const lines = files.flatMap((f) => f.parsed.problems.map((p) => `${f.path}: ${describeProblem(p)}`));
  if (lines.length === 0) return;
  const count = lines.length === 1 ? '1 annotation could not be read' : `${lines.length} annotations could not be read`;
  throw dataError(`${lines.join('\n')}\n${count}; nothing was written. Fix the files, or check them with “workbench validate”.`);
}
