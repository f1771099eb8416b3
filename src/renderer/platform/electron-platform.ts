import type { WorkbenchApi } from '../../shared/ipc';
import { ok } from '../../shared/result';
import { convertBrowserFiles } from './convert-files';
import { runsOnMac, type DesktopShell, type Platform } from './platform';

/** The bridge the preload exposes, if this page runs inside the desktop app. */
export function desktopBridge(): WorkbenchApi | null {
  const candidate = (window as unknown as { workbench?: WorkbenchApi }).workbench;
  return candidate && typeof candidate.importDocuments === 'function' ? candidate : null;
}

/** The desktop shell over the bridge. */
function desktopShell(api: WorkbenchApi): DesktopShell {
  return {
    setMenuState: (state) => api.setMenuState(state),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenedDocuments(listener) {
      // Documents may have arrived before this page listened (a file opened with the app), so
      // take what is waiting now and again on every notice.
      const take = async () => {
        const batch = await api.takeOpenedDocuments();
        if (batch.ok && !batch.value.cancelled) listener(batch.value);
      };
      const stop = api.onOpenedDocuments(() => void take());
      void take();
      return stop;
    },
    onPrepareQuit: (prepare) =>
      api.onPrepareQuit(() => {
        void prepare()
          .catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }))
          .then((outcome) => api.quitPrepared(outcome));
      }),
    startupNotices: () => api.startupNotices(),
  };
}

/** The platform inside Electron: every file and dialog goes through the main process. */
export function electronPlatform(api: WorkbenchApi): Platform {
  return {
    kind: 'desktop',
    mac: runsOnMac(),
    importDocuments: () => api.importDocuments(),
    // Dropped files arrive as File objects in the page; they are converted here like in the
    // browser, with the same shared converter main uses.
    importDroppedFiles: async (files) => ok({ cancelled: false, files: await convertBrowserFiles(files) }),
    openFile: (kind) => api.openFile(kind),
    saveFile: (suggestedName, kind, content) => api.saveFile({ suggestedName, kind, content }),
    openBinaryFile: (kind) => api.openBinaryFile(kind),
    saveBinaryFile: (suggestedName, kind, bytes) => api.saveBinaryFile({ suggestedName, kind, bytes }),
    saveTables: (files) => api.saveTables({ files }),
    backups: {
      write: (json, reason) => api.writeBackup(json, reason),
      list: () => api.listBackups(),
      read: (name) => api.readBackup(name),
    },
    desktop: desktopShell(api),
    syncCredentials: {
      save: (credentials) => api.saveSyncCredentials(credentials),
      load: (origin, user) => api.loadSyncCredentials(origin, user),
      clear: () => api.clearSyncCredentials(),
    },
  };
}
