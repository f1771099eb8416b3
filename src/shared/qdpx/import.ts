/**
 * Import of REFI-QDA files: `readQdpx` reads a `.qdpx` project, `readQdc` a `.qdc` codebook.
 * Both are pure and write nothing: bytes in, a full report out (documents with their canonical
 * text and hash, categories and groups, annotations in the app's model, the reading used per
 * source, what could not be carried over, problems). `plan.ts` then fits that to the library
 * for the user to confirm. Run them off the interface thread: they parse untrusted bytes.
 *
 * A file that is not a readable archive, not REFI-QDA, or beyond `QDPX_LIMITS` fails as a whole
 * with a sentence naming the file and what is wrong; anything smaller that is wrong (a source
 * whose text is missing, a selection without positions) is reported and the rest comes over.
 */
import type { Annotation, DocumentRecord } from '../model';
import { QDPX_LIMITS } from '../limits';
import { fail, ok, type Result } from '../result';
import { decodeXml, internalEntry, internalName, projectEntry, readInternalText, type SourceText } from './archive-files';
import { codebookFromCodes, type ImportedCategory } from './codebook-read';
import { coderOfUnlistedUser, coderOfUser } from './coders';
import { derivedGuid } from './guid';
import { importSource, type SourceContext } from './import-source';
import type { QdcImport, QdpxImport, SourceReport } from './import-types';
import { NotCarriedList } from './not-carried';
import type { Reading } from './readings';
import { LINKS_WHY, ProjectLimitError, readCodes, readProject, type QdeProject, type QdeSelection, type QdeTextSource } from './read-project';
import { CODEBOOK_NS, PROJECT_NS } from './vocabulary';
import { XmlError, child, parseXml, type XmlElement } from './xml-read';
import { ZipArchive, ZipError } from './zip-read';

export type { QdcImport, QdpxImport, SourceReport } from './import-types';

/** Options of `readQdpx`. */
export interface QdpxReadOptions {
  /** The file's name, for messages. */
  fileName: string;
  /** ISO UTC time for documents' `importedAt` and for codings the file gives no time for. */
  now: string;
  /** A reading chosen by the user per source GUID (from a previous report), instead of the detected one. */
  readings?: ReadonlyMap<string, Reading>;
  /** Told after each source is read and placed (`done` of `total` sources). */
  onProgress?(done: number, total: number): void;
}

/** A failure that refuses the whole file. */
class Refusal extends Error {}

function refuse(error: unknown): string | null {
  if (error instanceof ZipError || error instanceof XmlError || error instanceof ProjectLimitError || error instanceof Refusal) return error.message;
  return null;
}

const count = (n: number): string => n.toLocaleString('en');

/** Parses XML bytes as a REFI-QDA document whose root is `local` in namespace `ns`. */
function rootOf(bytes: Uint8Array, entryName: string, local: string, ns: string, problems: string[]): XmlElement {
  const root = parseXml(decodeXml(bytes, entryName), QDPX_LIMITS);
  if (root.local !== local) throw new Refusal(`its root element is <${root.local}>, where a REFI-QDA ${local === 'Project' ? 'project' : 'codebook'} has <${local}>`);
  if (root.uri !== ns) problems.push(`The file's namespace is “${root.uri || '(none)'}” rather than “${ns}”; it was read as REFI-QDA 1.0 all the same.`);
  return root;
}

/** Reads the memo text of every note (inline, or from an internal file). */
function noteTexts(project: QdeProject, archive: ZipArchive): Map<string, string> {
  const out = new Map<string, string>();
  for (const note of project.notes.values()) {
    if (note.content !== null) {
      out.set(note.guid, note.content);
      continue;
    }
    if (note.plainTextPath === null) continue;
    const name = internalName(note.plainTextPath);
    const entry = name.ok ? internalEntry(archive, name.name) : null;
    if (entry) out.set(note.guid, readInternalText(archive, entry).raw.replace(/\r\n?/g, '\n'));
  }
  return out;
}

/** The text of a source, or why it has none. */
function sourceTextOf(source: QdeTextSource, archive: ZipArchive): { text: SourceText } | { problem: string; what: string } {
  if (source.content !== null) {
    const raw = source.content;
    return { text: raw.charCodeAt(0) === 0xfeff ? { raw: raw.slice(1), hadBom: true } : { raw, hadBom: false } };
  }
  if (source.plainTextPath !== null) {
    const name = internalName(source.plainTextPath);
    if (!name.ok) return { problem: name.reason, what: name.external ? 'sources whose text is outside the file' : 'sources with an unsafe path' };
    const entry = internalEntry(archive, name.name);
    if (!entry) return { problem: `its text file “${name.name}” is not in the archive`, what: 'sources whose text file is missing' };
    return { text: readInternalText(archive, entry) };
  }
  if (source.richTextPath !== null) return { problem: 'the file has only its rich text (no plain-text rendition)', what: 'sources with rich text only' };
  return { problem: 'it has no text', what: 'sources without text' };
}

