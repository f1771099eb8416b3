/**
 * Documents the researcher imported lately, registered with the operating system (the Dock
 * menu on macOS, the jump list on Windows) and kept in a list of the app's own for File → Open
 * recent on every system.
 */
import { readJsonFile, type JsonFileFs } from './json-file';

/** The part of Electron's `app` that talks to the operating system. */
export interface RecentOs {
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
}

/** How many documents the list keeps, newest first. */
export const MAX_RECENT_DOCUMENTS = 10;

/** The list, persisted in one JSON file. */
export class RecentDocuments {
  private paths: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly file: string,
    private readonly fs: JsonFileFs,
    private readonly os: RecentOs,
  ) {}

  /** Reads the saved list; an unreadable file gives an empty list. */
  async load(): Promise<void> {
    const value = await readJsonFile(this.fs, this.file);
    this.paths = Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT_DOCUMENTS) : [];
  }

  /** The documents, newest first. */
  list(): readonly string[] {
    return this.paths;
  }

  /** Called after every change (the menu is rebuilt). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Puts a document first (once), tells the operating system, and saves the list. */
  async add(path: string): Promise<void> {
    this.os.addRecentDocument(path);
    this.paths = [path, ...this.paths.filter((p) => p !== path)].slice(0, MAX_RECENT_DOCUMENTS);
    await this.persist();
  }

  /** Forgets every document, here and in the operating system. */
  async clear(): Promise<void> {
    this.os.clearRecentDocuments();
    this.paths = [];
    await this.persist();
  }

  private async persist(): Promise<void> {
    for (const listener of this.listeners) listener();
    // Losing the list costs convenience only; it is not worth an error message.
    await this.fs.writeFile(this.file, JSON.stringify(this.paths)).catch(() => undefined);
  }
}
