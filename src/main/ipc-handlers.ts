import { z } from 'zod';
import { CHANNELS, type BackupInfo, type BackupReason, type FileKind, type ImportBatch, type OpenedFile } from '../shared/ipc';
import { fail, ok, type Result } from '../shared/result';
import {
  backupJsonSchema,
  backupNameSchema,
  backupReasonSchema,
  describeSchemaError,
  fileKindSchema,
  saveRequestSchema,
  saveTablesRequestSchema,
} from './ipc-schemas';

/** The part of Electron's `ipcMain` the handlers use; a fake in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

/** The part of an IPC event the handlers look at: who sent it. */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/** What the handlers call: plain services, injected so they can be tested without Electron. */
export interface MainServices {
  importDocuments(): Promise<ImportBatch>;
  openFile(kind: FileKind): Promise<OpenedFile | null>;
  saveFile(suggestedName: string, kind: FileKind, content: string): Promise<string | null>;
  saveTables(files: { name: string; content: string }[]): Promise<string | null>;
  writeBackup(json: string, reason: BackupReason): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<string>;
  /** Turns a thrown error into a sentence for the user. */
  describeError(error: unknown): string;
}

/**
 * Registers one handler per channel. Each handler checks that the sender is the app's own
 * page, validates its arguments with the channel's schema, then calls one service and returns
 * a `Result`; a refused request calls nothing.
 */
export function registerIpcHandlers(
  ipc: IpcMainLike,
  services: MainServices,
  isTrustedSender: (frameUrl: string) => boolean,
): void {
  function handle<A extends unknown[], T>(
    channel: string,
    schema: z.ZodType<A>,
    run: (...args: A) => Promise<T>,
  ): void {
    ipc.handle(channel, async (event, ...raw): Promise<Result<T>> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return fail(`The request “${channel}” came from an untrusted page and was refused.`);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return fail(describeSchemaError(channel, parsed.error));
      try {
        return ok(await run(...parsed.data));
      } catch (error) {
        return fail(services.describeError(error));
      }
    });
  }

  handle(CHANNELS.importDocuments, z.tuple([]), () => services.importDocuments());
  handle(CHANNELS.openFile, z.tuple([fileKindSchema]), (kind) => services.openFile(kind));
  handle(CHANNELS.saveFile, z.tuple([saveRequestSchema]), (request) =>
    services.saveFile(request.suggestedName, request.kind, request.content),
  );
  handle(CHANNELS.saveTables, z.tuple([saveTablesRequestSchema]), (request) => services.saveTables(request.files));
  handle(CHANNELS.writeBackup, z.tuple([backupJsonSchema, backupReasonSchema]), (json, reason) =>
    services.writeBackup(json, reason),
  );
  handle(CHANNELS.listBackups, z.tuple([]), () => services.listBackups());
  handle(CHANNELS.readBackup, z.tuple([backupNameSchema]), (name) => services.readBackup(name));
}
