import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { CHANNELS, type MenuCommand } from '../shared/ipc';
import { devServerUrl as readDevServerUrl } from './dev-server';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { desktopServices } from './desktop-services';
import { registerIpcHandlers } from './ipc-handlers';
import { menuTemplate } from './menu';
import { APP_ORIGIN, denyPermissions, enforceCsp, isAppUrl, lockDownApp } from './security';

/** Set by electron-vite while developing; never read by the built app. */
const devServerUrl = readDevServerUrl();
/** How long quitting waits for the renderer's last backup. */
const QUIT_BACKUP_TIMEOUT_MS = 5000;

// Tests and power users can point the app at another profile folder.
if (process.env.WORKBENCH_USER_DATA) app.setPath('userData', process.env.WORKBENCH_USER_DATA);

registerAppScheme();
lockDownApp(app, devServerUrl);

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Discourse Workbench',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  return win;
}

function send(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  win?.webContents.send(CHANNELS.menuCommand, command);
}

let quitBackupDone: (() => void) | null = null;
let quitting = false;

app.on('before-quit', (event) => {
  if (quitting || !mainWindow) return;
  // Ask the renderer for a last snapshot, then quit when it arrives or after a timeout.
  event.preventDefault();
  quitting = true;
  const timer = setTimeout(() => app.quit(), QUIT_BACKUP_TIMEOUT_MS);
  quitBackupDone = () => {
    clearTimeout(timer);
    app.quit();
  };
  send('snapshot-for-quit');
});

app.whenReady().then(() => {
  denyPermissions(session.defaultSession);
  enforceCsp(session.defaultSession);
  serveRenderer(join(__dirname, '../renderer'));

  const services = desktopServices(() => mainWindow, app.getPath('userData'));
  const writeBackup = services.writeBackup;
  services.writeBackup = async (json, reason) => {
    try {
      return await writeBackup(json, reason);
    } finally {
      if (reason === 'quit') quitBackupDone?.();
    }
  };
  registerIpcHandlers(ipcMain, services, (url) => isAppUrl(url, devServerUrl));

  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin')));
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
