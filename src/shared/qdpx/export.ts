/**
 * Export as REFI-QDA: a `.qdpx` project (a zip with `project.qde` and the texts under
 * `sources/`) or a `.qdc` codebook. Pure: model in, bytes out; `now` and the generator are
 * passed in, so the same library always gives the same bytes.
 *
 * Shape of the project (QDA-XML 1.0, validated against the REFI schema in CI):
 * - `Users`: one `User` per coder named in the exported annotations (GUID from the name, see
 *   `guid.ts`);
 * - `CodeBook/Codes`: each category a codable `Code` (GUID from its id, label as a unique
 *   name, colour, definition as `Description`), in codebook order; a category an annotation
 *   uses but the codebook lacks is written under its id, so no coding loses its code;
 * - `Sources`: each document a `TextSource` whose canonical text is the internal file
 *   `sources/<guid>.txt` (UTF-8 without BOM, LF), and each placed annotation a
 *   `PlainTextSelection` with positions in code points of that text (REFI-QDA 1.5 §10.2), its
 *   memo as `Description`, one `Coding` by its coder;
 * - `Notes`: a memo longer than `LONG_MEMO_CHARS` is also a `Note` the selection refers to.
 * Orphans (annotations without a place in their text) cannot be selections: they are left out
 * and counted in the report, as are spans of length zero.
 */
import { zipSync } from 'fflate';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Annotation, Category, DocumentRecord } from '../model';
import { fail, ok, type Result } from '../result';
import { OffsetMap, codePointLength } from '../text/offsets';
import type { GeneratorInfo } from '../w3c/collection-parts';
import { codeEntries, writeCodes } from './export-codes';
import { userOfCoder } from './coders';
import { GuidAllocator } from './guid';
import type { QdeUser } from './qde-types';
import { CODEBOOK_NS, INTERNAL_SCHEME, LONG_MEMO_CHARS, PROJECT_ENTRY, PROJECT_NS, SOURCES_FOLDER, XSD_DATE_TIME } from './vocabulary';
import { hasNonXmlCharacters, type Attributes, XmlWriter } from './xml-write';

/** Everything a project export needs. */
export interface QdpxExportInput {
  /** The project's `name` (required by the schema), e.g. the library's or the file's name. */
  projectName: string;
  /** ISO 8601 UTC time written as the project's creation time and the zip entries' dates. */
  now: string;
  /** The software written as the project's `origin` (some importers fail without one). */
  generator: GeneratorInfo;
  /** The documents to export; annotations on other documents are left out. */
  documents: readonly DocumentRecord[];
  annotations: readonly Annotation[];
  /** The codebook, written whole. */
  categories: readonly Category[];
}

/** What an export wrote and what it could not. */
export interface QdpxExportReport {
  documents: number;
  /** Selections written, one per annotation. */
  selections: number;
  codes: number;
  coders: number;
  /** Orphans of the exported documents: they have no position, so no selection. */
  orphansLeftOut: number;
  /** Placed annotations of length zero: a selection must select something. */
  emptyLeftOut: number;
  /** Memos, labels or definitions with characters XML cannot hold, written as U+FFFD. */
  replacedCharacters: number;
}

/** A written project: the XML, the internal files beside it, and the report. */
export interface QdpxProjectFiles {
  xml: string;
  /** Internal files by their path inside the zip (`sources/<guid>.txt`). */
  files: Map<string, string>;
  report: QdpxExportReport;
}

/** Characters of a selection's `name`: the start of its quote, for people reading the file. */
const SELECTION_NAME_CHARS = 100;

/** An ISO time as `xsd:dateTime`, or undefined when it is not one (the attribute is left out). */
function dateTime(value: string): string | undefined {
  return XSD_DATE_TIME.test(value) ? value : undefined;
}

/** At most `max` code points of `text`, with an ellipsis when cut. */
function shortened(text: string, max: number): string {
  if (codePointLength(text) <= max) return text;
  return `${Array.from(text).slice(0, max).join('')}…`;
}

