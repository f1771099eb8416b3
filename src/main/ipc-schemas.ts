import { z } from 'zod';
import { MAX_IPC_TEXT as MAX_TEXT } from '../shared/limits';

/**
 * Payload schemas for every invoke channel of `src/shared/ipc.ts`. Main parses each payload
 * with these before acting; anything else is refused.
 */


/** `fileKind` as the dialogs know it. */
export const fileKindSchema = z.enum(['annotations', 'workspace', 'csv', 'tsv']);

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

export const saveTablesRequestSchema = z.object({
  files: z
    .array(z.object({ name: plainFileName, content: z.string().max(MAX_TEXT) }))
    .min(1)
    .max(20),
});

export const backupReasonSchema = z.enum(['interval', 'quit', 'manual']);

export const backupJsonSchema = z.string().min(2).max(MAX_TEXT);

export const backupNameSchema = z.string().regex(/^workspace-[0-9]{8}-[0-9]{6}-[0-9]{3}\.json$/, {
  message: 'is not the name of a backup',
});

/** Turns a zod error into one sentence naming the argument and what is wrong. */
export function describeSchemaError(channel: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return `The request “${channel}” was refused: its argument${where} ${issue ? issue.message.toLowerCase() : 'is malformed'}.`;
}
