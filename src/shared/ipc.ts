/**
 * The one IPC contract between the renderer and the main process. The preload exposes exactly
 * these functions as `window.workbench`; main registers one handler per channel and validates
 * every payload (see `src/main/ipc-handlers.ts`). Types only: nothing here runs.
 */
import type { Result } from './result';

/** One file chosen for import, converted to canonical text, or refused with a reason. */
export type ImportedFile =
  | { name: string; ok: true; text: string; sizeBytes: number; format: string; encoding: string }
  | { name: string; ok: false; error: string };

/** What the user chose to import; `cancelled` when the dialog was closed. */
export interface ImportBatch {
  cancelled: boolean;
  files: ImportedFile[];
}

/** A text file the user chose to open (annotation exchange file, workspace file). */
export interface OpenedFile {
  name: string;
  content: string;
}

/** Kinds of files the save and open dialogs offer, which set their filters. */
export type FileKind = 'annotations' | 'workspace' | 'csv' | 'tsv';

/** A request to save text through a save dialog. */
export interface SaveRequest {
  suggestedName: string;
  kind: FileKind;
  content: string;
}

/** A request to save several tables into a folder the user picks. */
export interface SaveTablesRequest {
  files: { name: string; content: string }[];
}

/** A rolling snapshot of the workspace kept by the desktop app. */
export interface BackupInfo {
  name: string;
  createdAt: string;
  sizeBytes: number;
}

/** Why a backup is written. */
export type BackupReason = 'interval' | 'quit' | 'manual';

/** Commands the application menu sends to the renderer. */
export type MenuCommand =
  | 'import-documents'
  | 'import-annotations'
  | 'export-annotations'
  | 'export-library-annotations'
  | 'export-dataset'
  | 'export-workspace'
  | 'import-workspace'
  | 'restore-backup'
  | 'snapshot-for-quit'
  | 'undo'
  | 'redo';

/** The functions the preload exposes on `window.workbench`, one per channel. */
export interface WorkbenchApi {
  importDocuments(): Promise<Result<ImportBatch>>;
  openFile(kind: FileKind): Promise<Result<OpenedFile | null>>;
  saveFile(request: SaveRequest): Promise<Result<string | null>>;
  saveTables(request: SaveTablesRequest): Promise<Result<string | null>>;
  writeBackup(json: string, reason: BackupReason): Promise<Result<BackupInfo>>;
  listBackups(): Promise<Result<BackupInfo[]>>;
  readBackup(name: string): Promise<Result<string>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Channel names, one per invoke function. */
export const CHANNELS = {
  importDocuments: 'documents:import',
  openFile: 'file:open',
  saveFile: 'file:save',
  saveTables: 'file:save-tables',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  menuCommand: 'menu:command',
} as const;