function emptyReport(source: QdeTextSource, problem: string): SourceReport {
  const codings = source.selections.reduce((n, s) => n + s.codings.length, 0);
  return {
    guid: source.guid,
    name: source.name,
    kind: source.kind,
    documentId: null,
    problem,
    reading: null,
    basis: null,
    candidates: [],
    hadBom: false,
    hasCrlf: false,
    selections: source.selections.length,
    codings,
    placed: 0,
    placedByQuote: 0,
    orphaned: 0,
  };
}

/** The whole import of a parsed project. */
function importProject(project: QdeProject, archive: ZipArchive, options: QdpxReadOptions): QdpxImport {
  const problems = [...project.problems];
  const notCarried = project.notCarried;
  const codings = project.sources.reduce((n, s) => n + s.selections.reduce((m, sel) => m + sel.codings.length, 0), 0);
  if (codings > QDPX_LIMITS.maxCodings) throw new Refusal(`it has ${count(codings)} codings, more than the ${count(QDPX_LIMITS.maxCodings)} one import accepts`);

  // Codebook, with a placeholder for every code that codings name but the codebook lacks.
  const used = new Set<string>();
  for (const s of project.sources) for (const sel of s.selections) for (const c of sel.codings) if (c.codeGuid) used.add(c.codeGuid);
  const codebook = codebookFromCodes(project.codes, used);
  problems.push(...codebook.problems);
  const categories: ImportedCategory[] = [...codebook.categories];
  const categoryIds = new Set(categories.map((c) => c.guid));
  const placeholder = (guid: string | null): string => {
    const key = guid ?? derivedGuid('category', 'missing-code');
    if (categoryIds.has(key)) return key;
    categoryIds.add(key);
    const label = guid === null ? 'Coding without a code' : `Missing code ${guid.slice(0, 8)}`;
    problems.push(`Codings refer to ${guid === null ? 'no code' : `the code ${guid}, which the codebook does not have`}; they are kept under the category “${label}”.`);
    categories.push({ guid: key, name: label, path: [], madeCodable: false, colourGiven: false, category: { id: key, label, definition: '', colour: '#000000', shortcut: '', order: categories.length, retired: false } });
    return key;
  };

  const unknownUsers = new Set<string>();
  const coderOf = (guid: string | null): string => {
    if (guid === null) return '';
    const user = project.users.get(guid);
    if (user) return coderOfUser(user);
    const coder = coderOfUnlistedUser(guid);
    if (!unknownUsers.has(guid)) {
      unknownUsers.add(guid);
      problems.push(`Codings are by the user ${guid}, whom the file does not list; that coder is called “${coder}”.`);
    }
    return coder;
  };

  // Memos: the selection's description, then its notes (by reference or link), each once.
  const notes = noteTexts(project, archive);
  const selectionGuids = new Set<string>();
  for (const s of project.sources) for (const sel of s.selections) if (sel.guid) selectionGuids.add(sel.guid);
  const linked = new Map<string, string[]>();
  for (const link of project.links) {
    const pair = selectionGuids.has(link.to) && notes.has(link.from) ? [link.to, link.from] : selectionGuids.has(link.from) && notes.has(link.to) ? [link.from, link.to] : null;
    if (pair === null) notCarried.add('links', LINKS_WHY, link.name);
    else if (linked.has(pair[0])) linked.get(pair[0])?.push(pair[1]);
    else linked.set(pair[0], [pair[1]]);
  }
  const memoOf = (selection: QdeSelection, sourceName: string): string => {
    const parts: string[] = [];
    const add = (t: string | undefined): void => {
      if (t !== undefined && t.trim() !== '' && !parts.some((p) => p.trim() === t.trim())) parts.push(t);
    };
    add(selection.description);
    for (const guid of [...selection.noteRefs, ...(selection.guid ? (linked.get(selection.guid) ?? []) : [])]) add(notes.get(guid));
    const memo = parts.join('\n\n');
    if (memo.length <= QDPX_LIMITS.maxMemoChars) return memo;
    problems.push(`A memo in “${sourceName}” has ${count(memo.length)} characters; its first ${count(QDPX_LIMITS.maxMemoChars)} are kept.`);
    return memo.slice(0, QDPX_LIMITS.maxMemoChars);
  };

  const ctx: SourceContext = {
    origin: project.origin,
    now: options.now,
    coderOf,
    categoryOf: (guid) => (guid !== null && categoryIds.has(guid) ? guid : placeholder(guid)),
    memoOf,
    ids: new Set(),
    notCarried,
  };
  const documents: DocumentRecord[] = [];
  const annotations: Annotation[] = [];
  const sources: SourceReport[] = [];
  for (const source of project.sources) {
    const found = sourceTextOf(source, archive);
    if ('problem' in found) {
      notCarried.add(found.what, `${found.problem}; its codings cannot be placed.`, source.name);
      sources.push(emptyReport(source, found.problem));
      options.onProgress?.(sources.length, project.sources.length);
      continue;
    }
    const result = importSource(source, found.text, ctx, options.readings?.get(source.guid));
    documents.push(result.document);
    annotations.push(...result.annotations);
    sources.push(result.report);
    options.onProgress?.(sources.length, project.sources.length);
  }
  for (const name of archive.unsafeNames) problems.push(`The archive holds an entry named “${name}”, which could escape a folder; it was ignored.`);

  const coders: string[] = [];
  const usedNames = new Set(annotations.map((a) => a.coder).filter((c) => c !== ''));
  for (const user of project.users.values()) {
    const coder = coderOfUser(user);
    if (usedNames.has(coder) && !coders.includes(coder)) coders.push(coder);
  }
  for (const name of usedNames) if (!coders.includes(name)) coders.push(name);

  return {
    fileName: options.fileName,
    projectName: project.name,
    origin: project.origin,
    documents,
    categories,
    groups: codebook.groups,
    annotations,
    coders,
    sources,
    notCarried: notCarried.list(),
    problems,
  };
}

