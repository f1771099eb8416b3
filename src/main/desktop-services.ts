import { dialog, type BrowserWindow } from 'electron';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileKind } from '../shared/ipc';
import type { MainServices } from './ipc-handlers';
import { writeFileAtomic } from '../node/atomic-write';
import { BackupStore } from './services/backups';
import { describeFsError } from '../node/fs-errors';
import { readImportFiles } from './services/read-import-files';
import { convertOffThread } from '../node/convert-off-thread';
import { ACCEPTED_EXTENSIONS } from '../shared/formats/convert';
import { MAX_OPEN_BYTES } from '../shared/limits';

/** The worker that converts imported files, built beside the main bundle (electron.vite.config.ts). */
const CONVERT_WORKER = join(__dirname, 'convert-worker.js');

const FILTERS: Record<FileKind, Electron.FileFilter[]> = {
  annotations: [{ name: 'W3C Web Annotation JSON', extensions: ['jsonld', 'json'] }],
  workspace: [{ name: 'Workbench workspace', extensions: ['json'] }],
  csv: [{ name: 'CSV table', extensions: ['csv'] }],
  tsv: [{ name: 'TSV table', extensions: ['tsv'] }],
};


/**
 * The services behind the IPC handlers in the desktop app: Electron dialogs in front of the
 * plain Node services in `services/`.
 */
export function desktopServices(window: () => BrowserWindow | null, userData: string): MainServices {
  const backups = new BackupStore({ dir: join(userData, 'backups') });
  let lastPath = '';
  const describe = (error: unknown) => describeFsError(error, lastPath || undefined);

  return {
    async importDocuments() {
      const win = window();
      const options: Electron.OpenDialogOptions = {
        title: 'Import documents',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Documents', extensions: ACCEPTED_EXTENSIONS.map((e) => e.slice(1)) }],
      };
      const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (chosen.canceled) return { cancelled: true, files: [] };
      return { cancelled: false, files: await readImportFiles(chosen.filePaths, { readFile, stat, convert: (name, bytes) => convertOffThread(CONVERT_WORKER, name, bytes) }) };
    },
    async openFile(kind) {
      const win = window();
      const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: FILTERS[kind] };
      const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (chosen.canceled || chosen.filePaths.length === 0) return null;
      lastPath = chosen.filePaths[0];
      const info = await stat(lastPath);
      if (info.size > MAX_OPEN_BYTES)
        throw new Error(`“${basename(lastPath)}” is ${Math.round(info.size / 1048576)} MB; files over 200 MB are not opened.`);
      return { name: basename(lastPath), content: await readFile(lastPath, 'utf8') };
    },
    async saveFile(suggestedName, kind, content) {
      const win = window();
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: FILTERS[kind] };
      const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return null;
      lastPath = chosen.filePath;
      await writeFileAtomic(chosen.filePath, content);
      return chosen.filePath;
    },
    async saveTables(files) {
      const win = window();
      const options: Electron.OpenDialogOptions = {
        title: 'Choose a folder for the dataset',
        properties: ['openDirectory', 'createDirectory'],
      };
      const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (chosen.canceled || chosen.filePaths.length === 0) return null;
      const dir = chosen.filePaths[0];
      await mkdir(dir, { recursive: true });
      for (const file of files) {
        lastPath = join(dir, file.name);
        await writeFileAtomic(lastPath, file.content);
      }
      return dir;
    },
    writeBackup: (json, reason) => backups.write(json, reason),
    listBackups: () => backups.list(),
    readBackup: (name) => backups.read(name),
    describeError: (error) => (error instanceof Error && !('code' in error) ? error.message : describe(error)),
  };
}
