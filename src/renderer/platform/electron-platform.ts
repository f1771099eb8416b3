import type { WorkbenchApi } from '../../shared/ipc';
import { ok } from '../../shared/result';
import { convertBrowserFiles } from './convert-files';
import type { Platform } from './platform';

/** The bridge the preload exposes, if this page runs inside the desktop app. */
export function desktopBridge(): WorkbenchApi | null {
  const candidate = (window as unknown as { workbench?: WorkbenchApi }).workbench;
  return candidate && typeof candidate.importDocuments === 'function' ? candidate : null;
}

/** The platform inside Electron: every file and dialog goes through the main process. */
export function electronPlatform(api: WorkbenchApi): Platform {
  return {
    kind: 'desktop',
    importDocuments: () => api.importDocuments(),
    // Dropped files arrive as File objects in the page; they are converted here like in the
    // browser, with the same shared converter main uses.
    importDroppedFiles: async (files) => ok({ cancelled: false, files: await convertBrowserFiles(files) }),
    openFile: (kind) => api.openFile(kind),
    saveFile: (suggestedName, kind, content) => api.saveFile({ suggestedName, kind, content }),
    saveTables: (files) => api.saveTables({ files }),
    backups: {
      write: (json, reason) => api.writeBackup(json, reason),
      list: () => api.listBackups(),
      read: (name) => api.readBackup(name),
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
