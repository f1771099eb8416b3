/**
 * `workbench validate FILE…`: reads each annotation file with the app's importer and prints
 * its problems, one line per annotation naming the file, the annotation and the property.
 */
import type { ImportFormat } from '../shared/w3c/import-types';
import { describeProblem, parseAnnotationFile } from '../shared/w3c/import';
import { decodeBytes } from '../shared/formats/decode';
import { parseArgs } from './args';
import { type CliIo, EXIT, usageError } from './io';
import { readInput } from './inputs';

/** How each dialect is named in the report. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  w3c: 'W3C Web Annotation',
  hypothesis: 'Hypothesis export',
  recogito: 'Recogito export',
};

/** "1 annotation", "2 annotations". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
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
    const parsed = parseAnnotationFile(decodeBytes(bytes).text, path);
    if (!parsed.ok) {
      failed++;
      // The message names the file already.
      io.stdout(`${parsed.error}\n`);
      continue;
    }
    const { format, annotations, problems } = parsed.value;
    for (const p of problems) io.stdout(`${path}: ${describeProblem(p)}\n`);
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
