/**
 * Krippendorff's unitizing alpha, α_U (Krippendorff 1995, "On the reliability of unitizing
 * contiguous data", Sociological Methodology 25; in the form of Content Analysis, 2nd ed.,
 * 2004, pp. 251–256, as DKPro Agreement's KrippendorffAlphaUnitizingAgreement computes it),
 * per category and overall, on a continuum of length L (here: code points of a text).
 *
 * For category c, each coder's continuum is cut into units of c and gaps (everything else).
 * Observed: D_o(c) = Σ_{i<j} 2 Σ_{g,h} δ²(g, h) / (m (m − 1) L²), where two overlapping units
 * differ by (b_g − b_h)² + (e_g − e_h)² (begin and end), a unit lying inside the other coder's
 * gap by its length², and anything else by 0. Expected:
 * D_e(c) = (2/L) Σ_units [ (N_c − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps ≥ l} (gap − l + 1) ]
 *          / [ mL(mL − 1) − Σ_units l(l − 1) ],
 * over all coders' units (N_c of them) and gaps. α_U(c) = 1 − D_o(c)/D_e(c); overall α_U is
 * 1 − mean D_o / mean D_e over the categories that occur.
 *
 * Time O(m · n + n log n) per category for n units: a two-pointer sweep per pair of coders,
 * sorted gap lengths with suffix sums for the expected part; no per-position arrays.
 */
import type { Exclusion, Figure } from './types';

/** One coder's span of one category on the continuum, half-open. */
export interface UnitizingSpan {
  coder: number;
  category: number;
  start: number;
  end: number;
}

/** α_U of one category with its parts. */
export interface UnitizingFigure extends Figure {
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
}

/** α_U of one category and what it was computed on. */
export interface UnitizingCategory extends UnitizingFigure {
  category: number;
  /** Units of this category over all coders, after overlapping spans of one coder were merged. */
  units: number;
}

/** α_U overall and per category, with its basis. */
export interface UnitizingResult extends UnitizingFigure {
  /** Per category that occurs, in category order. */
  byCategory: UnitizingCategory[];
  coders: number;
  /** Continuum length L. */
  length: number;
  excluded: Exclusion[];
}

/** One coder's units of one category: sorted, disjoint. */
interface Track {
  starts: number[];
  ends: number[];
}

/** Sorts spans and merges those of one coder that overlap (touching spans stay apart). */
function tracks(spans: UnitizingSpan[], coders: number): { tracks: Track[]; merged: number } {
  spans.sort((a, b) => a.coder - b.coder || a.start - b.start || a.end - b.end);
  const out: Track[] = Array.from({ length: coders }, () => ({ starts: [], ends: [] }));
  let merged = 0;
  for (const s of spans) {
    const t = out[s.coder];
    const last = t.ends.length - 1;
    if (last >= 0 && s.start < t.ends[last]) {
      t.ends[last] = Math.max(t.ends[last], s.end);
      merged++;
    } else {
      t.starts.push(s.start);
      t.ends.push(s.end);
    }
  }
  return { tracks: out, merged };
}

/** Σ δ² between two coders' tracks (the sum inside D_o for one pair). */
function pairDisagreement(a: Track, b: Track): number {
  let sum = 0;
  let p = 0;
  let q = 0;
  let aHit = false;
  let bHit = false;
  const na = a.starts.length;
  const nb = b.starts.length;
  const alone = (t: Track, i: number): number => (t.ends[i] - t.starts[i]) ** 2;
  while (p < na && q < nb) {
    if (a.ends[p] <= b.starts[q]) {
      if (!aHit) sum += alone(a, p);
      p++;
      aHit = false;
    } else if (b.ends[q] <= a.starts[p]) {
      if (!bHit) sum += alone(b, q);
      q++;
      bHit = false;
    } else {
      sum += (a.starts[p] - b.starts[q]) ** 2 + (a.ends[p] - b.ends[q]) ** 2;
      aHit = bHit = true;
      const aEnd = a.ends[p];
      const bEnd = b.ends[q];
      if (aEnd <= bEnd) {
        p++;
        aHit = false;
      }
      if (bEnd <= aEnd) {
        q++;
        bHit = false;
      }
    }
  }
  for (; p < na; p++, aHit = false) if (!aHit) sum += alone(a, p);
  for (; q < nb; q++, bHit = false) if (!bHit) sum += alone(b, q);
  return sum;
}

