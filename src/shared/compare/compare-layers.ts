/**
 * The places where coders' layers on one text differ (see `COMPARE_RULE`): same span with other
 * categories, other boundaries (by how many characters at each end), and spans only some coders
 * marked. Pure and synchronous; the app runs it in a worker on large texts.
 *
 * Cost: one sort of all annotations, then a sweep that keeps, per coder, the annotations whose
 * span can still meet the current one; with overlapping spans of bounded nesting this is about
 * n log n (100,000 annotations of five coders on a 2 MB transcript: see bench/).
 */
import { codePointLength } from '../text/offsets';
import { MIN_OVERLAP_SHARE } from './rules';

/** What the comparison needs of an annotation (UTF-16 offsets of the canonical text, placed ones only). */
export interface CompareAnnotation {
  id: string;
  coderId: string;
  categoryId: string;
  start: number;
  end: number;
}

/** How a place differs; a place can differ in several ways. */
export type DifferenceKind = 'category' | 'boundary' | 'missing';

/** One coder's version of a place: their annotation, or null when they marked nothing there. */
export interface PlaceVersion {
  coderId: string;
  annotation: CompareAnnotation | null;
  /**
   * Against the reference version (the first coder with one): how many characters (code points)
   * later this version starts and ends; negative is earlier. Null without an annotation.
   */
  startShift: number | null;
  endShift: number | null;
}

/** A place where the coders differ. */
export interface Difference {
  /** The union of the versions' spans, UTF-16. */
  start: number;
  end: number;
  kinds: DifferenceKind[];
  /** One per compared coder, in the order given. */
  versions: PlaceVersion[];
}

/** The comparison of one text. */
export interface Comparison {
  differences: Difference[];
  /** Places where every coder has the same span and category. */
  agreements: number;
  /** Ids of the annotations in agreements (the reader hides them in "differences only"). */
  agreedIds: string[];
}

function overlapOf(a: CompareAnnotation, b: CompareAnnotation): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** How well `b` fits `a` as a version of one place, or -1 when it does not qualify. */
function fit(a: CompareAnnotation, b: CompareAnnotation): number {
  const overlap = overlapOf(a, b);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  if (overlap <= 0 || overlap < MIN_OVERLAP_SHARE * longer) return -1;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return (a.categoryId === b.categoryId ? 1 : 0) + overlap / union;
}

/** Signed code-point distance from UTF-16 offset `from` to `to` in `text`. */
function shift(text: string, from: number, to: number): number {
  return from <= to ? codePointLength(text.slice(from, to)) : -codePointLength(text.slice(to, from));
}

/**
 * Compares the layers of `coderIds` (in that order) on `text`. Annotations of other coders,
 * and empty spans, are ignored. Differences come in reading order (start, then end).
 */
export function compareLayers(text: string, annotations: readonly CompareAnnotation[], coderIds: readonly string[]): Comparison {
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const all = annotations.filter((a) => coderIndex.has(a.coderId) && a.end > a.start);
  all.sort((a, b) => a.start - b.start || a.end - b.end || coderIndex.get(a.coderId)! - coderIndex.get(b.coderId)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = coderIds.length;
  const byCoder: CompareAnnotation[][] = Array.from({ length: n }, () => []);
  for (const a of all) byCoder[coderIndex.get(a.coderId)!].push(a);
  const taken = new Set<CompareAnnotation>();
  // Per coder, how many of their annotations with each span and category are not yet in a place:
  // an annotation whose exact twin (same span and category) the seed's coder still has is kept for it.
  const key = (a: CompareAnnotation) => `${a.start}:${a.end}:${a.categoryId}`;
  const left: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  for (const a of all) {
    const m = left[coderIndex.get(a.coderId)!];
    m.set(key(a), (m.get(key(a)) ?? 0) + 1);
  }
  const take = (a: CompareAnnotation) => {
    taken.add(a);
    const m = left[coderIndex.get(a.coderId)!];
    m.set(key(a), m.get(key(a))! - 1);
  };
  const next = new Array<number>(n).fill(0);
  const active: CompareAnnotation[][] = Array.from({ length: n }, () => []);
  const differences: Difference[] = [];
  const agreedIds: string[] = [];
  let agreements = 0;

  for (const seed of all) {
    if (taken.has(seed)) continue;
    take(seed);
    const seedCoder = coderIndex.get(seed.coderId)!;
    const seedKey = key(seed);
    const versions: (CompareAnnotation | null)[] = new Array(n).fill(null);
    versions[seedCoder] = seed;
    for (let c = 0; c < n; c++) {
      if (c === seedCoder) continue;
      const list = byCoder[c];
      while (next[c] < list.length && list[next[c]].start < seed.end) active[c].push(list[next[c]++]);
      // Later seeds start no earlier than this one: what ends before it can never be a version again.
      active[c] = active[c].filter((b) => !taken.has(b) && b.end > seed.start);
      let best: CompareAnnotation | null = null;
      let bestFit = -1;
      for (const b of active[c]) {
        const k = key(b);
        if (k !== seedKey && (left[seedCoder].get(k) ?? 0) > 0) continue;
        const f = fit(seed, b);
        if (f > bestFit) {
          bestFit = f;
          best = b;
        }
      }
      if (best) {
        versions[c] = best;
        take(best);
      }
    }
    const present = versions.filter((v): v is CompareAnnotation => v !== null);
    const reference = present[0];
    const sameSpan = present.every((v) => v.start === reference.start && v.end === reference.end);
    const sameCategory = present.every((v) => v.categoryId === reference.categoryId);
    const kinds: DifferenceKind[] = [];
    if (!sameCategory) kinds.push('category');
    if (!sameSpan) kinds.push('boundary');
    if (present.length < n) kinds.push('missing');
    if (kinds.length === 0) {
      agreements++;
      for (const v of present) agreedIds.push(v.id);
      continue;
    }
    differences.push({
      start: Math.min(...present.map((v) => v.start)),
      end: Math.max(...present.map((v) => v.end)),
      kinds,
      versions: versions.map((v, c) => ({
        coderId: coderIds[c],
        annotation: v,
        startShift: v ? shift(text, reference.start, v.start) : null,
        endShift: v ? shift(text, reference.end, v.end) : null,
      })),
    });
  }
  differences.sort((a, b) => a.start - b.start || a.end - b.end);
  return { differences, agreements, agreedIds };
}
