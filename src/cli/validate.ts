/**
 * `workbench validate FILE…`: reads each annotation file with the app's importer and, for W3C
 * files, also checks the spec's requirements (`conformance.ts`), which the lenient importer
 * lets through. It prints the problems, one line each naming the file, the annotation (or the
 * page/collection) and the property.
 */
import type { ImportFormat, ImportProblem } from '../shared/w3c/import-types';
import { describeProblem, parseAnnotationFile } from '../shared/w3c/import';
import { CONTAINER_INDEX, conformanceProblems } from '../shared/w3c/conformance';
import { decodeBytes } from '../shared/formats/decode';
import { plural } from '../shared/plural';
import { parseArgs } from './args';
import { type CliIo, EXIT, usageError } from './io';
import { readInput } from './inputs';

/** How each dialect is named in the report. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  w3c: 'W3C Web Annotation',
  hypothesis: 'Hypothesis export',
  recogito: 'Recogito export',
};

/** "1 annotation", "2 annotations" (defined in src/shared, re-exported for the commands). */
export { plural };

/** One line for a problem; problems of the page or collection itself name no annotation. */
export function describeFileProblem(problem: ImportProblem): string {
  if (problem.index !== CONTAINER_INDEX) return describeProblem(problem);
  const which = `The collection or page${problem.id ? ` (${problem.id})` : ''}`;
  return problem.property ? `${which}: “${problem.property}” ${problem.message}.` : `${which} ${problem.message}.`;
}

/**
 * The importer's problems followed by the spec's, for W3C files (Hypothesis exports are not
 * W3C: only the importer's checks apply). A spec problem at the same annotation and property
 * as an importer problem is the same fault and is left out.
 */
export function allProblems(text: string, format: ImportFormat, imported: readonly ImportProblem[]): ImportProblem[] {
  if (format === 'hypothesis') return [...imported];
  const seen = new Set(imported.map((p) => `${p.index}\u0000${p.property}`));
  const out = [...imported];
  // The importer has parsed the same text already, so this cannot throw.
  for (const p of conformanceProblems(JSON.parse(text) as unknown)) {
    const key = `${p.index}\u0000${p.property}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Runs the command; exit code 1 when any file has a problem. The report goes to stdout. */
export async function validateCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const args = parseArgs('validate', argv, {});
  if (args.positional.length === 0) throw usageError('“validate” needs at least one FILE.');
  // Every file must be readable before anything is reported.
  const contents: { path: string; bytes: Uint8Array }[] = [];
  for (const path of args.positional) contents.push({ path, bytes: await readInput(io, path) });
  let failed = 0;
  for (const { path, bytes } of contents) {
    const { text } = decodeBytes(bytes);
    const parsed = parseAnnotationFile(text, path);
    if (!parsed.ok) {
      failed++;
      // The message names the file already.
      io.stdout(`${parsed.error}\n`);
      continue;
    }
    const { format, annotations } = parsed.value;
    const problems = allProblems(text, format, parsed.value.problems);
    for (const p of problems) io.stdout(`${path}: ${describeFileProblem(p)}\n`);
    const read = `${plural(annotations.length, 'annotation')} read (${FORMAT_NAMES[format]})`;
    if (problems.length > 0) {
      failed++;
      io.stdout(`${path}: invalid: ${plural(problems.length, 'problem')}; ${read}.\n`);
    } else {
      io.stdout(`${path}: valid: ${read}.\n`);
    }
  }
  if (contents.length > 1) {
    io.stdout(failed === 0 ? `All ${contents.length} files are valid.\n` : `${failed} of ${contents.length} files are invalid.\n`);
  }
  return failed === 0 ? EXIT.ok : EXIT.invalid;
}
