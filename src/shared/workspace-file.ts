import { z } from 'zod';
import { legacyCoders, withCoderId } from './coders/legacy';
import { ANNOTATION_LIMITS, FILE_LIMITS, TEXT_LIMITS } from './limits';
import { CONTEXT_LENGTH, type Adjudication, type Annotation, type Category, type Coder, type DocumentRecord } from './model';
import { fail, ok, type Result } from './result';
import { contentHash } from './text/hash';
import { prefixBefore, snapToCodePoint, suffixAfter } from './text/offsets';
import { nestsDeeperThan } from './w3c/json-read';
import { HEX_COLOUR, UTC_TIME } from './patterns';
import { readStructure } from './transcript/read-structure';
import type { StructureRecord } from './transcript/structure-record';

/** The `format` marker of a workspace file. */
export const WORKSPACE_FORMAT = 'discourse-workbench-workspace';
/**
 * The version written; readers accept this and older versions.
 * - 1: documents, annotations (coder by name only), categories.
 * - 2: coders (id, name, kind); annotations carry `coderId` and `editorId`; categories may
 *   carry coding `rules`; adjudication decisions. A version-1 file is read with the rule of
 *   `coders/legacy.ts`. Either version may carry the documents' reviewed transcript `structures`
   (absent: turns are detected again).
 */
export const WORKSPACE_VERSION = 2;

/** Everything the workbench keeps: what a backup or a workspace export holds. */
export interface WorkspaceData {
  documents: DocumentRecord[];
  annotations: Annotation[];
  categories: Category[];
  coders: Coder[];
  adjudications: Adjudication[];
  /**
   * The documents' transcript structures as reviewed (speaker merges, regions that are not
   * speech); absent in files written before they were kept: their turns are detected again.
   */
  structures?: StructureRecord[];
  /** What reading the file adjusted (spans widened to whole characters); absent when nothing. */
  notes?: string[];
}

/** A zod length limit with a message naming the limit. */
const upTo = (max: number, what: string) => z.string().max(max, `is longer than ${max.toLocaleString('en')} characters, the limit for ${what}`);
const many = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, `holds more than ${max.toLocaleString('en')} ${what}, the limit for one workspace file`);

const iso = z.string().regex(UTC_TIME, 'must be a UTC time ending in Z');

const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: upTo(TEXT_LIMITS.maxChars, 'a document'),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  sourceName: z.string(),
  importedAt: z.string(),
  lastOpenedAt: z.string(),
});

/** An annotation record as files and sync carry it (also read by `sync/read-doc.ts`). */
export const annotationSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  categoryId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: upTo(ANNOTATION_LIMITS.maxQuoteChars, 'a quote'),
  prefix: z.string(),
  suffix: z.string(),
  memo: upTo(ANNOTATION_LIMITS.maxMemoChars, 'a memo'),
  // Required from version 2 on (checked below); a version-1 file has names only.
  coderId: z.string().min(1).optional(),
  coder: z.string(),
  editorId: z.string().min(1).optional(),
  created: iso,
  modified: iso,
  status: z.enum(['placed', 'orphan']),
  check: z.literal(true).optional(),
});

/** A category record (also read by `sync/read-doc.ts`). */
export const categorySchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  definition: z.string(),
  colour: z.string().regex(HEX_COLOUR),
  shortcut: z.string().max(1),
  order: z.number(),
  retired: z.boolean(),
  rules: z.array(z.object({ id: z.string().min(1), text: z.string().min(1), example: z.string(), created: iso })).optional(),
});

const adjudicationSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  decision: z.enum(['accepted', 'written', 'unresolved']),
  acceptedCoderId: z.string().min(1).optional(),
  reason: z.string(),
  annotationIds: z.array(z.string().min(1)),
  editorId: z.string().min(1),
  modified: iso,
});

/** A coder record (also read by `sync/read-doc.ts`). */
export const coderSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(['person', 'consensus']),
});

const fileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.number().int().min(1).max(WORKSPACE_VERSION),
  exportedAt: z.string(),
  documents: many(documentSchema, FILE_LIMITS.maxDocuments, 'documents'),
  annotations: many(annotationSchema, FILE_LIMITS.maxWorkspaceAnnotations, 'annotations'),
  categories: many(categorySchema, FILE_LIMITS.maxCategories, 'categories'),
  coders: many(coderSchema, FILE_LIMITS.maxCoders, 'coders').optional(),
  adjudications: many(adjudicationSchema, FILE_LIMITS.maxWorkspaceAnnotations, 'adjudications').optional(),
  // Each is checked against its document's text below (`readStructure`).
  structures: z.array(z.object({ documentId: z.string().min(1), structure: z.unknown() })).max(FILE_LIMITS.maxDocuments).optional(),
});

/** Options of `parseWorkspace`. */
export interface ParseWorkspaceOptions {
  /** This machine's coder: a version-1 file's annotations by this name become theirs. */
  localCoder?: Coder | null;
}

/** Serialises a workspace for export or backup. */
export function serialiseWorkspace(data: WorkspaceData, exportedAt: string): string {
  const { documents, annotations, categories, coders, adjudications, structures } = data;
  return JSON.stringify({ format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt, documents, annotations, categories, coders, adjudications, ...(structures ? { structures } : {}) });
}

/** The first id that two records share, or null. */
function repeatedId(records: readonly { id: string }[]): string | null {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) return r.id;
    seen.add(r.id);
  }
  return null;
}

/**
 * A placed annotation whose span cuts a surrogate pair, widened to whole characters with its
 * quote and context re-read from the text; null when it is whole already.
 */
