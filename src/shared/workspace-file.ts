import { z } from 'zod';
import { legacyCoders, withCoderId } from './coders/legacy';
import type { Adjudication, Annotation, Category, Coder, DocumentRecord } from './model';
import { fail, ok, type Result } from './result';
import { contentHash } from './text/hash';
import { HEX_COLOUR, UTC_TIME } from './patterns';

/** The `format` marker of a workspace file. */
export const WORKSPACE_FORMAT = 'discourse-workbench-workspace';
/**
 * The version written; readers accept this and older versions.
 * - 1: documents, annotations (coder by name only), categories.
 * - 2: coders (id, name, kind); annotations carry `coderId` and `editorId`; categories may
 *   carry coding `rules`; adjudication decisions. A version-1 file is read with the rule of
 *   `coders/legacy.ts`.
 */
export const WORKSPACE_VERSION = 2;

/** Everything the workbench keeps: what a backup or a workspace export holds. */
export interface WorkspaceData {
  documents: DocumentRecord[];
  annotations: Annotation[];
  categories: Category[];
  coders: Coder[];
  adjudications: Adjudication[];
}

const iso = z.string().regex(UTC_TIME, 'must be a UTC time ending in Z');

const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  sourceName: z.string(),
  importedAt: z.string(),
  lastOpenedAt: z.string(),
});

const annotationSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  categoryId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  memo: z.string(),
  // Required from version 2 on (checked below); a version-1 file has names only.
  coderId: z.string().min(1).optional(),
  coder: z.string(),
  editorId: z.string().min(1).optional(),
  created: iso,
  modified: iso,
  status: z.enum(['placed', 'orphan']),
  check: z.literal(true).optional(),
});

const categorySchema = z.object({
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

const coderSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(['person', 'consensus']),
});

const fileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.number().int().min(1).max(WORKSPACE_VERSION),
  exportedAt: z.string(),
  documents: z.array(documentSchema),
  annotations: z.array(annotationSchema),
  categories: z.array(categorySchema),
  coders: z.array(coderSchema).optional(),
  adjudications: z.array(adjudicationSchema).optional(),
});

/** Options of `parseWorkspace`. */
export interface ParseWorkspaceOptions {
  /** This machine's coder: a version-1 file's annotations by this name become theirs. */
  localCoder?: Coder | null;
}

/** Serialises a workspace for export or backup. */
export function serialiseWorkspace(data: WorkspaceData, exportedAt: string): string {
  return JSON.stringify({ format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt, ...data });
}

/**
 * Reads a workspace file, checking every record and the links between them (each annotation's
 * document exists, its span lies inside the text, each document's hash matches its text).
 * A failure names the file, the record and the field.
 */
export function parseWorkspace(json: string, fileName: string, options: ParseWorkspaceOptions = {}): Result<WorkspaceData> {
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
  let annotations: Annotation[];
  let coders: Coder[];
  if (version === 1) {
    annotations = parsed.data.annotations.map((a) => withCoderId(a, local));
    coders = legacyCoders(parsed.data.annotations, local);
  } else {
    const missing = parsed.data.annotations.findIndex((a) => a.coderId === undefined || a.editorId === undefined);
    if (missing >= 0) return fail(`“${fileName}” is damaged: annotations[${missing}] has no coderId or editorId.`);
    if (!parsed.data.coders) return fail(`“${fileName}” is damaged: it has no coders.`);
    annotations = parsed.data.annotations.map((a) => withCoderId(a, local));
    // A coder the file does not list (it should) is made from the name its annotations keep: nothing is lost.
    const byId = new Map(parsed.data.coders.map((c) => [c.id, c]));
    for (const a of annotations) if (!byId.has(a.coderId)) byId.set(a.coderId, { id: a.coderId, name: a.coder, kind: 'person' });
    coders = [...byId.values()];
  }
  const texts = new Map<string, string>();
  for (const d of documents) {
    if (contentHash(d.text) !== d.hash) return fail(`“${fileName}” is damaged: the text of document “${d.title}” does not match its hash.`);
    texts.set(d.id, d.text);
  }
  for (const a of annotations) {
    const text = texts.get(a.documentId);
    if (text === undefined) return fail(`“${fileName}” is damaged: annotation ${a.id} belongs to a document the file does not contain.`);
    if (a.status === 'placed' && (a.end > text.length || a.start > a.end))
      return fail(`“${fileName}” is damaged: annotation ${a.id} lies outside its document's text.`);
  }
  const adjudications = parsed.data.adjudications ?? [];
  const unknownDocument = adjudications.find((j) => !texts.has(j.documentId));
  if (unknownDocument) return fail(`“${fileName}” is damaged: adjudication ${unknownDocument.id} belongs to a document the file does not contain.`);
  return ok({ documents, annotations, categories, coders, adjudications });
}
