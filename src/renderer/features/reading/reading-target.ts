/**
 * Where the menu's reading commands go: the reading view registers itself while it is shown
 * (one at a time), and the command handlers call it; without a reader a command says so.
 */

/** The reading commands of the menu definition that act on the open document in the reader. */
export interface ReadingCommands {
  /** Opens the search bar of the open document (or focuses it). */
  find(): void;
  selectSentence(): void;
  selectTurn(): void;
  excludeSelection(): void;
  /** Scrolls to a range of the text and selects it (a concordance line, a coded segment). */
  show(range: { start: number; end: number }): void;
}

/** The reader that takes reading commands now, if any. */
export class ReadingTarget {
  private current: { documentId: string; commands: ReadingCommands } | null = null;
  /** A range to show once the reader of its document is there. */
  private pending: { documentId: string; range: { start: number; end: number } } | null = null;

  /** Makes the reader of `documentId` the target; returns the function that unregisters it. */
  register(documentId: string, commands: ReadingCommands): () => void {
    const entry = { documentId, commands };
    this.current = entry;
    const pending = this.pending;
    if (pending && pending.documentId === documentId) {
      this.pending = null;
      commands.show(pending.range);
    }
    return () => {
      if (this.current === entry) this.current = null;
    };
  }

  get(): ReadingCommands | null {
    return this.current?.commands ?? null;
  }

  /** Shows a range of a document: at once when its reader is there, else when it registers. */
  show(documentId: string, range: { start: number; end: number }): void {
    if (this.current?.documentId === documentId) this.current.commands.show(range);
    else this.pending = { documentId, range };
  }
}