function widened(a: Annotation, text: string): Annotation | null {
  const start = snapToCodePoint(text, a.start, -1);
  const end = snapToCodePoint(text, a.end, 1);
  if (start === a.start && end === a.end) return null;
  return { ...a, start, end, exact: text.slice(start, end), prefix: prefixBefore(text, start, CONTEXT_LENGTH), suffix: suffixAfter(text, end, CONTEXT_LENGTH) };
}

/**
 * Reads a workspace file, checking every record and the links between them before anything is
 * replaced: no id repeated among documents, annotations or categories, each annotation's
 * document and category exist, its span lies inside the text, each document's hash matches
 * its text, and every budget (`FILE_LIMITS`, `TEXT_LIMITS`, `ANNOTATION_LIMITS`) holds. A
 * failure names the file, the record and the field. A span that cuts a surrogate pair is
 * widened to whole characters, and `notes` says how many were.
 */
export function parseWorkspace(json: string, fileName: string, options: ParseWorkspaceOptions = {}): Result<WorkspaceData> {
  if (nestsDeeperThan(json, FILE_LIMITS.maxDepth)) {
    return fail(`“${fileName}” is not a workspace file: its JSON nests deeper than ${FILE_LIMITS.maxDepth} levels.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return fail(`“${fileName}” is not a workspace file: it is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== WORKSPACE_FORMAT) {
    return fail(`“${fileName}” is not a workspace file of this workbench (its “format” is not “${WORKSPACE_FORMAT}”).`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return fail(`“${fileName}” is damaged: ${path} ${issue.message.toLowerCase()}.`);
  }
  const { documents, categories } = parsed.data;
  const local = options.localCoder ?? null;
  const version = parsed.data.version;
  if (version >= 2) {
    const missing = parsed.data.annotations.findIndex((a) => a.coderId === undefined || a.editorId === undefined);
    if (missing >= 0) return fail(`“${fileName}” is damaged: annotations[${missing}] has no coderId or editorId.`);
    if (!parsed.data.coders) return fail(`“${fileName}” is damaged: it has no coders.`);
  }
  for (const [records, what] of [[documents, 'documents'], [parsed.data.annotations, 'annotations'], [categories, 'categories'], [parsed.data.coders ?? [], 'coders'], [parsed.data.adjudications ?? [], 'adjudications']] as const) {
    const id = repeatedId(records);
    if (id !== null) return fail(`“${fileName}” is damaged: two ${what} have the id “${id}”. Nothing was replaced.`);
  }
  const texts = new Map<string, string>();
  for (const d of documents) {
    if (contentHash(d.text) !== d.hash) return fail(`“${fileName}” is damaged: the text of document “${d.title}” does not match its hash.`);
    texts.set(d.id, d.text);
  }
  const categoryIds = new Set(categories.map((c) => c.id));
  let widenedCount = 0;
  const annotations: Annotation[] = [];
  for (const a of parsed.data.annotations) {
    const text = texts.get(a.documentId);
    if (text === undefined) return fail(`“${fileName}” is damaged: annotation ${a.id} belongs to a document the file does not contain.`);
    if (!categoryIds.has(a.categoryId)) return fail(`“${fileName}” is damaged: annotation ${a.id} uses the category “${a.categoryId}”, which the file does not contain.`);
    if (a.status === 'placed' && (a.end > text.length || a.start > a.end))
      return fail(`“${fileName}” is damaged: annotation ${a.id} lies outside its document's text.`);
    // A version-1 file names coders only: the rule of coders/legacy.ts gives them ids.
    const withIds = withCoderId(a, local);
    const whole = withIds.status === 'placed' ? widened(withIds, text) : null;
    if (whole) widenedCount++;
    annotations.push(whole ?? withIds);
  }
  let coders: Coder[];
  if (version === 1) coders = legacyCoders(parsed.data.annotations, local);
  else {
    // A coder the file does not list (it should) is made from the name its annotations keep: nothing is lost.
    const byId = new Map((parsed.data.coders ?? []).map((c) => [c.id, c]));
    for (const a of annotations) if (!byId.has(a.coderId)) byId.set(a.coderId, { id: a.coderId, name: a.coder, kind: 'person' });
    coders = [...byId.values()];
  }
  const adjudications = parsed.data.adjudications ?? [];
  const unknownDocument = adjudications.find((j) => !texts.has(j.documentId));
  if (unknownDocument) return fail(`“${fileName}” is damaged: adjudication ${unknownDocument.id} belongs to a document the file does not contain.`);
  const structures: StructureRecord[] = [];
  const seen = new Set<string>();
  for (const [i, record] of (parsed.data.structures ?? []).entries()) {
    const document = documents.find((d) => d.id === record.documentId);
    if (!document) return fail(`“${fileName}” is damaged: structures[${i}] belongs to a document the file does not contain.`);
    if (seen.has(document.id)) return fail(`“${fileName}” is damaged: document “${document.title}” has two transcript structures.`);
    seen.add(document.id);
    const read = readStructure(record.structure, document.text, document.hash);
    if (!read.ok) return fail(`“${fileName}” is damaged: structures[${i}] (“${document.title}”): ${read.error}`);
    structures.push({ documentId: document.id, structure: read.value });
  }
  const data: WorkspaceData = { documents, annotations, categories, coders, adjudications, ...(parsed.data.structures ? { structures } : {}) };
  if (widenedCount > 0) {
    data.notes = [`${widenedCount.toLocaleString('en')} annotation${widenedCount === 1 ? '' : 's'} cut a character in half (an emoji or other character outside the Basic Multilingual Plane) and ${widenedCount === 1 ? 'was' : 'were'} widened to whole characters.`];
  }
  return ok(data);
}
