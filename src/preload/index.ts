import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, type MenuCommand, type WorkbenchApi } from '../shared/ipc';

/**
 * The bridge: exactly one function per channel of the IPC contract, exposed as
 * `window.workbench`. `ipcRenderer` itself never reaches the page.
 */
const api: WorkbenchApi = {
  importDocuments: () => ipcRenderer.invoke(CHANNELS.importDocuments),
  openFile: (kind) => ipcRenderer.invoke(CHANNELS.openFile, kind),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  saveTables: (request) => ipcRenderer.invoke(CHANNELS.saveTables, request),
  writeBackup: (json, reason) => ipcRenderer.invoke(CHANNELS.writeBackup, json, reason),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, name),
  onMenuCommand(listener) {
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, wrapped);
    return () => ipcRenderer.removeListener(CHANNELS.menuCommand, wrapped);
  },
};

contextBridge.exposeInMainWorld('workbench', api);
