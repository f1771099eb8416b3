import type { BackupInfo, BackupReason, FileKind, ImportBatch, MenuCommand, OpenedFile } from '../../shared/ipc';
import type { Result } from '../../shared/result';

/**
 * Everything the renderer needs from the outside world. Two implementations: the Electron
 * bridge (`electron-platform.ts`, the only module that touches `window.workbench`) and the
 * browser fallback (`browser-platform.ts`: a file input for opening, a download for saving).
 */
export interface Platform {
  /** "desktop" inside Electron, "browser" in a plain tab. */
  readonly kind: 'desktop' | 'browser';
  /** Lets the user choose documents and converts them to canonical text. */
  importDocuments(): Promise<Result<ImportBatch>>;
  /** Converts files dropped on the window (browser only; the desktop app reads drops the same way). */
  importDroppedFiles(files: File[]): Promise<Result<ImportBatch>>;
  openFile(kind: FileKind): Promise<Result<OpenedFile | null>>;
  /** Saves text; resolves to where it went (a path, or the download name), or null if cancelled. */
  saveFile(suggestedName: string, kind: FileKind, content: string): Promise<Result<string | null>>;
  saveTables(files: { name: string; content: string }[]): Promise<Result<string | null>>;
  /** Rolling backups exist only in the desktop app. */
  readonly backups: {
    write(json: string, reason: BackupReason): Promise<Result<BackupInfo>>;
    list(): Promise<Result<BackupInfo[]>>;
    read(name: string): Promise<Result<string>>;
  } | null;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