/** Reads a `.qdpx` project. Fails as a whole only for files that cannot be read at all. */
export function readQdpx(bytes: Uint8Array, options: QdpxReadOptions): Result<QdpxImport> {
  const name = options.fileName;
  if (bytes.length > QDPX_LIMITS.maxArchiveBytes) {
    return fail(`${name} is too large to import: ${count(bytes.length)} bytes, where at most ${count(QDPX_LIMITS.maxArchiveBytes)} are accepted.`);
  }
  try {
    const archive = new ZipArchive(bytes, QDPX_LIMITS);
    const entry = projectEntry(archive);
    const problems: string[] = [];
    const root = rootOf(archive.read(entry, QDPX_LIMITS.maxXmlBytes), entry.name, 'Project', PROJECT_NS, problems);
    const project = readProject(root);
    project.problems.unshift(...problems);
    return ok(importProject(project, archive, options));
  } catch (error) {
    const message = refuse(error);
    if (message === null) throw error;
    return fail(`${name} cannot be imported as a REFI-QDA project: ${message}.`);
  }
}

/** Reads a `.qdc` codebook (XML, `CodeBook` in the codebook namespace). */
export function readQdc(bytes: Uint8Array, options: { fileName: string }): Result<QdcImport> {
  const name = options.fileName;
  if (bytes.length > QDPX_LIMITS.maxXmlBytes) {
    return fail(`${name} is too large to import: ${count(bytes.length)} bytes, where at most ${count(QDPX_LIMITS.maxXmlBytes)} are accepted.`);
  }
  try {
    const problems: string[] = [];
    const root = rootOf(bytes, name, 'CodeBook', CODEBOOK_NS, problems);
    const codes = child(root, 'Codes');
    if (!codes) throw new Refusal('it has no <Codes>');
    const notCarried = new NotCarriedList();
    const list = readCodes(codes, problems, notCarried);
    for (const set of child(root, 'Sets')?.children ?? []) notCarried.add('sets', 'the workbench has no sets yet.', set.attributes.get('name'));
    const codebook = codebookFromCodes(list, new Set());
    return ok({
      fileName: name,
      origin: root.attributes.get('origin') ?? '',
      categories: codebook.categories,
      groups: codebook.groups,
      notCarried: notCarried.list(),
      problems: [...problems, ...codebook.problems],
    });
  } catch (error) {
    const message = refuse(error);
    if (message === null) throw error;
    return fail(`${name} cannot be imported as a REFI-QDA codebook: ${message}.`);
  }
}
