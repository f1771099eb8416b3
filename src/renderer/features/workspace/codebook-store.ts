import { sortCategories } from '../../../shared/codebook';
import type { Change } from '../../../shared/edit';
import type { Category } from '../../../shared/model';

/**
 * The codebook held in memory, in codebook order. It is loaded from the database and then
 * follows every edit the history applies, at once, so that the toolbar, the editor and the
 * panel never show a codebook older than the last action (reading it back from the database
 * after each write let a quick second edit start from stale values).
 */
export class CodebookStore {
  private byId = new Map<string, Category>();
  private sorted: Category[] = [];
  private readonly listeners = new Set<() => void>();
  /** Increases with every change; React reads it through `useSyncExternalStore`. */
  version = 0;

  /** The categories in codebook order (the same array until the next change). */
  list(): Category[] {
    return this.sorted;
  }

  get(id: string): Category | undefined {
    return this.byId.get(id);
  }

  /** Replaces everything (on start and after a workspace restore). */
  replace(categories: readonly Category[]): void {
    this.byId = new Map(categories.map((c) => [c.id, c]));
    this.changed();
  }

  /** Applies the `after` side of category changes. */
  apply(changes: readonly Change<Category>[]): void {
    if (changes.length === 0) return;
    for (const { before, after } of changes) {
      if (after) this.byId.set(after.id, after);
      else if (before) this.byId.delete(before.id);
    }
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.sorted = sortCategories([...this.byId.values()]);
    this.version++;
    for (const l of this.listeners) l();
  }
}
