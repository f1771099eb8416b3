import type { BrowserWindow, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BinaryFileKind, FileKind, ImportBatch, ImportedFile, OpenedBinaryFile, OpenedFile, SaveBinaryRequest, SaveRequest, SaveTablesRequest } from '../shared/ipc';
import { ACCEPTED_EXTENSIONS } from '../shared/formats/convert';
import { MAX_IPC_BYTES, MAX_OPEN_BYTES } from '../shared/limits';
import { baseName } from '../shared/patterns';
import { writeFileAtomic } from '../node/atomic-write';
import { describeFsError, fsErrorCode } from '../node/fs-errors';
import { convertInWorker, readImportFiles } from './services/read-import-files';

const FILTERS: Record<FileKind, Electron.FileFilter[]> = {
  annotations: [{ name: 'W3C Web Annotation JSON', extensions: ['jsonld', 'json'] }],
  workspace: [{ name: 'Workbench workspace', extensions: ['json'] }],
  csv: [{ name: 'CSV table', extensions: ['csv'] }],
  tsv: [{ name: 'TSV table', extensions: ['tsv'] }],
  html: [{ name: 'Web page (report)', extensions: ['html', 'htm'] }],
  markdown: [{ name: 'Markdown (report)', extensions: ['md'] }],
  svg: [{ name: 'SVG picture', extensions: ['svg'] }],
  qdc: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }],
};

const BINARY_FILTERS: Record<BinaryFileKind, Electron.FileFilter[]> = {
  qdpx: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
  'refi-qda': [{ name: 'REFI-QDA project or codebook', extensions: ['qdpx', 'qdc'] }],
  png: [{ name: 'PNG picture', extensions: ['png'] }],
};

/** Electron's `dialog`, as far as the file services use it; a fake in tests. */
export interface DialogLike {
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** File-system operations of the file services; `node:fs/promises` and the atomic writer by default. */
export interface FileServicesFs {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

const nodeFs: FileServicesFs = {
  readFile: (path) => readFile(path),
  stat: (path) => stat(path),
  mkdir: (path, options) => mkdir(path, options),
  writeFile: (path, data) => writeFileAtomic(path, data),
};

/** What the file services need. */
export interface FileServicesDeps {
  dialog: DialogLike;
  window(): BrowserWindow | null;
  fs?: FileServicesFs;
  /** Told about each document imported through the dialog (recent documents). */
  imported?(path: string): void;
  /** Converts an imported file's bytes; by default in a worker thread with time and memory budgets (never on main's own thread). */
  convert?(name: string, bytes: Uint8Array): Promise<ImportedFile>;
}

/** The dialog-backed file services behind the IPC handlers. */
export interface FileServices {
  importDocuments(): Promise<ImportBatch>;
  openFile(kind: FileKind): Promise<OpenedFile | null>;
  saveFile(request: SaveRequest): Promise<string | null>;
  openBinaryFile(kind: BinaryFileKind): Promise<OpenedBinaryFile | null>;
  saveBinaryFile(request: SaveBinaryRequest): Promise<string | null>;
  saveTables(request: SaveTablesRequest): Promise<string | null>;
}

/**
 * Runs one file operation on `path`; a file-system error becomes a sentence naming that file
 * (not whichever file another call touched last).
 */
async function at<T>(path: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw fsErrorCode(error) ? new Error(describeFsError(error, path)) : error;
  }
}

/**
 * Electron dialogs in front of plain file operations: the renderer gets the contents of files
 * the user chose, never a path to open by itself.
 */
export function fileServices(deps: FileServicesDeps): FileServices {
  const fs = deps.fs ?? nodeFs;
  const convert = deps.convert ?? convertInWorker;
  const open = (options: OpenDialogOptions) => {
    const win = deps.window();
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  };
  const save = (options: SaveDialogOptions) => {
    const win = deps.window();
    return win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options);
  };
  /** Reads the one file the user picks with `filters`, refusing one over `maxBytes` before reading it. */
  const openChosen = async (filters: Electron.FileFilter[], maxBytes: number): Promise<OpenedBinaryFile | null> => {
    const chosen = await open({ properties: ['openFile'], filters });
    if (chosen.canceled || chosen.filePaths.length === 0) return null;
    const path = chosen.filePaths[0];
    const name = baseName(path);
    const info = await at(path, () => fs.stat(path));
    if (info.size > maxBytes) throw new Error(`“${name}” is ${Math.round(info.size / 1048576)} MB; files over ${maxBytes / 1048576} MB are not opened.`);
    return { name, bytes: await at(path, () => fs.readFile(path)) };
  };
  /** Writes `data` (atomically) where the user says; null when cancelled. */
  const saveChosen = async (suggestedName: string, filters: Electron.FileFilter[], data: string | Uint8Array): Promise<string | null> => {
    const chosen = await save({ defaultPath: suggestedName, filters });
    if (chosen.canceled || !chosen.filePath) return null;
    const path = chosen.filePath;
    await at(path, () => fs.writeFile(path, data));
    return path;
  };

  return {
    async importDocuments() {
      const chosen = await open({
        title: 'Import documents',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Documents', extensions: ACCEPTED_EXTENSIONS.map((e) => e.slice(1)) }],
      });
      if (chosen.canceled) return { cancelled: true, files: [] };
      const files = await readImportFiles(chosen.filePaths, { readFile: fs.readFile, stat: fs.stat, convert });
      files.forEach((file, i) => file.ok && deps.imported?.(chosen.filePaths[i]));
      return { cancelled: false, files };
    },
    async openFile(kind) {
      const file = await openChosen(FILTERS[kind], MAX_OPEN_BYTES);
      return file && { name: file.name, content: new TextDecoder().decode(file.bytes) };
    },
    async saveFile(request) {
      return saveChosen(request.suggestedName, FILTERS[request.kind], request.content);
    },
    openBinaryFile: (kind) => openChosen(BINARY_FILTERS[kind], MAX_IPC_BYTES),
    saveBinaryFile: (request) => saveChosen(request.suggestedName, BINARY_FILTERS[request.kind], request.bytes),
    async saveTables(request) {
      const chosen = await open({ title: 'Choose a folder for the dataset', properties: ['openDirectory', 'createDirectory'] });
      if (chosen.canceled || chosen.filePaths.length === 0) return null;
      const dir = chosen.filePaths[0];
      await at(dir, () => fs.mkdir(dir, { recursive: true }));
      for (const file of request.files) {
        const path = join(dir, file.name);
        await at(path, () => fs.writeFile(path, file.content));
      }
      return dir;
    },
  };
}

/** A thrown error as a sentence: ours are sentences already; anything else gets a general one. */
export function describeMainError(error: unknown): string {
  if (fsErrorCode(error)) return describeFsError(error);
  return error instanceof Error ? error.message : 'Something went wrong in the desktop app. Try again.';
}
