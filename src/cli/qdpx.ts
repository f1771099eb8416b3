/**
 * `workbench qdpx`: REFI-QDA exchange on the command line.
 * - `--text DOC… --out OUT.qdpx [--name NAME] FILE…`: the W3C files of one or more coders on
 *   those texts as a REFI-QDA project (each annotation matched to its text as `convert` does);
 * - `--out OUT.qdc FILE…`: the files' codebook alone;
 * - `--read IN.qdpx --out DIR`: each source's canonical text (`TITLE.txt`) and one W3C file per
 *   coder (`CODER.jsonld`), with the import report (the reading used per source, what could not
 *   be carried over); `--read IN.qdc --out DIR` writes the codebook as `codebook.jsonld`.
 * Everything is written all or nothing.
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { APP_INFO } from '../shared/app-info';
import { DEFAULT_CATEGORIES } from '../shared/codebook';
import type { Annotation, Category, DocumentRecord } from '../shared/model';
import { describeSource } from '../shared/qdpx/describe';
import { exportQdc, exportQdpx } from '../shared/qdpx/export';
import { readQdc, readQdpx } from '../shared/qdpx/import';
import { describeNotCarried, type NotCarried } from '../shared/qdpx/not-carried';
import { planCodebook, planQdpxImport, settledCategories, takeEverything } from '../shared/qdpx/plan';
import { OffsetMap } from '../shared/text/offsets';
import { serialiseCollection } from '../shared/w3c/export';
import { parseArgs, required } from './args';
import { convertInputs, describeCounts } from './convert';
import { readInput, stem } from './inputs';
import { type CliIo, EXIT, dataError, usageError } from './io';
import { type OutputFile, writeAllOrNothing } from './output';
import { plural } from './validate';

const GENERATOR = { name: APP_INFO.name, version: APP_INFO.version };

/** Characters no file name may hold on Windows, macOS or Linux. */
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name made from a title or a coder's name: unsafe characters become `_`, names Windows
 * reserves get a leading `_`, at most 120 characters; `taken` (lower case) keeps names unique.
 */
