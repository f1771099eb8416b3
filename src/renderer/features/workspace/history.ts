import { invertEdit, mergeEdits, recordKeysOf, type Edit } from '../../../shared/edit';

/** Options of `History.run`. */
export interface RunOptions {
  /**
   * Edits run with the same key, one after another with nothing in between, make one undo
   * step (a memo typed in several saves). Any other action, undo or redo ends the stretch.
   */
  stretch?: string;
}

/** Where an edit is applied: in memory first (instant feedback), then in the database. */
export interface EditTarget {
  applyInMemory(edit: Edit): void;
  /** Writes the edit; `pulled`: it came from the team's server at these revisions (see `applyPulled`). */
  persist(edit: Edit, pulled?: PulledRevision[]): Promise<void>;
}

/** A CouchDB document and the revision of it that a pulled edit brings. */
export interface PulledRevision {
  docId: string;
  rev: string;
}

/**
 * Undo and redo for every annotation and codebook action. `run`, `undo` and `redo` each apply
 * an edit in memory, write it to the database in one transaction, and roll the memory back if
 * the write fails (the error reaches the caller, which tells the user). Edits run one at a
 * time, in order.
 */
export class History {
  private undoStack: Edit[] = [];
  /** The stretch key of the edit on top of the undo stack, if it was run with one. */
  private topStretch: string | null = null;
  private redoStack: Edit[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  /** Increases with every change of the stacks. */
  version = 0;

  constructor(private readonly target: EditTarget, private readonly limit = 500) {}

  private notify(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  private async perform(edit: Edit, pulled?: PulledRevision[]): Promise<void> {
    // The write is started first, so that the database works while the page draws the change;
    // the memory is rolled back if the write then fails.
    const written = this.target.persist(edit, pulled);
    try {
      this.target.applyInMemory(edit);
    } catch (error) {
      await written.catch(() => undefined);
      throw error;
    }
    try {
      await written;
    } catch (error) {
      this.target.applyInMemory(invertEdit(edit));
      throw error;
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Does a new action; it becomes undoable and clears the redo stack. With `stretch`, it joins
   * the step on top of the undo stack when that step was run with the same key.
   */
  run(edit: Edit, options: RunOptions = {}): Promise<void> {
    return this.enqueue(async () => {
      await this.perform(edit);
      const stretch = options.stretch ?? null;
      const top = this.undoStack.at(-1);
      if (stretch !== null && top && this.topStretch === stretch && this.redoStack.length === 0) {
        this.undoStack[this.undoStack.length - 1] = mergeEdits(top, edit);
      } else {
        this.undoStack.push(edit);
        if (this.undoStack.length > this.limit) this.undoStack.shift();
      }
      this.topStretch = stretch;
      this.redoStack = [];
      this.notify();
    });
  }

  /**
   * Applies a change pulled from the team's server, in order with the local edits but outside
   * the undo history: it is not undoable here (it is someone else's work). A local step that
   * touched a record the change brings would, undone or redone, overwrite it: such steps are set
   * aside, with every undo step before the newest of them (an older step may be what a newer
   * one built on) and the whole redo stack when a redo step is one. Resolves to the number of
   * steps set aside.
   */
  applyPulled(edit: Edit, revisions: PulledRevision[]): Promise<number> {
    return this.enqueue(async () => {
      await this.perform(edit, revisions);
      const pulled = recordKeysOf(edit);
      const meets = (step: Edit) => [...recordKeysOf(step)].some((k) => pulled.has(k));
      let newest = -1;
      this.undoStack.forEach((step, i) => {
        if (meets(step)) newest = i;
      });
      const redoMeets = this.redoStack.some(meets);
      const setAside = newest + 1 + (redoMeets ? this.redoStack.length : 0);
      if (setAside === 0) return 0;
      this.undoStack = this.undoStack.slice(newest + 1);
      if (this.undoStack.length === 0) this.topStretch = null;
      if (redoMeets) this.redoStack = [];
      this.notify();
      return setAside;
    });
  }

  /** Undoes the last action; resolves to its label, or null when there was nothing to undo. */
  undo(): Promise<string | null> {
    return this.enqueue(async () => {
      const edit = this.undoStack.at(-1);
      if (!edit) return null;
      await this.perform(invertEdit(edit));
      this.undoStack.pop();
      this.topStretch = null;
      this.redoStack.push(edit);
      this.notify();
      return edit.label;
    });
  }

  /** Redoes the last undone action; resolves to its label, or null. */
  redo(): Promise<string | null> {
    return this.enqueue(async () => {
      const edit = this.redoStack.at(-1);
      if (!edit) return null;
      await this.perform(edit);
      this.redoStack.pop();
      this.topStretch = null;
      this.undoStack.push(edit);
      this.notify();
      return edit.label;
    });
  }

  /** Resolves when every edit queued so far has been written or has failed (never rejects). */
  settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** Labels of the next undo and redo, for menus and buttons. */
  peek(): { undo: string | null; redo: string | null } {
    return { undo: this.undoStack.at(-1)?.label ?? null, redo: this.redoStack.at(-1)?.label ?? null };
  }

  /** Forgets everything (after a workspace restore). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.topStretch = null;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
