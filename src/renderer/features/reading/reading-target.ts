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
}

/** The reader that takes reading commands now, if any. */
export class ReadingTarget {
  private current: ReadingCommands | null = null;

  /** Makes `commands` the target; returns the function that unregisters it. */
  register(commands: ReadingCommands): () => void {
    this.current = commands;
    return () => {
      if (this.current === commands) this.current = null;
    };
  }

  get(): ReadingCommands | null {
    return this.current;
  }
}
