import { z } from 'zod';
import type { Annotation, Category, DocumentRecord } from './model';
import { fail, ok, type Result } from './result';
import { contentHash } from './text/hash';
import { HEX_COLOUR, UTC_TIME } from './patterns';
import { readStructure } from './transcript/read-structure';
import type { StructureRecord } from './transcript/structure-record';

/** The `format` marker of a workspace file. */
export const WORKSPACE_FORMAT = 'discourse-workbench-workspace';
/** The version written; readers accept this and older versions. */
export const WORKSPACE_VERSION = 1;

/** Everything the workbench keeps: what a backup or a workspace export holds. */
export interface WorkspaceData {
  documents: DocumentRecord[];
  annotations: Annotation[];
  categories: Category[];
  /**
   * The documents' transcript structures as reviewed (speaker merges, regions that are not
   * speech); absent in files written before they were kept: their turns are detected again.
   */
  structures?: StructureRecord[];
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
  coder: z.string(),
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
});

const fileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.number().int().min(1).max(WORKSPACE_VERSION),
  exportedAt: z.string(),
  documents: z.array(documentSchema),
  annotations: z.array(annotationSchema),
  categories: z.array(categorySchema),
  // Each is checked against its document's text below (`readStructure`).
  structures: z.array(z.object({ documentId: z.string().min(1), structure: z.unknown() })).optional(),
});

/** Serialises a workspace for export or backup. */
export function serialiseWorkspace(data: WorkspaceData, exportedAt: string): string {
  return JSON.stringify({ format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt, ...data });
}

/**
 * Reads a workspace file, checking every record and the links between them (each annotation's
 * document exists, its span lies inside the text, each document's hash matches its text).
 * A failure names the file, the record and the field.
 */
export function parseWorkspace(json: string, fileName: string): Result<WorkspaceData> {
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
  const { documents, annotations, categories } = parsed.data;
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
  return ok({ documents, annotations, categories, ...(parsed.data.structures ? { structures } : {}) });
}
