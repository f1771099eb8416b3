import type { Change } from '../../../shared/edit';
import type { Coder, CoderKind } from '../../../shared/model';

/** How a coder is named where its record is missing or has no name. */
export const UNKNOWN_CODER = 'unknown coder';

/** Coders in display order: persons by name (then id), consensus layers last. */
function displayOrder(a: Coder, b: Coder): number {
  return (a.kind === 'consensus' ? 1 : 0) - (b.kind === 'consensus' ? 1 : 0) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The library's coders held in memory, loaded at start and then following every edit the history
 * applies (like the codebook store), so that names and kinds are known without a database read.
 */
export class CoderStore {
  private byId = new Map<string, Coder>();
  private sorted: Coder[] = [];
  private readonly listeners = new Set<() => void>();
  /** Increases with every change; React reads it through `useSyncExternalStore`. */
  version = 0;

  /** Every coder in display order (the same array until the next change). */
  list(): Coder[] {
    return this.sorted;
  }

  get(id: string): Coder | undefined {
    return this.byId.get(id);
  }

  /** The kind of a coder id, undefined when unknown (for the rule of who may change what). */
  readonly kindOf = (id: string): CoderKind | undefined => this.byId.get(id)?.kind;

  /** The name shown for a coder id (with `fallback`, the name an annotation keeps, when unknown). */
  readonly nameOf = (id: string, fallback = ''): string => this.byId.get(id)?.name || fallback || UNKNOWN_CODER;

  /** Replaces everything (on start and after a workspace restore). */
  replace(coders: readonly Coder[]): void {
    this.byId = new Map(coders.map((c) => [c.id, c]));
    this.changed();
  }

  /** Applies the `after` side of coder changes. */
  apply(changes: readonly Change<Coder>[]): void {
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
    this.sorted = [...this.byId.values()].sort(displayOrder);
    this.version++;
    for (const l of this.listeners) l();
  }
}
