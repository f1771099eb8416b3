import type { Edit } from '../../../shared/edit';
import type { Annotation } from '../../../shared/model';

/** Reading order: placed before orphans, then start, end and id. */
export function readingOrder(a: Annotation, b: Annotation): number {
  return (
    (a.status === 'orphan' ? 1 : 0) - (b.status === 'orphan' ? 1 : 0) ||
    a.start - b.start ||
    a.end - b.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The index of `a` in `list` (sorted by `readingOrder`), or of where it would go. Binary search. */
export function positionIn(list: readonly Annotation[], a: Annotation): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (readingOrder(list[mid], a) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What changed in a session, for the reader to redraw only that. */
export interface SessionChange {
  upserted: Annotation[];
  removed: string[];
}

/** Counts kept in step with every change, so that views never count 100,000 annotations per tag. */
export interface SessionStats {
  /** Annotations per coder id. */
  coders: ReadonlyMap<string, number>;
  orphans: number;
  /** Placements waiting to be checked. */
  toCheck: number;
}

/**
 * The annotations of the open document, held in memory so that a tag is drawn at once and
 * the panel reads without a database round trip. The database stays the truth: the session is
 * loaded from it, and every edit is written there (see `History`) and undone here if that fails.
 */
export class DocumentSession {
  private readonly byId: Map<string, Annotation>;
  private sorted: Annotation[] | null = null;
  private readonly coderCount = new Map<string, number>();
  private orphans = 0;
  private toCheck = 0;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  /** Increases with every change; React reads it through `useSyncExternalStore`. */
  version = 0;

  constructor(readonly documentId: string, annotations: Annotation[]) {
    this.byId = new Map();
    for (const a of annotations) {
      const old = this.byId.get(a.id);
      if (old) this.count(old, -1);
      this.byId.set(a.id, a);
      this.count(a, 1);
    }
  }

  private count(a: Annotation, by: 1 | -1): void {
    const n = (this.coderCount.get(a.coderId) ?? 0) + by;
    if (n > 0) this.coderCount.set(a.coderId, n);
    else this.coderCount.delete(a.coderId);
    if (a.status === 'orphan') this.orphans += by;
    if (a.check) this.toCheck += by;
  }

  /** All annotations in reading order (start, then end, then id); orphans last. */
  list(): Annotation[] {
    if (!this.sorted) this.sorted = [...this.byId.values()].sort(readingOrder);
    return this.sorted;
  }

  /** Every annotation, in no particular order (for views that need no order: cheaper than `list`). */
  values(): IterableIterator<Annotation> {
    return this.byId.values();
  }

  /** How many annotations each coder has, and how many need attention (kept up to date, not counted). */
  stats(): SessionStats {
    return { coders: this.coderCount, orphans: this.orphans, toCheck: this.toCheck };
  }

  /** How many annotations each coder has on this document. */
  coderCounts(): ReadonlyMap<string, number> {
    return this.coderCount;
  }

  /**
   * Keeps the sorted list current after a change without sorting everything again: takes the
   * old versions out and puts the new ones in by binary search (tagging among 100,000
   * annotations must stay within a frame; a copy of the list is all that is linear, and cheap).
   */
  private resort(old: readonly Annotation[], added: readonly Annotation[]): void {
    if (!this.sorted) return;
    const next = this.sorted.slice();
    for (const a of old) {
      const i = positionIn(next, a);
      if (next[i] === a) next.splice(i, 1);
      else {
        // Not found where its order says (it was changed in place): look for it by id.
        const j = next.findIndex((x) => x.id === a.id);
        if (j >= 0) next.splice(j, 1);
      }
    }
    for (const a of added) next.splice(positionIn(next, a), 0, a);
    this.sorted = next;
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
    const old: Annotation[] = [];
    for (const { before, after } of edit.annotations) {
      const id = (after ?? before)!.id;
      const present = this.byId.get(id);
      if (after && after.documentId === this.documentId) {
        if (present) {
          old.push(present);
          this.count(present, -1);
        }
        this.byId.set(after.id, after);
        this.count(after, 1);
        change.upserted.push(after);
      } else if (before && before.documentId === this.documentId) {
        if (present) {
          old.push(present);
          this.count(present, -1);
        }
        this.byId.delete(before.id);
        change.removed.push(before.id);
      }
    }
    if (change.upserted.length === 0 && change.removed.length === 0) return;
    this.resort(old, change.upserted);
    this.version++;
    for (const listener of this.listeners) listener(change);
  }

  /** Replaces everything (after an import wrote to the database). */
  replace(annotations: Annotation[]): void {
    const removed = [...this.byId.keys()];
    this.byId.clear();
    this.coderCount.clear();
    this.orphans = 0;
    this.toCheck = 0;
    for (const a of annotations) {
      this.byId.set(a.id, a);
      this.count(a, 1);
    }
    this.sorted = null;
    this.version++;
    for (const listener of this.listeners) listener({ upserted: annotations, removed });
  }

  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
