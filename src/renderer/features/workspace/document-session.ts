import type { Edit } from '../../../shared/edit';
import type { Annotation } from '../../../shared/model';

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
  private readonly listeners = new Set<(change: SessionChange) => void>();
  /** Increases with every change; React reads it through `useSyncExternalStore`. */
  version = 0;

  constructor(readonly documentId: string, annotations: Annotation[]) {
    this.byId = new Map(annotations.map((a) => [a.id, a]));
  }

  /** All annotations in reading order (start, then end, then id); orphans last. */
  list(): Annotation[] {
    if (!this.sorted) {
      this.sorted = [...this.byId.values()].sort(
        (a, b) =>
          (a.status === 'orphan' ? 1 : 0) - (b.status === 'orphan' ? 1 : 0) ||
          a.start - b.start ||
          a.end - b.end ||
          (a.id < b.id ? -1 : 1),
      );
    }
    return this.sorted;
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
    this.sorted = null;
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
