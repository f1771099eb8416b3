/**
 * The one IPC contract between the renderer and the main process. `WorkbenchApi` is what the
 * preload exposes as `window.workbench`; the channel maps below are checked against it with
 * `satisfies`, main's payload schemas against its argument types (`src/main/ipc-schemas.ts`),
 * and the renderer's `Platform` takes its types from it, so a channel cannot be added in one
 * place and forgotten in another. Types and names only: nothing here runs.
 */
import type { MenuState, RendererCommand } from './menu/commands';
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

/** Kinds of text files the save and open dialogs offer, which set their filters. */
export type FileKind = 'annotations' | 'workspace' | 'csv' | 'tsv' | 'qdc' | 'html' | 'markdown' | 'svg';

/**
 * Kinds of binary files: `qdpx` a REFI-QDA project; `refi-qda` (for opening) a project or a
 * `.qdc` codebook; `png` a picture (the analysis views' exports).
 */
export type BinaryFileKind = 'qdpx' | 'refi-qda' | 'png';

/** A binary file the user chose to open, as its bytes. */
export interface OpenedBinaryFile {
  name: string;
  bytes: Uint8Array;
}

/** A request to save bytes through a save dialog (at most `MAX_IPC_BYTES`). */
export interface SaveBinaryRequest {
  suggestedName: string;
  kind: BinaryFileKind;
  bytes: Uint8Array;
}

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

/** How the renderer's part of quitting went: pending edits written and the last backup made, or why not. */
export type QuitPreparation = { ok: true } | { ok: false; error: string };

/** Commands the application menu sends to the renderer (the menu definition's renderer commands). */
export type MenuCommand = RendererCommand;

/** Team sync credentials the desktop app keeps (the password encrypted by main with `safeStorage`). */
export interface SyncCredentials {
  /** The server's origin (`https://couch.example.org`); the CSP opens `connect-src` to it. */
  origin: string;
  user: string;
  password: string;
}

/** Calls from the renderer to main: each resolves to a `Result`, never rejects. */
export interface InvokeApi {
  importDocuments(): Promise<Result<ImportBatch>>;
  openFile(kind: FileKind): Promise<Result<OpenedFile | null>>;
  saveFile(request: SaveRequest): Promise<Result<string | null>>;
  /** Like `openFile`, for files that are bytes (a `.qdpx` is a zip). */
  openBinaryFile(kind: BinaryFileKind): Promise<Result<OpenedBinaryFile | null>>;
  /** Like `saveFile`, for bytes; written atomically. */
  saveBinaryFile(request: SaveBinaryRequest): Promise<Result<string | null>>;
  saveTables(request: SaveTablesRequest): Promise<Result<string | null>>;
  writeBackup(json: string, reason: BackupReason): Promise<Result<BackupInfo>>;
  listBackups(): Promise<Result<BackupInfo[]>>;
  readBackup(name: string): Promise<Result<string>>;
  /** What the native menu's enabled states depend on. */
  setMenuState(state: MenuState): Promise<Result<null>>;
  /** Documents opened through the operating system (a second launch, Open With, recent documents), converted; emptied by the call. */
  takeOpenedDocuments(): Promise<Result<ImportBatch>>;
  /** Answers `onPrepareQuit`: the app quits (or closes the window) when this arrives. */
  quitPrepared(outcome: QuitPreparation): Promise<Result<null>>;
  /** Sentences main has for the user at start (a last backup that could not be finished). */
  startupNotices(): Promise<Result<string[]>>;
  /** Keeps team sync credentials (password encrypted with safeStorage); resolves to whether the CSP's sync origin changed (then the page must reload to use it). */
  saveSyncCredentials(credentials: SyncCredentials): Promise<Result<boolean>>;
  /** The password kept for this origin and user, or null. */
  loadSyncCredentials(origin: string, user: string): Promise<Result<string | null>>;
  /** Forgets the credentials and closes the CSP's sync origin. */
  clearSyncCredentials(): Promise<Result<null>>;
}

/** Messages from main to the renderer; each returns the function that stops listening. */
export interface EventApi {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Documents are waiting: call `takeOpenedDocuments`. */
  onOpenedDocuments(listener: () => void): () => void;
  /** The app is about to quit or close the window: write pending edits and the last backup, then call `quitPrepared`. */
  onPrepareQuit(listener: () => void): () => void;
}

/** The functions the preload exposes on `window.workbench`, one per channel. */
export type WorkbenchApi = InvokeApi & EventApi;

/** Names of the invoke functions. */
export type InvokeName = keyof InvokeApi;

/** The arguments of an invoke function. */
export type InvokeArgs<K extends InvokeName> = Parameters<InvokeApi[K]>;

/** The value inside the `Result` an invoke function resolves to. */
export type InvokeValue<K extends InvokeName> = Awaited<ReturnType<InvokeApi[K]>> extends Result<infer T> ? T : never;

/** Channel of each invoke function (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const INVOKE_CHANNELS = {
  importDocuments: 'documents:import',
  openFile: 'file:open',
  saveFile: 'file:save',
  openBinaryFile: 'file:open-binary',
  saveBinaryFile: 'file:save-binary',
  saveTables: 'file:save-tables',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  setMenuState: 'menu:state',
  takeOpenedDocuments: 'documents:take-opened',
  quitPrepared: 'app:quit-prepared',
  startupNotices: 'app:startup-notices',
  saveSyncCredentials: 'sync:save-credentials',
  loadSyncCredentials: 'sync:load-credentials',
  clearSyncCredentials: 'sync:clear-credentials',
} as const satisfies Record<InvokeName, string>;

/** Channel of each event (`webContents.send` / `ipcRenderer.on`). */
export const EVENT_CHANNELS = {
  onMenuCommand: 'menu:command',
  onOpenedDocuments: 'documents:opened',
  onPrepareQuit: 'app:prepare-quit',
} as const satisfies Record<keyof EventApi, string>;
