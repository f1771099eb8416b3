/**
 * Documents opened through the operating system (a second launch, Open With, a recent
 * document), held until the renderer takes them. The renderer is told that some are waiting
 * and asks for them, so documents that arrive before the window has loaded are not lost.
 */
import type { ImportBatch, ImportedFile } from '../../shared/ipc';

/** What the queue needs. */
export interface OpenedDocumentsDeps {
  /** Reads and converts files (`readImportFiles` with the real file system). */
  read(paths: string[]): Promise<ImportedFile[]>;
  /** Tells the renderer that documents are waiting (no-op while there is no window). */
  notify(): void;
  /** Called with each path that was read successfully (recent documents). */
  opened?(path: string): void;
}

/** The queue of opened paths. */
export class OpenedDocuments {
  private pending: string[] = [];

  constructor(private readonly deps: OpenedDocumentsDeps) {}

  /** Queues paths (duplicates of waiting ones are dropped) and tells the renderer. */
  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.pending.includes(path)) this.pending.push(path);
    if (this.pending.length > 0) this.deps.notify();
  }

  /** True while paths wait. */
  get waiting(): boolean {
    return this.pending.length > 0;
  }

  /** Reads and empties the queue; an empty queue gives a cancelled batch. */
  async take(): Promise<ImportBatch> {
    const paths = this.pending;
    this.pending = [];
    if (paths.length === 0) return { cancelled: true, files: [] };
    const files = await this.deps.read(paths);
    files.forEach((file, i) => {
      if (file.ok) this.deps.opened?.(paths[i]);
    });
    return { cancelled: false, files };
  }
}