/** D_o and D_e of one category's tracks on [begin, begin + L). */
function categoryParts(t: Track[], begin: number, L: number): { observed: number; expected: number; units: number } {
  const m = t.length;
  let pairs = 0;
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) pairs += pairDisagreement(t[i], t[j]);
  const observed = (2 * pairs) / (m * (m - 1) * L * L);
  const gapList: number[] = [];
  let units = 0;
  let squares = 0;
  for (const track of t) {
    let at = begin;
    for (let k = 0; k < track.starts.length; k++) {
      if (track.starts[k] > at) gapList.push(track.starts[k] - at);
      at = track.ends[k];
      const l = track.ends[k] - track.starts[k];
      units++;
      squares += l * (l - 1);
    }
    if (begin + L > at) gapList.push(begin + L - at);
  }
  const gaps = Float64Array.from(gapList).sort();
  const suffix = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + gaps[k];
  let sum = 0;
  for (const track of t) {
    for (let k = 0; k < track.starts.length; k++) {
      const l = track.ends[k] - track.starts[k];
      // First gap ≥ l.
      let lo = 0;
      let hi = gaps.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (gaps[mid] < l) lo = mid + 1;
        else hi = mid;
      }
      const count = gaps.length - lo;
      sum += ((units - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * (suffix[lo] - (l - 1) * count);
    }
  }
  const expected = ((2 / L) * sum) / (m * L * (m * L - 1) - squares);
  return { observed, expected, units };
}

/** A figure from its parts: undefined where D_e is 0. */
function figure(observed: number, expected: number): UnitizingFigure {
  if (!(expected > 0)) return { value: null, reason: 'Undefined: no expected disagreement.', observedDisagreement: observed, expectedDisagreement: expected };
  return { value: 1 - observed / expected, reason: null, observedDisagreement: observed, expectedDisagreement: expected };
}

/**
 * α_U of `spans` by `coders` coders (numbered 0…coders−1, all of whom coded the whole
 * continuum [begin, begin + length)), per category index that occurs and overall.
 */
export function unitizingAlpha(spans: readonly UnitizingSpan[], coders: number, begin: number, length: number): UnitizingResult {
  const excluded: Exclusion[] = [];
  const end = begin + length;
  const kept: UnitizingSpan[][] = [];
  let outside = 0;
  for (const s of spans) {
    const start = Math.max(begin, s.start);
    const stop = Math.min(end, s.end);
    if (stop <= start) {
      outside++;
      continue;
    }
    (kept[s.category] ??= []).push({ coder: s.coder, category: s.category, start, end: stop });
  }
  if (outside > 0) excluded.push({ what: 'spans', count: outside, reason: 'empty, or outside the text' });
  const base = { coders, length, excluded, observedDisagreement: null, expectedDisagreement: null, byCategory: [], value: null };
  if (coders < 2) return { ...base, reason: 'Undefined: unitizing alpha needs at least two coders.' };
  if (length <= 0) return { ...base, reason: 'Undefined: the text is empty.' };
  const byCategory: UnitizingCategory[] = [];
  let merged = 0;
  let observed = 0;
  let expected = 0;
  kept.forEach((list, category) => {
    if (!list || list.length === 0) return;
    const made = tracks(list, coders);
    merged += made.merged;
    const parts = categoryParts(made.tracks, begin, length);
    observed += parts.observed;
    expected += parts.expected;
    byCategory.push({ category, units: parts.units, ...figure(parts.observed, parts.expected) });
  });
  if (merged > 0) excluded.push({ what: 'spans', count: merged, reason: "merged into another span of the same coder and category that they overlap" });
  if (byCategory.length === 0) return { ...base, byCategory, reason: 'Undefined: no coder marked any span.' };
  return { ...base, byCategory, ...figure(observed / byCategory.length, expected / byCategory.length) };
}
