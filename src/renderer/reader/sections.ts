import type { Node as PMNode } from 'prosemirror-model';
import type { HighlightSpan } from './segments';

/**
 * Where the document's top-level sections are: section `i` covers the positions
 * `[starts[i], ends[i])`, its opening and closing tokens included. The reader's document never
 * changes, so these are computed once.
 */
export interface SectionBounds {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Span ids per section: `buckets[i]` holds every span overlapping section `i`. */
export type SectionBuckets = readonly ReadonlySet<string>[];

/** The content bounds of the document's top-level children (the reader's sections). */
export function sectionBounds(doc: PMNode): SectionBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  doc.forEach((node, offset) => {
    starts.push(offset + 1);
    ends.push(offset + node.nodeSize - 1);
  });
  return { starts, ends };
}

/**
 * The sections overlapping `[from, to)` as an inclusive index range `[first, last]`; empty
 * (`first > last`) when none does. Binary searches.
 */
export function sectionsOverlapping(bounds: SectionBounds, from: number, to: number): [number, number] {
  const { starts, ends } = bounds;
  // First section ending after `from`.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] > from) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  // Last section starting before `to`.
  lo = -1;
  hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < to) lo = mid;
    else hi = mid - 1;
  }
  return [first, lo];
}

/** The section holding a position, or -1 outside every section. */
export function sectionAt(bounds: SectionBounds, pos: number): number {
  const [first, last] = sectionsOverlapping(bounds, pos, pos + 1);
  return first <= last ? first : -1;
}

/** Builds the per-section buckets of a set of spans. */
export function bucketsOf(bounds: SectionBounds, spans: Iterable<HighlightSpan>): SectionBuckets {
  const buckets = bounds.starts.map(() => new Set<string>());
  for (const span of spans) {
    const [first, last] = sectionsOverlapping(bounds, span.from, span.to);
    for (let s = first; s <= last; s++) buckets[s].add(span.id);
  }
  return buckets;
}

/**
 * Moves spans between buckets without touching the given ones: `removed` leave the buckets of
 * their (old) extent, `added` join those of theirs. Only the touched buckets are copied, so the
 * cost follows the change, not the document.
 */
export function rebucket(
  bounds: SectionBounds,
  buckets: SectionBuckets,
  removed: readonly HighlightSpan[],
  added: readonly HighlightSpan[],
): SectionBuckets {
  const next = buckets.slice();
  const copied = new Set<number>();
  const writable = (s: number): Set<string> => {
    if (!copied.has(s)) {
      copied.add(s);
      next[s] = new Set(next[s]);
    }
    return next[s] as Set<string>;
  };
  for (const span of removed) {
    const [first, last] = sectionsOverlapping(bounds, span.from, span.to);
    for (let s = first; s <= last; s++) writable(s).delete(span.id);
  }
  for (const span of added) {
    const [first, last] = sectionsOverlapping(bounds, span.from, span.to);
    for (let s = first; s <= last; s++) writable(s).add(span.id);
  }
  return next;
}
