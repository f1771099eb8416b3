import type { BinaryFileKind, FileKind, ImportBatch, InvokeApi, MenuCommand, QuitPreparation } from '../../shared/ipc';
import type { MenuState } from '../../shared/menu/commands';
import type { Result } from '../../shared/result';

/** The result type of a contract function, so the renderer's types follow `src/shared/ipc.ts`. */
type Returns<K extends keyof InvokeApi> = ReturnType<InvokeApi[K]>;

/**
 * What only the desktop app has: its native menu, documents opened through the operating
 * system, and the quit sequence. Null in the browser twin.
 */
export interface DesktopShell {
  /** Tells the native menu what is enabled. */
  setMenuState(state: MenuState): Returns<'setMenuState'>;
  /** Commands chosen in the native menu (or by its shortcuts). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Documents opened through the operating system, now and whenever more arrive. */
  onOpenedDocuments(listener: (batch: ImportBatch) => void): () => void;
  /**
   * Runs `prepare` (write pending edits and a last backup) when the app is about to quit or
   * close the window, and tells main how it went.
   */
  onPrepareQuit(prepare: () => Promise<QuitPreparation>): () => void;
  /** Sentences main has for the user at start. */
  startupNotices(): Returns<'startupNotices'>;
}

/**
 * Everything the renderer needs from the outside world. Two implementations: the Electron
 * bridge (`electron-platform.ts`, the only module that touches `window.workbench`) and the
 * browser fallback (`browser-platform.ts`: a file input for opening, a download for saving).
 */
export interface Platform {
  /** "desktop" inside Electron, "browser" in a plain tab. */
  readonly kind: 'desktop' | 'browser';
  /** True on macOS, where shortcuts use ⌘ instead of Ctrl. */
  readonly mac: boolean;
  /** Lets the user choose documents and converts them to canonical text. */
  importDocuments(): Returns<'importDocuments'>;
  /** Converts files dropped on the window (the desktop app reads drops the same way). */
  importDroppedFiles(files: File[]): Promise<Result<ImportBatch>>;
  openFile(kind: FileKind): Returns<'openFile'>;
  /** Saves text; resolves to where it went (a path, or the download name), or null if cancelled. */
  saveFile(suggestedName: string, kind: FileKind, content: string): Returns<'saveFile'>;
  /** Lets the user choose a binary file (a `.qdpx`, or with `refi-qda` also a `.qdc`) and gives its bytes; null if cancelled. */
  openBinaryFile(kind: BinaryFileKind): Returns<'openBinaryFile'>;
  /** Saves bytes (atomically on the desktop, as a download in the browser); resolves like `saveFile`. */
  saveBinaryFile(suggestedName: string, kind: BinaryFileKind, bytes: Uint8Array): Returns<'saveBinaryFile'>;
  saveTables(files: { name: string; content: string }[]): Returns<'saveTables'>;
  /** Rolling backups exist only in the desktop app. */
  readonly backups: {
    write: InvokeApi['writeBackup'];
    list: InvokeApi['listBackups'];
    read: InvokeApi['readBackup'];
  } | null;
  /** The desktop app's shell; null in the browser twin. */
  readonly desktop: DesktopShell | null;
  /**
   * Where the desktop app keeps team sync credentials (main, with safeStorage); null in the
   * browser twin, which keeps the password in memory for the page's session only.
   */
  readonly syncCredentials?: {
    save: InvokeApi['saveSyncCredentials'];
    load: InvokeApi['loadSyncCredentials'];
    clear: InvokeApi['clearSyncCredentials'];
  } | null;
}

/** True when the page runs on macOS (for ⌘ in shortcuts). */
export function runsOnMac(): boolean {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  return /mac/i.test(nav?.userAgentData?.platform ?? nav?.platform ?? '');
}
