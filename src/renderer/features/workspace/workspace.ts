import type { Edit } from '../../../shared/edit';
import type { DocumentRecord } from '../../../shared/model';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { DocumentSession } from './document-session';
import { History } from './history';

/** A line for the status bar; `error` ones are announced assertively. */
export interface StatusMessage {
  text: string;
  kind: 'info' | 'error';
  /** Increases so that the same sentence twice is still announced. */
  serial: number;
}

/**
 * The renderer's controller: the repository, the open document's session, undo history and
 * the status line. React components read it through hooks and call its methods from event
 * handlers; it holds no React state itself.
 */
export class Workspace {
  readonly history: History;
  session: DocumentSession | null = null;
  document: DocumentRecord | null = null;
  coder = '';
  status: StatusMessage = { text: '', kind: 'info', serial: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly statusListeners = new Set<() => void>();
  /** Increases when the open document or coder changes. */
  version = 0;
  /** Set when data changed since the last backup. */
  dirty = false;
  /** Work not yet handed to the history (a memo being typed): run by `flush`. */
  private readonly flushers = new Set<() => void | Promise<void>>();

  constructor(readonly repo: Repository, readonly platform: Platform) {
    this.history = new History({
      applyInMemory: (edit) => this.applyInMemory(edit),
      persist: (edit) => this.repo.applyEdit(edit),
    });
  }

  private applyInMemory(edit: Edit): void {
    this.session?.apply(edit);
    this.dirty = true;
    const closed = edit.documents?.find((c) => c.before?.id === this.document?.id && !c.after);
    if (closed) this.close();
  }

  private notify(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Listens to the status line only. Kept apart from `subscribe` so that a sentence (one per
   * tag) re-renders the status bar, not the library and the reader.
   */
  subscribeStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Shows a sentence in the status line and announces it to screen readers. */
  say(text: string, kind: StatusMessage['kind'] = 'info'): void {
    this.status = { text, kind, serial: this.status.serial + 1 };
    for (const l of this.statusListeners) l();
  }

  /** Reports a failure in words; returns false so handlers can `return workspace.failed(e)`. */
  failed(error: unknown, what: string): false {
    const detail = error instanceof Error ? error.message : String(error);
    const quota = /quota/i.test(detail) || (error instanceof Error && error.name === 'QuotaExceededError');
    this.say(
      quota
        ? `${what} failed: the disk or the browser's storage quota is full. Nothing was changed; free some space and try again.`
        : `${what} failed: ${detail} Nothing was changed.`,
      'error',
    );
    return false;
  }

  /** Opens a document in the reader, loading its annotations. */
  async open(id: string): Promise<void> {
    const document = await this.repo.document(id);
    if (!document) {
      this.say('That document is no longer in the library.', 'error');
      return;
    }
    const annotations = await this.repo.annotationsOf(id);
    this.document = document;
    this.session = new DocumentSession(id, annotations);
    this.notify();
    const now = new Date().toISOString();
    this.repo.touchDocument(id, now).catch(() => undefined); // a missed "last opened" loses nothing
  }

  /** Reloads the open document's annotations from the database (after an import). */
  async reload(): Promise<void> {
    if (!this.session) return;
    this.session.replace(await this.repo.annotationsOf(this.session.documentId));
  }

  /** Closes the reader. */
  close(): void {
    this.document = null;
    this.session = null;
    this.notify();
  }

  async setCoder(name: string): Promise<void> {
    await this.repo.setSetting('coder', name);
    this.coder = name;
    this.notify();
  }

  /** Runs an undoable edit and reports failure in the status line; resolves to success. */
  async run(edit: Edit, announce?: string): Promise<boolean> {
    try {
      await this.history.run(edit);
      if (announce) this.say(announce);
      return true;
    } catch (error) {
      return this.failed(error, edit.label);
    }
  }

  /**
   * Registers work that holds user input not yet written (a memo field being typed in); `flush`
   * runs it. Returns the function that unregisters it.
   */
  onFlush(flusher: () => void | Promise<void>): () => void {
    this.flushers.add(flusher);
    return () => this.flushers.delete(flusher);
  }

  /**
   * Writes everything the user has typed: runs the registered flushers, then waits until every
   * queued edit is written. Called on blur, on switching documents, on `pagehide` and before quit.
   */
  async flush(): Promise<void> {
    await Promise.all([...this.flushers].map((f) => f()));
    await this.history.settled();
  }

  async undo(): Promise<void> {
    try {
      const label = await this.history.undo();
      this.say(label ? `Undone: ${label}.` : 'Nothing to undo.');
    } catch (error) {
      this.failed(error, 'Undo');
    }
  }

  async redo(): Promise<void> {
    try {
      const label = await this.history.redo();
      this.say(label ? `Redone: ${label}.` : 'Nothing to redo.');
    } catch (error) {
      this.failed(error, 'Redo');
    }
  }
}
