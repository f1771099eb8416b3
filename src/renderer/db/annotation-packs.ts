import type { Annotation } from '../../shared/model';
import { fnv1a32 } from '../../shared/text/hash';

/**
 * How annotations are stored (schema v3): not one IndexedDB record each, but packed into a
 * fixed number of records per document, chosen by a hash of the annotation's id.
 *
 * Why: Chromium pays a large fixed cost per IndexedDB record (measured on the benchmark
 * machine: 20,000 one-record puts 3.3–3.8 s, reading them back 0.7–0.9 s, a bulkGet of
 * 20,000 ids 1.7 s), while the same annotations in 32–64 records are written in ~0.3 s and
 * read in ~0.2 s. A tag rewrites one pack (a read-modify-write of ~1/64 of the document's
 * annotations) in one transaction, which stays a few milliseconds at tens of thousands.
 */
// 64: a tag rewrites ~1/64 of the document's annotations (about 310 at 20,000: the commit
// figure went 100 → 74 ms from 32 packs), while opening reads 64 records (at 128, opening a
// 20,000-annotation document was no slower, but small documents pay the per-record cost).
export const PACKS_PER_DOCUMENT = 64;

/** One stored pack: some of a document's annotations, keyed by `[documentId+pack]`. */
export interface AnnotationPack {
  documentId: string;
  /** 0 … PACKS_PER_DOCUMENT - 1, from `packOf(annotation.id)`. */
  pack: number;
  annotations: Annotation[];
}

/** Per-document annotation counts by category, kept beside the packs for the library list. */
export interface AnnotationCounts {
  documentId: string;
  counts: Record<string, number>;
}

/** The pack an annotation id belongs to (FNV-1a of the id, so it never changes). */
export function packOf(id: string): number {
  return fnv1a32(id) % PACKS_PER_DOCUMENT;
}

/** The primary key of the pack holding annotation `id` of document `documentId`. */
export function packKey(documentId: string, id: string): [string, number] {
  return [documentId, packOf(id)];
}

/** A change to the stored annotations: records to put (insert or replace) and ids to delete. */
export interface AnnotationWrites {
  put: Annotation[];
  delete: { documentId: string; id: string }[];
}

/** The writes grouped by the pack they touch, keyed `documentId \u0000 pack`. */
export function groupByPack(writes: AnnotationWrites): Map<string, { key: [string, number]; put: Annotation[]; delete: Set<string> }> {
  const groups = new Map<string, { key: [string, number]; put: Annotation[]; delete: Set<string> }>();
  const group = (documentId: string, id: string) => {
    const key = packKey(documentId, id);
    const name = `${key[0]}\u0000${key[1]}`;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { key, put: [], delete: new Set() }));
    return g;
  };
  for (const d of writes.delete) group(d.documentId, d.id).delete.add(d.id);
  for (const a of writes.put) group(a.documentId, a.id).put.push(a);
  return groups;
}

/**
 * Applies deletions, then puts, to the annotations of one pack. Returns the new list and the
 * change in counts per category (what was there before is what is counted, so the counts stay
 * exact even when an edit's idea of the old record is stale).
 */
export function applyToPack(
  current: Annotation[],
  put: Annotation[],
  remove: Set<string>,
): { annotations: Annotation[]; delta: Map<string, number> } {
  const delta = new Map<string, number>();
  const bump = (categoryId: string, by: number) => delta.set(categoryId, (delta.get(categoryId) ?? 0) + by);
  const replaced = new Map(put.map((a) => [a.id, a]));
  const annotations: Annotation[] = [];
  for (const a of current) {
    if (remove.has(a.id) || replaced.has(a.id)) {
      bump(a.categoryId, -1);
      continue;
    }
    annotations.push(a);
  }
  for (const a of replaced.values()) {
    annotations.push(a);
    bump(a.categoryId, 1);
  }
  return { annotations, delta };
}

/**
 * A counts record without a prototype: category ids come from files, and `constructor` or
 * `__proto__` must be keys like any other (issue 15, finding 4).
 */
export function countsRecord(from?: Record<string, number>): Record<string, number> {
  const record = Object.create(null) as Record<string, number>;
  if (from) for (const key of Object.keys(from)) record[key] = from[key];
  return record;
}

/** Adds a delta to a counts record; categories that reach zero are dropped. */
export function addCounts(counts: Record<string, number>, delta: Map<string, number>): Record<string, number> {
  const next = countsRecord(counts);
  for (const [categoryId, by] of delta) {
    const n = (next[categoryId] ?? 0) + by;
    if (n > 0) next[categoryId] = n;
    else delete next[categoryId];
  }
  return next;
}

/** Packs and counts for a whole set of annotations (import into an empty store, migration). */
export function packAll(annotations: Iterable<Annotation>): { packs: AnnotationPack[]; counts: AnnotationCounts[] } {
  const packs = new Map<string, AnnotationPack>();
  const counts = new Map<string, Record<string, number>>();
  const seen = new Set<string>();
  for (const a of annotations) {
    if (seen.has(a.id)) throw new Error(`Two annotations have the same id ${a.id}.`);
    seen.add(a.id);
    const [documentId, pack] = packKey(a.documentId, a.id);
    const name = `${documentId}\u0000${pack}`;
    let p = packs.get(name);
    if (!p) packs.set(name, (p = { documentId, pack, annotations: [] }));
    p.annotations.push(a);
    const c = counts.get(documentId) ?? countsRecord();
    c[a.categoryId] = (c[a.categoryId] ?? 0) + 1;
    counts.set(documentId, c);
  }
  return { packs: [...packs.values()], counts: [...counts].map(([documentId, c]) => ({ documentId, counts: c })) };
}

/** Reading order used by `annotationsOf`: start, then id (what the old index gave). */
export function byStartThenId(a: Annotation, b: Annotation): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
