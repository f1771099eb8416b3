import { contextBridge, ipcRenderer } from 'electron';
import { isRendererCommand } from '../shared/menu/commands';
import { EVENT_CHANNELS, INVOKE_CHANNELS as C, type WorkbenchApi } from '../shared/ipc';

/** Subscribes to a main-to-renderer event without handing the page the IPC event object. */
function listen(channel: string, listener: (...args: unknown[]) => void): () => void {
  const wrapped = (_event: unknown, ...args: unknown[]) => listener(...args);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

/**
 * The bridge: exactly one function per channel of the IPC contract (`src/shared/ipc.ts`),
 * exposed as `window.workbench`. `ipcRenderer` itself never reaches the page.
 */
const api = {
  importDocuments: () => ipcRenderer.invoke(C.importDocuments),
  openFile: (kind) => ipcRenderer.invoke(C.openFile, kind),
  saveFile: (request) => ipcRenderer.invoke(C.saveFile, request),
  openBinaryFile: (kind) => ipcRenderer.invoke(C.openBinaryFile, kind),
  saveBinaryFile: (request) => ipcRenderer.invoke(C.saveBinaryFile, request),
  saveTables: (request) => ipcRenderer.invoke(C.saveTables, request),
  writeBackup: (json, reason) => ipcRenderer.invoke(C.writeBackup, json, reason),
  listBackups: () => ipcRenderer.invoke(C.listBackups),
  readBackup: (name) => ipcRenderer.invoke(C.readBackup, name),
  setMenuState: (state) => ipcRenderer.invoke(C.setMenuState, state),
  takeOpenedDocuments: () => ipcRenderer.invoke(C.takeOpenedDocuments),
  quitPrepared: (outcome) => ipcRenderer.invoke(C.quitPrepared, outcome),
  startupNotices: () => ipcRenderer.invoke(C.startupNotices),
  saveSyncCredentials: (credentials) => ipcRenderer.invoke(C.saveSyncCredentials, credentials),
  loadSyncCredentials: (origin, user) => ipcRenderer.invoke(C.loadSyncCredentials, origin, user),
  clearSyncCredentials: () => ipcRenderer.invoke(C.clearSyncCredentials),
  onMenuCommand: (listener) =>
    listen(EVENT_CHANNELS.onMenuCommand, (command) => {
      if (isRendererCommand(command)) listener(command);
    }),
  onOpenedDocuments: (listener) => listen(EVENT_CHANNELS.onOpenedDocuments, () => listener()),
  onPrepareQuit: (listener) => listen(EVENT_CHANNELS.onPrepareQuit, () => listener()),
} satisfies WorkbenchApi;

contextBridge.exposeInMainWorld('workbench', api);
