/**
 * `workbench convert --to csv|tsv --out DIR [--text DOC…] [--bom] [--crlf] FILE…`: turns
 * exchange files into the dataset tables (`segments`, `documents`, `codebook`), the same
 * tables the app exports, written into DIR all or nothing.
 */
import type { AnchorCounts } from '../shared/anchoring/types';
import { datasetFiles } from '../shared/dataset/tables';
import type { DocumentRecord } from '../shared/model';
import { parseArgs, required } from './args';
import { type AnnotationFile, readAnnotationFile, readTexts } from './inputs';
import { type CliIo, EXIT, usageError } from './io';
import { type MatchResult, matchToTexts } from './match';
import { writeAllOrNothing } from './output';
import { requireNoProblems } from './problems';
import { plural } from './validate';

/** Options of `convert`, parsed and checked. */
export interface ConvertOptions {
  format: 'csv' | 'tsv';
  out: string;
  texts: string[];
  bom: boolean;
  crlf: boolean;
  files: string[];
}

/** Parses and checks the arguments of `convert`. */
export function convertOptions(argv: readonly string[]): ConvertOptions {
  const args = parseArgs('convert', argv, { to: 'value', out: 'value', text: 'list', bom: 'flag', crlf: 'flag' });
  const to = required('convert', args, 'to', 'csv or tsv');
  if (to !== 'csv' && to !== 'tsv') throw usageError(`“convert --to” takes csv or tsv, not “${to}”.`);
  const out = required('convert', args, 'out', 'DIR (the directory to write the tables into)');
  if (args.positional.length === 0) throw usageError('“convert” needs at least one annotation FILE.');
  return {
    format: to,
    out,
    texts: args.lists.get('text') ?? [],
    bom: args.flags.has('bom'),
    crlf: args.flags.has('crlf'),
    files: args.positional,
  };
}

/** "3 exact, 1 moved, 0 fuzzy, 1 orphaned". */
export function describeCounts(counts: AnchorCounts): string {
  return `${counts.exact} exact, ${counts.moved} moved, ${counts.fuzzy} fuzzy, ${counts.orphan} orphaned`;
}

/** Lines about what placing adjusted or gave up on, for the command's report (none when nothing). */
export function describeAdjustments(widened: number, stopped: number): string[] {
  const lines: string[] = [];
  if (widened > 0) lines.push(`${plural(widened, 'annotation')} cut a character in half and ${widened === 1 ? 'was' : 'were'} widened to whole characters.`);
  if (stopped > 0) lines.push(`${plural(stopped, 'annotation')} reached the search budget and ${stopped === 1 ? 'was' : 'were'} placed only if found by then.`);
  return lines;
}

/** The notes of the files read (contexts cut…), one line each naming the file. */
export function fileNotes(files: readonly AnnotationFile[]): string[] {
  return files.flatMap((f) => (f.parsed.notes ?? []).map((note) => `${f.path}: ${note}`));
}

/** Reads the texts and files of a conversion and matches them; throws on bad input. */
export async function convertInputs(
  io: CliIo,
  options: Pick<ConvertOptions, 'texts' | 'files'>,
  now: string,
): Promise<{ files: AnnotationFile[]; texts: DocumentRecord[]; match: MatchResult }> {
  const texts = await readTexts(io, options.texts, now);
  const files: AnnotationFile[] = [];
  for (const path of options.files) files.push(await readAnnotationFile(io, path));
  requireNoProblems(files);
  return { files, texts, match: matchToTexts(files, texts, now) };
}

/** Runs the command: prints how each source was matched, then the files written. */
export async function convertCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const options = convertOptions(argv);
  const now = (io.now?.() ?? new Date()).toISOString();
  const { files, match } = await convertInputs(io, options, now);
  const tables = datasetFiles(match.dataset, {
    format: options.format,
    lineEnding: options.crlf ? '\r\n' : '\n',
    bom: options.bom,
  });
  const written = await writeAllOrNothing(io, options.out, tables);
  for (const note of fileNotes(files)) io.stdout(`${note}\n`);
  for (const r of match.reports) {
    const what = plural(r.annotations, 'annotation');
    io.stdout(
      r.document
        ? `${r.source}: ${what} on “${r.document.sourceName}”: ${describeCounts(r.counts)}.\n`
        : `${r.source}: ${what}, no matching text: positions as in the file; paragraph and speaker left empty.\n`,
    );
    for (const line of describeAdjustments(r.widened, r.stopped)) io.stdout(`${r.source}: ${line}\n`);
  }
  io.stdout(`Wrote ${written.join(', ')}.\n`);
  return EXIT.ok;
}