export function safeFileName(name: string, extension: string, fallback: string, taken: Set<string>): string {
  let base = Array.from(name.replace(UNSAFE, '_').trim().replace(/^[.\s]+|[.\s]+$/g, '')).slice(0, 120).join('');
  if (base === '') base = fallback;
  if (RESERVED.test(base)) base = `_${base}`;
  let candidate = `${base}${extension}`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function generatorOf(io: CliIo) {
  return { ...GENERATOR, version: io.version ?? GENERATOR.version };
}

function printNotCarried(io: CliIo, list: readonly NotCarried[], problems: readonly string[]): void {
  if (list.length > 0) io.stdout(`Not carried over:\n${list.map((n) => `  ${describeNotCarried(n)}\n`).join('')}`);
  for (const p of problems) io.stderr(`${p}\n`);
}

/** `--read`: a project or codebook into texts and W3C files. */
async function readCommand(io: CliIo, path: string, out: string, now: string): Promise<number> {
  const bytes = await readInput(io, path);
  const newId = io.newId ?? randomUUID;
  const generator = generatorOf(io);
  const files: OutputFile[] = [];
  if (path.toLowerCase().endsWith('.qdc')) {
    const read = readQdc(bytes, { fileName: path });
    if (!read.ok) throw dataError(read.error);
    const codebook = planCodebook(read.value.categories, DEFAULT_CATEGORIES);
    const categories = settledCategories(codebook, takeEverything(codebook));
    const json = serialiseCollection({ label: `Codebook of ${basename(path)}`, collectionId: newId(), pageId: newId(), now, generator, documents: [], annotations: [], categories });
    files.push({ name: 'codebook.jsonld', content: json });
    io.stdout(`${path}: ${plural(categories.length, 'code')}, ${plural(read.value.groups.length, 'group')}.\n`);
    printNotCarried(io, read.value.notCarried, read.value.problems);
  } else {
    const read = readQdpx(bytes, { fileName: path, now });
    if (!read.ok) throw dataError(read.error);
    const project = read.value;
    // Codes the workbench wrote get their ids back from the default codebook; the file's values win.
    const plan = planQdpxImport(project, { documents: [], categories: DEFAULT_CATEGORIES, annotationIds: new Set() });
    const categories = settledCategories(plan.codebook, takeEverything(plan.codebook));
    const taken = new Set<string>();
    for (const doc of plan.addedDocuments) files.push({ name: safeFileName(doc.title, '.txt', 'source', taken), content: doc.text });
    const byCoder = new Map<string, Annotation[]>();
    for (const a of plan.annotations) {
      const list = byCoder.get(a.coder);
      if (list) list.push(a);
      else byCoder.set(a.coder, [a]);
    }
    const coders = [...project.coders.filter((c) => byCoder.has(c)), ...[...byCoder.keys()].filter((c) => !project.coders.includes(c))];
    for (const coder of coders) {
      const json = serialiseCollection({
        label: `${project.projectName || stem(basename(path))}: ${coder || 'no coder'}`,
        collectionId: newId(),
        pageId: newId(),
        now,
        generator,
        documents: plan.addedDocuments,
        annotations: byCoder.get(coder) ?? [],
        categories,
      });
      files.push({ name: safeFileName(coder, '.jsonld', 'no coder', taken), content: json });
    }
    for (const s of project.sources) io.stdout(`${describeSource(s)}\n`);
    printNotCarried(io, project.notCarried, project.problems);
  }
  const written = await writeAllOrNothing(io, out, files);
  io.stdout(`Wrote ${written.length === 0 ? 'nothing (the file holds no texts)' : written.join(', ')}.\n`);
  return EXIT.ok;
}

/** The placed annotations of a match on the given texts, in the model's UTF-16 offsets. */
function modelAnnotations(segments: Awaited<ReturnType<typeof convertInputs>>['match']['dataset']['segments'], texts: readonly DocumentRecord[]): { annotations: Annotation[]; orphans: number } {
  const maps = new Map(texts.map((t) => [t.id, new OffsetMap(t.text)]));
  const annotations: Annotation[] = [];
  let orphans = 0;
  for (const s of segments) {
    const map = maps.get(s.documentId);
    if (map === undefined) continue;
    if (s.status !== 'placed' || s.start === null || s.end === null) {
      orphans++;
      continue;
    }
    annotations.push({ ...s, start: map.toUnits(s.start), end: map.toUnits(s.end) });
  }
  return { annotations, orphans };
}

/** Writing a project (or a codebook) from W3C files. */
async function writeCommand(io: CliIo, options: { texts: string[]; files: string[]; out: string; name?: string }, now: string): Promise<number> {
  const generator = generatorOf(io);
  const codebookOnly = options.out.toLowerCase().endsWith('.qdc');
  if (codebookOnly && options.texts.length > 0) throw usageError('“qdpx --out FILE.qdc” writes the codebook only and takes no --text.');
  if (!codebookOnly && options.texts.length === 0) throw usageError('“qdpx” needs --text DOC for each text the annotations are on: a project holds its texts.');
  const { texts, match } = await convertInputs(io, options, now);
  const categories: Category[] = [...match.dataset.categories];
  let content: string | Uint8Array;
  let summary: string;
  if (codebookOnly) {
    const qdc = exportQdc({ categories, generator });
    if (!qdc.ok) throw dataError(qdc.error);
    content = qdc.value;
    summary = plural(categories.length, 'code');
  } else {
    const unmatched = match.reports.filter((r) => r.document === null);
    if (unmatched.length > 0) {
      throw dataError(`${unmatched.map((r) => `“${r.source}” (${plural(r.annotations, 'annotation')})`).join(', ')} match${unmatched.length === 1 ? 'es' : ''} none of the texts; give ${unmatched.length === 1 ? 'its text' : 'their texts'} with --text. Nothing was written.`);
    }
    for (const r of match.reports) io.stdout(`${r.source}: ${plural(r.annotations, 'annotation')} on “${r.document?.sourceName ?? ''}”: ${describeCounts(r.counts)}.\n`);
    const { annotations, orphans } = modelAnnotations(match.dataset.segments, texts);
    const exported = exportQdpx({ projectName: options.name ?? stem(basename(options.out)), now, generator, documents: texts, annotations, categories });
    if (orphans > 0) io.stderr(`Left out ${plural(orphans, 'orphan')}: an annotation without a place in its text cannot be a REFI-QDA selection.\n`);
    if (exported.report.replacedCharacters > 0) io.stderr(`${plural(exported.report.replacedCharacters, 'memo or label')} held characters XML cannot carry; they were written as U+FFFD.\n`);
    content = exported.bytes;
    const r = exported.report;
    summary = `${plural(r.documents, 'text')}, ${plural(r.selections, 'selection')}, ${plural(r.codes, 'code')}, ${plural(r.coders, 'coder')}`;
  }
  const [written] = await writeAllOrNothing(io, dirname(options.out), [{ name: basename(options.out), content }]);
  io.stdout(`Wrote ${written} (${summary}).\n`);
  return EXIT.ok;
}

/** Runs `workbench qdpx`. */
export async function qdpxCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const args = parseArgs('qdpx', argv, { text: 'list', out: 'value', read: 'value', name: 'value' });
  const now = (io.now?.() ?? new Date()).toISOString();
  const read = args.values.get('read');
  if (read !== undefined) {
    const out = required('qdpx', args, 'out', 'DIR (the directory to write the texts and W3C files into)');
    if (args.positional.length > 0 || args.lists.has('text') || args.values.has('name')) {
      throw usageError('“qdpx --read” takes only --out DIR: it writes the texts and annotations of the file it reads.');
    }
    return readCommand(io, read, out, now);
  }
  const out = required('qdpx', args, 'out', 'OUT.qdpx (the project to write) or OUT.qdc (the codebook alone)');
  if (args.positional.length === 0) throw usageError('“qdpx” needs at least one annotation FILE (or --read IN.qdpx).');
  return writeCommand(io, { texts: args.lists.get('text') ?? [], files: args.positional, out, name: args.values.get('name') }, now);
}
