import type { Edit } from '../../../shared/edit';
import type { Annotation } from '../../../shared/model';

/** Reading order: placed before orphans, then start, end and id. */
function readingOrder(a: Annotation, b: Annotation): number {
  return (
    (a.status === 'orphan' ? 1 : 0) - (b.status === 'orphan' ? 1 : 0) ||
    a.start - b.start ||
    a.end - b.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** What changed in a session, for the reader to redraw only that. */
export interface SessionChange {
  upserted: Annotation[];
  removed: string[];
}

/**
 * The annotations of the open document, held in memory so that a tag is drawn at once and
 * the panel reads without a database round trip. The database stays the truth: the session is
 * loaded from it, and every edit is written there (see `History`) and undone here if that fails.
 */
export class DocumentSession {
  private readonly byId: Map<string, Annotation>;
  private sorted: Annotation[] | null = null;
  private coderCache: { version: number; counts: Map<string, number> } | null = null;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  /** Increases with every change; React reads it through `useSyncExternalStore`. */
  version = 0;

  constructor(readonly documentId: string, annotations: Annotation[]) {
    this.byId = new Map(annotations.map((a) => [a.id, a]));
  }

  /** All annotations in reading order (start, then end, then id); orphans last. */
  list(): Annotation[] {
    if (!this.sorted) this.sorted = [...this.byId.values()].sort(readingOrder);
    return this.sorted;
  }

  /**
   * Keeps the sorted list current after a change without sorting everything again: drops the
   * changed records and inserts their new versions by binary search (tagging among 20,000
   * annotations must stay within a frame).
   */
  private resort(change: SessionChange): void {
    if (!this.sorted) return;
    const gone = new Set([...change.removed, ...change.upserted.map((a) => a.id)]);
    const next = this.sorted.filter((a) => !gone.has(a.id));
    for (const a of change.upserted) {
      let lo = 0;
      let hi = next.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (readingOrder(next[mid], a) < 0) lo = mid + 1;
        else hi = mid;
      }
      next.splice(lo, 0, a);
    }
    this.sorted = next;
  }

  /** How many annotations each coder has on this document (cached until the next change). */
  coderCounts(): ReadonlyMap<string, number> {
    if (this.coderCache?.version !== this.version) {
      const counts = new Map<string, number>();
      for (const a of this.byId.values()) counts.set(a.coderId, (counts.get(a.coderId) ?? 0) + 1);
      this.coderCache = { version: this.version, counts };
    }
    return this.coderCache.counts;
  }

  get(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Applies the `after` side of an edit to the annotations of this document. */
  apply(edit: Edit): void {
    const change: SessionChange = { upserted: [], removed: [] };
    for (const { before, after } of edit.annotations) {
      if (after && after.documentId === this.documentId) {
        this.byId.set(after.id, after);
        change.upserted.push(after);
      } else if (before && before.documentId === this.documentId) {
        this.byId.delete(before.id);
        change.removed.push(before.id);
      }
    }
    if (change.upserted.length === 0 && change.removed.length === 0) return;
    this.resort(change);
    this.version++;
    for (const listener of this.listeners) listener(change);
  }

  /** Replaces everything (after an import wrote to the database). */
  replace(annotations: Annotation[]): void {
    const removed = [...this.byId.keys()];
    this.byId.clear();
    for (const a of annotations) this.byId.set(a.id, a);
    this.sorted = null;
    this.version++;
    for (const listener of this.listeners) listener({ upserted: annotations, removed });
  }

  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
