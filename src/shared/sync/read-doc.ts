/**
 * Reads a document pulled from the server, which is untrusted: its shape and sizes are checked
 * before anything reaches the writer. A document that fails comes back with the reason in
 * words (for the sync log); it is never applied.
 */
import { z } from 'zod';
import { SYNC_LIMITS } from '../limits';
import { fail, ok, type Result } from '../result';
import { annotationSchema, categorySchema, coderSchema } from '../workspace-file';
import { annotationIdOf, typeOfDocId, type SyncDoc, type SyncDocType } from './couch-docs';

const id = z.string().min(1).max(SYNC_LIMITS.maxIdChars);
const user = z.string().max(SYNC_LIMITS.maxIdChars);
const meta = { _id: id, _rev: z.string().max(SYNC_LIMITS.maxIdChars).optional(), _conflicts: z.array(z.string().max(SYNC_LIMITS.maxIdChars)).optional() };

const annotationDocSchema = z.object({
  ...meta,
  type: z.literal('annotation'),
  layer: z.enum(['person', 'consensus']),
  couchUser: user,
  documentHash: z.string().regex(/^[0-9a-f]{64}$/),
  annotation: annotationSchema.omit({ documentId: true }).extend({ coderId: id, editorId: id }),
  w3c: z.record(z.string(), z.unknown()),
});

const textDocSchema = z.object({
  ...meta,
  type: z.literal('text'),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  documentId: id,
  title: z.string().max(SYNC_LIMITS.maxSettingChars),
  sourceName: z.string().max(SYNC_LIMITS.maxSettingChars),
  importedAt: z.string().max(SYNC_LIMITS.maxIdChars),
  _attachments: z.record(z.string(), z.object({ content_type: z.string(), length: z.number().max(SYNC_LIMITS.maxTextChars * 4).optional() }).loose()).optional(),
});

const categoryDocSchema = z.object({ ...meta, type: z.literal('category'), category: categorySchema });
const coderDocSchema = z.object({ ...meta, type: z.literal('coder'), coder: coderSchema.extend({ id, name: z.string().max(SYNC_LIMITS.maxSettingChars) }), couchUser: user });

const schemas = new Map<SyncDocType, z.ZodType>([
  ['annotation', annotationDocSchema],
  ['text', textDocSchema],
  ['category', categoryDocSchema],
  ['coder', coderDocSchema],
]);

/** What a pulled change is: a document to apply, or the removal of one (only its id is known). */
export type PulledDoc = { deleted: false; doc: SyncDoc } | { deleted: true; id: string; type: SyncDocType; recordId: string };

/** The record id inside a document id (`urn:uuid:X` → X, `coder:X` → X, `text:H` → H). */
export function recordIdOf(docId: string, type: SyncDocType): string {
  return type === 'annotation' ? annotationIdOf(docId) : docId.slice(docId.indexOf(':') + 1);
}

/** Checks one pulled document (already parsed by PouchDB); `chars` is its JSON's length when known. */
export function readPulledDoc(raw: unknown, chars = 0): Result<PulledDoc> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('is not a JSON object');
  const record = raw as Record<string, unknown>;
  const docId = record._id;
  if (typeof docId !== 'string' || docId.length === 0 || docId.length > SYNC_LIMITS.maxIdChars) return fail('has no usable _id');
  if (chars > SYNC_LIMITS.maxDocChars) return fail(`${docId} is larger than ${SYNC_LIMITS.maxDocChars.toLocaleString('en')} characters, the limit for one synced document`);
  const type = typeOfDocId(docId);
  if (type === null) return fail(`${docId} is not a document of the workbench`);
  if (record._deleted === true) return ok({ deleted: true, id: docId, type, recordId: recordIdOf(docId, type) });
  const parsed = schemas.get(type)!.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`${docId}: ${issue.path.join('.') || 'the document'} ${issue.message}`);
  }
  const doc = parsed.data as SyncDoc;
  if (doc.type !== type) return fail(`${docId}: its type (${doc.type}) does not match its id`);
  if (doc.type === 'annotation' && recordIdOf(docId, type) !== doc.annotation.id) return fail(`${docId}: its id does not match the annotation's (${doc.annotation.id})`);
  if (doc.type === 'annotation' && doc.annotation.end < doc.annotation.start) return fail(`${docId}: its span ends before it starts`);
  if (doc.type === 'coder' && recordIdOf(docId, type) !== doc.coder.id) return fail(`${docId}: its id does not match the coder's (${doc.coder.id})`);
  if (doc.type === 'category' && recordIdOf(docId, type) !== doc.category.id) return fail(`${docId}: its id does not match the category's (${doc.category.id})`);
  if (doc.type === 'text' && recordIdOf(docId, type) !== doc.hash) return fail(`${docId}: its id does not match the text's hash`);
  return ok({ deleted: false, doc });
}
