import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, session, shell } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_INFO } from '../shared/app-info';
import { EVENT_CHANNELS } from '../shared/ipc';
import { QUIT_BACKUP_TIMEOUT_MS } from '../shared/limits';
import { INITIAL_MENU_STATE, type MenuState, type RendererCommand } from '../shared/menu/commands';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { describeMainError, fileServices } from './desktop-services';
import { devServerUrl as readDevServerUrl } from './dev-server';
import { registerIpcHandlers, type MainServices } from './ipc-handlers';
import { menuTemplate } from './menu';
import { APP_ORIGIN, denyPermissions, enforceCsp, isAppUrl, lockDownApp } from './security';
import { BackupStore } from './services/backups';
import { nodeJsonFileFs } from './services/json-file';
import { OpenedDocuments } from './services/opened-documents';
import { QuitNotices, QuitSequence } from './services/quit-sequence';
import { readImportFiles } from './services/read-import-files';
import { RecentDocuments } from './services/recent-documents';
import { claimSingleInstance, documentPathsFromArgv } from './services/single-instance';
import { SyncCredentialStore } from './services/sync-credentials';
import { realTimers } from './services/timers';
import { placeWindow, WINDOW_SIZES, WindowStateStore } from './services/window-state';

/**
 * The desktop app's main process: wires Electron to the services in `services/`, which are
 * plain code tested under Node. Main owns windows, menus, files and dialogs; the renderer owns
 * the data.
 */

/** Set by electron-vite while developing; never read by the built app. */
const devServerUrl = readDevServerUrl();

// Tests and power users can point the app at another profile folder.
if (process.env.WORKBENCH_USER_DATA) app.setPath('userData', process.env.WORKBENCH_USER_DATA);

let mainWindow: BrowserWindow | null = null;
const liveWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function sendToWindow(channel: string, ...args: unknown[]): boolean {
  const win = liveWindow();
  if (!win || win.webContents.isCrashed()) return false;
  win.webContents.send(channel, ...args);
  return true;
}

const userData = () => app.getPath('userData');
const opened = new OpenedDocuments({
  read: (paths) => readImportFiles(paths, { readFile, stat }),
  notify: () => void sendToWindow(EVENT_CHANNELS.onOpenedDocuments),
  opened: (path) => void recent?.add(path),
});
let recent: RecentDocuments | null = null;
let menuState: MenuState = INITIAL_MENU_STATE;

const quit = new QuitSequence({
  askRenderer: () => sendToWindow(EVENT_CHANNELS.onPrepareQuit),
  recordIncomplete: (reason) => new QuitNotices(join(userData(), 'quit-notice.json'), nodeJsonFileFs).record(reason),
  timeoutMs: QUIT_BACKUP_TIMEOUT_MS,
  timers: realTimers,
});

function focusWindow(): void {
  const win = liveWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

function rebuildMenu(): void {
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    state: menuState,
    recent: recent?.list() ?? [],
    send: (command: RendererCommand) => void sendToWindow(EVENT_CHANNELS.onMenuCommand, command),
    openRecent: (path) => opened.add([path]),
    actions: {
      about: () => app.showAboutPanel(),
      'open-data-folder': () => void shell.openPath(userData()),
      'clear-recent': () => void recent?.clear(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(windowState: WindowStateStore): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  const placement = placeWindow(await windowState.load(), [primary.workArea, ...others.map((d) => d.workArea)]);
  const win = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: WINDOW_SIZES.minWidth,
    minHeight: WINDOW_SIZES.minHeight,
    title: APP_INFO.name,
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
  if (placement.maximized) win.maximize();
  windowState.track(win);
  quit.reset();
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (quit.intercept(() => win.destroy())) event.preventDefault();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

/** Team sync credentials (safeStorage), and the sync origin the CSP opens, read at start. */
let syncStore: SyncCredentialStore | null = null;
let syncOrigin: string | null = null;

function services(): MainServices {
  const sync = syncStore!;
  const backups = new BackupStore({ dir: join(userData(), 'backups') });
  const notices = new QuitNotices(join(userData(), 'quit-notice.json'), nodeJsonFileFs);
  return {
    ...fileServices({ dialog, window: liveWindow, imported: (path) => void recent?.add(path) }),
    writeBackup: (json, reason) => backups.write(json, reason),
    listBackups: () => backups.list(),
    readBackup: (name) => backups.read(name),
    async setMenuState(state) {
      menuState = state;
      rebuildMenu();
      return null;
    },
    takeOpenedDocuments: () => opened.take(),
    async quitPrepared(outcome) {
      await quit.prepared(outcome);
      return null;
    },
    startupNotices: () => notices.take(),
    async saveSyncCredentials(credentials) {
      await sync.save(credentials);
      const changed = syncOrigin !== credentials.origin;
      syncOrigin = credentials.origin;
      return changed;
    },
    loadSyncCredentials: (origin, user) => sync.password(origin, user),
    async clearSyncCredentials() {
      await sync.clear();
      syncOrigin = null;
      return null;
    },
    describeError: describeMainError,
  };
}

function start(): void {
  registerAppScheme();
  lockDownApp(app, devServerUrl);
  const single = claimSingleInstance(app, { openPaths: (paths) => opened.add(paths), focus: focusWindow });
  if (!single) {
    // Another workbench is running and has been handed this launch's documents.
    app.quit();
    return;
  }
  opened.add(documentPathsFromArgv(process.argv, process.cwd()));
  app.setAboutPanelOptions({ applicationName: APP_INFO.name, applicationVersion: APP_INFO.version });

  app.on('before-quit', (event) => {
    if (quit.intercept(() => app.quit())) event.preventDefault();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    denyPermissions(session.defaultSession);
    syncStore = new SyncCredentialStore(join(userData(), 'sync-credentials.json'), nodeJsonFileFs, safeStorage);
    syncOrigin = await syncStore.origin();
    enforceCsp(session.defaultSession, () => syncOrigin);
    serveRenderer(join(__dirname, '../renderer'), () => syncOrigin);
    recent = new RecentDocuments(join(userData(), 'recent-documents.json'), nodeJsonFileFs, app);
    await recent.load();
    recent.onChange(rebuildMenu);
    registerIpcHandlers(ipcMain, services(), (url) => isAppUrl(url, devServerUrl));
    rebuildMenu();
    const windowState = new WindowStateStore(join(userData(), 'window-state.json'), nodeJsonFileFs);
    mainWindow = await createWindow(windowState);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow(windowState).then((win) => (mainWindow = win));
    });
  });
}

start();