/** A selection to write: the annotation, its document's offset map and its GUIDs. */
interface SelectionEntry {
  annotation: Annotation;
  selectionGuid: string;
  codingGuid: string;
  noteGuid: string | null;
}

function counterOf(): QdpxExportReport {
  return { documents: 0, selections: 0, codes: 0, coders: 0, orphansLeftOut: 0, emptyLeftOut: 0, replacedCharacters: 0 };
}

/** Builds `project.qde` and its internal files. */
export function projectFiles(input: QdpxExportInput): QdpxProjectFiles {
  const report = counterOf();
  const guids = new GuidAllocator();
  const byDocument = new Map<string, Annotation[]>(input.documents.map((d) => [d.id, []]));
  for (const a of input.annotations) {
    const list = byDocument.get(a.documentId);
    if (list === undefined) continue;
    if (a.status !== 'placed') report.orphansLeftOut++;
    else if (a.end <= a.start) report.emptyLeftOut++;
    else list.push(a);
  }
  for (const list of byDocument.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const exported = input.documents.flatMap((d) => byDocument.get(d.id) ?? []);

  // Users first: their GUIDs come from names and are reserved before any derived one.
  const users = new Map<string, QdeUser>();
  for (const a of exported) {
    if (a.coder === '' || users.has(a.coder)) continue;
    const user = userOfCoder(a.coder);
    guids.reserve(user.guid);
    users.set(a.coder, user);
  }
  const codes = codeEntries(input.categories, new Set(exported.map((a) => a.categoryId)), guids);
  const codeGuid = new Map(codes.map((c) => [c.category.id, c.guid]));

  const countReplaced = (...texts: string[]): void => {
    for (const t of texts) if (hasNonXmlCharacters(t)) report.replacedCharacters++;
  };
  codes.forEach((c) => countReplaced(c.name, c.category.definition));

  const xml = new XmlWriter();
  xml.start('Project', [
    ['xmlns', PROJECT_NS],
    ['name', input.projectName.trim() === '' ? 'Workbench project' : input.projectName],
    ['origin', `${input.generator.name} ${input.generator.version}`],
    ['creationDateTime', dateTime(input.now)],
  ]);
  if (users.size > 0) {
    xml.start('Users');
    for (const user of users.values()) xml.empty('User', [['guid', user.guid], ['name', user.name]]);
    xml.end();
  }
  if (codes.length > 0) {
    xml.start('CodeBook');
    writeCodes(xml, codes);
    xml.end();
  }

  const files = new Map<string, string>();
  const notes: SelectionEntry[] = [];
  if (input.documents.length > 0) xml.start('Sources');
  for (const doc of input.documents) {
    const sourceGuid = guids.take('document', doc.id);
    const fileName = `${sourceGuid}.txt`;
    files.set(`${SOURCES_FOLDER}/${fileName}`, doc.text);
    countReplaced(doc.title);
    const attributes: Attributes = [
      ['guid', sourceGuid],
      ['name', doc.title],
      ['plainTextPath', `${INTERNAL_SCHEME}${fileName}`],
      ['creationDateTime', dateTime(doc.importedAt)],
    ];
    const selections = byDocument.get(doc.id) ?? [];
    report.documents++;
    if (selections.length === 0) {
      xml.empty('TextSource', attributes);
      continue;
    }
    xml.start('TextSource', attributes);
    const map = new OffsetMap(doc.text);
    for (const a of selections) {
      const entry: SelectionEntry = {
        annotation: a,
        selectionGuid: guids.take('selection', a.id),
        codingGuid: guids.take('coding', a.id),
        noteGuid: a.memo.length > LONG_MEMO_CHARS ? guids.take('note', a.id) : null,
      };
      writeSelection(xml, entry, doc.text, map, users, codeGuid);
      countReplaced(a.memo);
      if (entry.noteGuid !== null) notes.push(entry);
      report.selections++;
    }
    xml.end();
  }
  if (input.documents.length > 0) xml.end();

  if (notes.length > 0) {
    xml.start('Notes');
    for (const { annotation: a, noteGuid } of notes) {
      xml
        .start('Note', [
          ['guid', noteGuid ?? undefined],
          ['name', `Memo: ${shortened(a.exact, 40)}`],
          ['creatingUser', a.coder === '' ? undefined : users.get(a.coder)?.guid],
          ['creationDateTime', dateTime(a.created)],
          ['modifiedDateTime', dateTime(a.modified)],
        ])
        .text('PlainTextContent', a.memo)
        .end();
    }
    xml.end();
  }
  xml.end();
  report.codes = codes.length;
  report.coders = users.size;
  return { xml: xml.toString(), files, report };
}

function writeSelection(
  xml: XmlWriter,
  entry: SelectionEntry,
  text: string,
  map: OffsetMap,
  users: ReadonlyMap<string, QdeUser>,
  codeGuid: ReadonlyMap<string, string>,
): void {
  const a = entry.annotation;
  const user = a.coder === '' ? undefined : users.get(a.coder)?.guid;
  xml.start('PlainTextSelection', [
    ['guid', entry.selectionGuid],
    ['name', shortened(text.slice(a.start, a.end), SELECTION_NAME_CHARS)],
    ['startPosition', String(map.toCodePoints(a.start))],
    ['endPosition', String(map.toCodePoints(a.end))],
    ['creatingUser', user],
    ['creationDateTime', dateTime(a.created)],
    ['modifyingUser', user],
    ['modifiedDateTime', dateTime(a.modified)],
  ]);
  if (a.memo !== '') xml.text('Description', a.memo);
  xml
    .start('Coding', [
      ['guid', entry.codingGuid],
      ['creatingUser', user],
      ['creationDateTime', dateTime(a.created)],
    ])
    .empty('CodeRef', [['targetGUID', codeGuid.get(a.categoryId)]])
    .end();
  if (entry.noteGuid !== null) xml.empty('NoteRef', [['targetGUID', entry.noteGuid]]);
  xml.end();
}

/** Zip entry dates are DOS dates: 1980 to 2107. */
function zipDate(now: string): Date {
  const t = Date.parse(now);
  const min = Date.UTC(1980, 0, 2);
  return new Date(Number.isFinite(t) ? Math.max(t, min) : min);
}

/** The `.qdpx` bytes of a project and the export's report. */
export function exportQdpx(input: QdpxExportInput): { bytes: Uint8Array; report: QdpxExportReport } {
  const { xml, files, report } = projectFiles(input);
  const entries: Record<string, Uint8Array> = {};
  entries[PROJECT_ENTRY] = utf8ToBytes(xml);
  for (const [path, text] of files) entries[path] = utf8ToBytes(text);
  const bytes = zipSync(entries, { level: 6, mtime: zipDate(input.now) });
  return { bytes, report };
}

/** What a codebook export needs. */
export interface QdcExportInput {
  categories: readonly Category[];
  generator: GeneratorInfo;
}

/**
 * The `.qdc` text of a codebook: `CodeBook` (namespace `urn:QDA-XML:codebook:1.0`) holding
 * `Codes`, the same codes a project export writes. An empty codebook cannot be written (the
 * schema requires at least one code).
 */
export function exportQdc(input: QdcExportInput): Result<string> {
  if (input.categories.length === 0) return fail('The codebook is empty: a REFI-QDA codebook needs at least one code.');
  const xml = new XmlWriter();
  xml.start('CodeBook', [
    ['xmlns', CODEBOOK_NS],
    ['origin', `${input.generator.name} ${input.generator.version}`],
  ]);
  writeCodes(xml, codeEntries(input.categories, [], new GuidAllocator()));
  xml.end();
  return ok(xml.toString());
}
