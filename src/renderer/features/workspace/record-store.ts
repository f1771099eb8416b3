import type { Change } from '../../../shared/edit';

/**
 * Records by id held in memory, in an order of their own: loaded at start, then following every
 * edit the history applies, at once, so that views never show records older than the last
 * action. The codebook and the coders are such stores.
 */
export class RecordStore<T extends { id: string }> {
  protected byId = new Map<string, T>();
  private sorted: T[] = [];
  private readonly listeners = new Set<() => void>();
  /** Increases with every change; React reads it through `useSyncExternalStore`. */
  version = 0;

  constructor(private readonly order: (records: T[]) => T[]) {}

  /** Every record in the store's order (the same array until the next change). */
  list(): T[] {
    return this.sorted;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** Replaces everything (on start and after a workspace restore). */
  replace(records: readonly T[]): void {
    this.byId = new Map(records.map((r) => [r.id, r]));
    this.changed();
  }

  /** Applies the `after` side of changes. */
  apply(changes: readonly Change<T>[]): void {
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
    this.sorted = this.order([...this.byId.values()]);
    this.version++;
    for (const l of this.listeners) l();
  }
}
