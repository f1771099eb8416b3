import { z } from 'zod';
import type { InvokeArgs, InvokeName } from '../shared/ipc';
import { MAX_IPC_BYTES as MAX_BYTES, MAX_IPC_TEXT as MAX_TEXT, SYNC_LIMITS } from '../shared/limits';
import { BACKUP_FILE_NAME } from '../shared/patterns';

/**
 * Payload schemas for every invoke channel of `src/shared/ipc.ts`. Main parses each payload
 * with these before acting; anything else is refused. `INVOKE_SCHEMAS` is checked against the
 * contract: a channel without a schema, or a schema that disagrees with the argument types,
 * does not compile.
 */

/** `fileKind` as the dialogs know it. */
export const fileKindSchema = z.enum(['annotations', 'workspace', 'csv', 'tsv', 'qdc', 'html', 'markdown', 'svg']);

/** `BinaryFileKind` as the dialogs know it. */
export const binaryFileKindSchema = z.enum(['qdpx', 'refi-qda', 'png']);

/** A file name without folders: no separators, no `..`, no control characters. */
const plainFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\0-\x1f]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be a plain file name without folders',
  });

export const saveRequestSchema = z.object({
  suggestedName: plainFileName,
  kind: fileKindSchema,
  content: z.string().max(MAX_TEXT),
});

export const saveBinaryRequestSchema = z.object({
  suggestedName: plainFileName,
  kind: binaryFileKindSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_BYTES, { message: `must be at most ${MAX_BYTES} bytes` }),
});

export const saveTablesRequestSchema = z.object({
  files: z
    .array(z.object({ name: plainFileName, content: z.string().max(MAX_TEXT) }))
    .min(1)
    .max(20),
});

export const backupReasonSchema = z.enum(['interval', 'quit', 'manual']);

export const backupJsonSchema = z.string().min(2).max(MAX_TEXT);

export const backupNameSchema = z.string().regex(BACKUP_FILE_NAME, { message: 'is not the name of a backup' });

export const menuStateSchema = z.strictObject({ documentOpen: z.boolean(), canUndo: z.boolean(), canRedo: z.boolean() });

export const quitPreparationSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), error: z.string().max(2000) }),
]);

/** A sync server's origin: https, or http on this machine only (as the Team sync dialog checks). */
export const syncOriginSchema = z
  .string()
  .max(SYNC_LIMITS.maxSettingChars)
  .regex(/^(https:\/\/[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})(:\d{1,5})?)$/i, { message: 'is not an https:// origin (or http:// on this machine)' });

const syncUserSchema = z.string().min(1).max(SYNC_LIMITS.maxSettingChars);

export const syncCredentialsSchema = z.strictObject({ origin: syncOriginSchema, user: syncUserSchema, password: z.string().max(SYNC_LIMITS.maxSettingChars) });

/** The argument tuple of every invoke channel. */
export const INVOKE_SCHEMAS = {
  importDocuments: z.tuple([]),
  openFile: z.tuple([fileKindSchema]),
  saveFile: z.tuple([saveRequestSchema]),
  openBinaryFile: z.tuple([binaryFileKindSchema]),
  saveBinaryFile: z.tuple([saveBinaryRequestSchema]),
  saveTables: z.tuple([saveTablesRequestSchema]),
  writeBackup: z.tuple([backupJsonSchema, backupReasonSchema]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([backupNameSchema]),
  setMenuState: z.tuple([menuStateSchema]),
  takeOpenedDocuments: z.tuple([]),
  quitPrepared: z.tuple([quitPreparationSchema]),
  startupNotices: z.tuple([]),
  saveSyncCredentials: z.tuple([syncCredentialsSchema]),
  loadSyncCredentials: z.tuple([syncOriginSchema, syncUserSchema]),
  clearSyncCredentials: z.tuple([]),
} satisfies { [K in InvokeName]: z.ZodType<InvokeArgs<K>> };

/** Turns a zod error into one sentence naming the argument and what is wrong. */
export function describeSchemaError(channel: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return `The request “${channel}” was refused: its argument${where} ${issue ? issue.message.toLowerCase() : 'is malformed'}.`;
}
