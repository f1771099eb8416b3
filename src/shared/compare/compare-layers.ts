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

/** Signed code-point distance from UTF-16 offset `from` to `to` in `text`. */
function shift(text: string, from: number, to: number): number {
  return from <= to ? codePointLength(text.slice(from, to)) : -codePointLength(text.slice(to, from));
}

/** A growable list of indices that is compacted in place (no new array per step). */
class IndexList {
  items: number[] = [];
  length = 0;
  push(i: number): void {
    this.items[this.length++] = i;
  }
  /** Keeps the items for which `keep` holds, in order. */
  retain(keep: (i: number) => boolean): void {
    let w = 0;
    for (let r = 0; r < this.length; r++) if (keep(this.items[r])) this.items[w++] = this.items[r];
    this.length = w;
  }
}

/**
 * Compares the layers of `coderIds` (in that order) on `text`. Annotations of other coders,
 * and empty spans, are ignored. Differences come in reading order (start, then end).
 */
export function compareLayers(text: string, annotations: readonly CompareAnnotation[], coderIds: readonly string[]): Comparison {
  const n = coderIds.length;
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const chosen = annotations.filter((a) => coderIndex.has(a.coderId) && a.end > a.start);
  const categoryIndex = new Map<string, number>();
  for (const a of chosen) if (!categoryIndex.has(a.categoryId)) categoryIndex.set(a.categoryId, categoryIndex.size);
  // Reading order (start, end, coder, id), then typed arrays in that order: the sweep below
  // touches numbers only, never strings, so 100,000 annotations compare in well under a second.
  const coderOf = chosen.map((a) => coderIndex.get(a.coderId)!);
  const order = chosen.map((_, i) => i);
  order.sort((x, y) => {
    const a = chosen[x];
    const b = chosen[y];
    return a.start - b.start || a.end - b.end || coderOf[x] - coderOf[y] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const N = order.length;
  const all = order.map((i) => chosen[i]);
  const S = new Int32Array(N);
  const E = new Int32Array(N);
  const C = new Int32Array(N);
  const K = new Int32Array(N);
  for (let k = 0; k < N; k++) {
    S[k] = all[k].start;
    E[k] = all[k].end;
    C[k] = coderOf[order[k]];
    K[k] = categoryIndex.get(all[k].categoryId)!;
  }
  // Exact twins (same span and category) share a group; per group and coder, how many are not
  // yet in a place: an annotation whose exact twin the seed's coder still has is kept for it.
  const group = new Int32Array(N);
  let groups = 0;
  for (let k = 0; k < N; ) {
    let j = k;
    while (j < N && S[j] === S[k] && E[j] === E[k]) j++;
    const local = new Map<number, number>();
    for (let x = k; x < j; x++) {
      let g = local.get(K[x]);
      if (g === undefined) local.set(K[x], (g = groups++));
      group[x] = g;
    }
    k = j;
  }
  // A typed array where groups × coders is small (the usual case), a map beyond.
  const cells = groups * n;
  const dense = cells <= 8_000_000 ? new Int32Array(cells) : null;
  const sparse = dense ? null : new Map<number, number>();
  const leftOf = (key: number): number => (dense ? dense[key] : (sparse!.get(key) ?? 0));
  const addLeft = (key: number, by: number): void => {
    if (dense) dense[key] += by;
    else sparse!.set(key, (sparse!.get(key) ?? 0) + by);
  };
  for (let k = 0; k < N; k++) addLeft(group[k] * n + C[k], 1);
  const taken = new Uint8Array(N);
  const take = (k: number): void => {
    taken[k] = 1;
    addLeft(group[k] * n + C[k], -1);
  };
  const byCoder: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < N; k++) byCoder[C[k]].push(k);
  const next = new Int32Array(n);
  const active = Array.from({ length: n }, () => new IndexList());
  const differences: Difference[] = [];
  const agreedIds: string[] = [];
  let agreements = 0;
  const versions = new Int32Array(n);

  for (let seed = 0; seed < N; seed++) {
    if (taken[seed]) continue;
    take(seed);
    const s = C[seed];
    const seedStart = S[seed];
    const seedEnd = E[seed];
    const seedLength = seedEnd - seedStart;
    versions.fill(-1);
    versions[s] = seed;
    for (let c = 0; c < n; c++) {
      if (c === s) continue;
      const list = byCoder[c];
      const act = active[c];
      while (next[c] < list.length && S[list[next[c]]] < seedEnd) act.push(list[next[c]++]);
      // Later seeds start no earlier than this one: what ends before it can never be a version again.
      act.retain((x) => taken[x] === 0 && E[x] > seedStart);
      let best = -1;
      let bestFit = -1;
      for (let r = 0; r < act.length; r++) {
        const x = act.items[r];
        if (group[x] !== group[seed] && leftOf(group[x] * n + s) > 0) continue;
        const overlap = Math.min(seedEnd, E[x]) - Math.max(seedStart, S[x]);
        const longer = Math.max(seedLength, E[x] - S[x]);
        if (overlap <= 0 || overlap < MIN_OVERLAP_SHARE * longer) continue;
        const union = Math.max(seedEnd, E[x]) - Math.min(seedStart, S[x]);
        const f = (K[x] === K[seed] ? 1 : 0) + overlap / union;
        if (f > bestFit) {
          bestFit = f;
          best = x;
        }
      }
      if (best >= 0) {
        versions[c] = best;
        take(best);
      }
    }
    let present = 0;
    let reference = -1;
    let sameSpan = true;
    let sameCategory = true;
    let start = seedStart;
    let end = seedEnd;
    for (let c = 0; c < n; c++) {
      const v = versions[c];
      if (v < 0) continue;
      present++;
      if (reference < 0) reference = v;
      else {
        if (S[v] !== S[reference] || E[v] !== E[reference]) sameSpan = false;
        if (K[v] !== K[reference]) sameCategory = false;
      }
      if (S[v] < start) start = S[v];
      if (E[v] > end) end = E[v];
    }
    const kinds: DifferenceKind[] = [];
    if (!sameCategory) kinds.push('category');
    if (!sameSpan) kinds.push('boundary');
    if (present < n) kinds.push('missing');
    if (kinds.length === 0) {
      agreements++;
      for (let c = 0; c < n; c++) agreedIds.push(all[versions[c]].id);
      continue;
    }
    const place: PlaceVersion[] = [];
    for (let c = 0; c < n; c++) {
      const v = versions[c];
      place.push({
        coderId: coderIds[c],
        annotation: v < 0 ? null : all[v],
        startShift: v < 0 ? null : shift(text, S[reference], S[v]),
        endShift: v < 0 ? null : shift(text, E[reference], E[v]),
      });
    }
    differences.push({ start, end, kinds, versions: place });
  }
  differences.sort((a, b) => a.start - b.start || a.end - b.end);
  return { differences, agreements, agreedIds };
}
