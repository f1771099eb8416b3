/**
 * `workbench anchor --text DOC --out OUT.json FILE`: re-anchors a file's annotations onto a
 * text and writes them as a W3C AnnotationCollection, as the app would export them after
 * importing the file onto that document.
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { Anchorer } from '../shared/anchoring/anchor';
import { serialiseCollection } from '../shared/w3c/export';
import { placeAnnotations } from '../shared/w3c/place';
import { parseArgs, required } from './args';
import { resolveCodebook } from './codebook';
import { describeAdjustments, describeCounts, fileNotes } from './convert';
import { readAnnotationFile, readText } from './inputs';
import { type CliIo, EXIT, usageError } from './io';
import { writeAllOrNothing } from './output';
import { requireNoProblems } from './problems';
import { plural } from './validate';
import { APP_INFO } from '../shared/app-info';

/** The software named as `generator` in written collections. */
export const GENERATOR_NAME = APP_INFO.name;

/** Runs the command: prints the counts, then the file written. */
export async function anchorCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const args = parseArgs('anchor', argv, { text: 'value', out: 'value' });
  const textPath = required('anchor', args, 'text', 'DOC (the text to anchor onto)');
  const out = required('anchor', args, 'out', 'OUT.json (the file to write)');
  if (args.positional.length !== 1) {
    throw usageError(`“anchor” takes exactly one annotation FILE, not ${args.positional.length}.`);
  }
  const now = (io.now?.() ?? new Date()).toISOString();
  const newId = io.newId ?? randomUUID;
  const doc = await readText(io, textPath, now);
  const file = await readAnnotationFile(io, args.positional[0]);
  requireNoProblems([file]);

  const { categories } = resolveCodebook([file], now);
  const placement = placeAnnotations(file.parsed.annotations, doc, categories, new Anchorer(doc.text), { now });
  const json = serialiseCollection({
    label: file.parsed.label ?? doc.title,
    collectionId: newId(),
    pageId: newId(),
    now,
    generator: { name: GENERATOR_NAME, version: io.version ?? APP_INFO.version },
    documents: [doc],
    annotations: placement.annotations,
    categories,
  });
  const [written] = await writeAllOrNothing(io, dirname(out), [{ name: basename(out), content: json }]);

  const total = placement.annotations.length;
  for (const note of fileNotes([file])) io.stdout(`${note}\n`);
  io.stdout(`${file.path}: ${plural(total, 'annotation')} on “${doc.sourceName}”: ${describeCounts(placement.counts)}.\n`);
  for (const line of describeAdjustments(placement.widened, placement.stopped)) io.stdout(`${file.path}: ${line}\n`);
  const lost = placement.annotations.filter((a) => a.status === 'orphan' && a.exact === '').length;
  if (lost > 0) io.stderr(`Left out ${plural(lost, 'orphan')} without a quote: no selector can describe ${lost === 1 ? 'it' : 'them'}.\n`);
  io.stdout(`Wrote ${written}.\n`);
  return EXIT.ok;
}
