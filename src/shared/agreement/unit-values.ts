/**
 * Gives each predefined unit one value per coder by UNIT_RULE (rules.ts): the category whose
 * annotations by that coder cover the most non-white-space code points of the unit, ties to
 * the earlier category in the codebook, "(none)" when nothing is covered.
 *
 * One sweep per coder and category over merged intervals, with a prefix count of
 * non-white-space code points, so the cost is the annotations times the units each touches.
 */
import { type CodedData, codeGrid } from './coded-data';
import type { CoderLayer, OrderedCategories } from './layers';
import { NONE_LABEL } from './rules';
import type { UnitRange } from './unit-ranges';
import { hasText } from './unit-ranges';
import type { Exclusion } from './types';
import { isWhiteSpaceCode } from '../text/sentences';

/** Units checked for use: sorted, disjoint, inside the text. */
export function checkUnits(text: string, units: readonly UnitRange[]): string | null {
  let previous: UnitRange | null = null;
  for (const u of units) {
    if (!Number.isInteger(u.start) || !Number.isInteger(u.end) || u.start < 0 || u.end < u.start || u.end > text.length) {
      return `The unit “${u.name}” (${u.start}–${u.end}) is not a range of the text (0–${text.length}).`;
    }
    if (previous && u.start < previous.end) return `The units “${previous.name}” and “${u.name}” overlap or are out of order.`;
    previous = u;
  }
  return null;
}

/**
 * Prefix counts of non-white-space code points: `counts[i]` for UTF-16 offset i (the low half
 * of a surrogate pair adds nothing, so a pair counts once).
 */
export function visibleCounts(text: string): Int32Array {
  const counts = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const low = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    counts[i + 1] = counts[i] + (low || isWhiteSpaceCode(c) ? 0 : 1);
  }
  return counts;
}

/** One coder's merged intervals per category index (sorted; overlapping or touching joined). */
export function mergedByCategory(layer: CoderLayer, categories: OrderedCategories, textLength: number): [number, number][][] {
  const lists: [number, number][][] = categories.ids.map(() => []);
  for (const a of layer.annotations) {
    const start = Math.max(0, a.start);
    const end = Math.min(textLength, a.end);
    if (end > start) lists[categories.index.get(a.categoryId) as number].push([start, end]);
  }
  return lists.map((list) => {
    list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const out: [number, number][] = [];
    for (const iv of list) {
      const last = out[out.length - 1];
      if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
      else out.push([iv[0], iv[1]]);
    }
    return out;
  });
}

/** The values of predefined units, and what was left out. */
export interface UnitValues {
  data: CodedData;
  /** Index, in the given units, of each unit kept (a row of `data`). */
  kept: number[];
  excluded: Exclusion[];
}

/**
 * Assigns every unit with text a value per coder. `units` must pass `checkUnits`. With
 * `noneAsMissing` (metric levels), "(none)" becomes a missing value.
 */
export function unitValues(
  text: string,
  units: readonly UnitRange[],
  layers: readonly CoderLayer[],
  categories: OrderedCategories,
  noneAsMissing: boolean,
  visible: Int32Array = visibleCounts(text),
): UnitValues {
  const kept: number[] = [];
  units.forEach((u, i) => {
    if (hasText(text, u.start, u.end)) kept.push(i);
  });
  const U = kept.length;
  const ends = Int32Array.from(kept, (i) => units[i].end);
  const m = layers.length;
  const best = new Int32Array(U * m).fill(-1);
  const bestCount = new Float64Array(U);
  const acc = new Float64Array(U);
  const touched: number[] = [];
  layers.forEach((layer, coder) => {
    bestCount.fill(0);
    mergedByCategory(layer, categories, text.length).forEach((intervals, category) => {
      for (const [a, b] of intervals) {
        let lo = 0;
        let hi = U;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (ends[mid] <= a) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < U && units[kept[k]].start < b; k++) {
          const covered = visible[Math.min(b, ends[k])] - visible[Math.max(a, units[kept[k]].start)];
          if (covered <= 0) continue;
          if (acc[k] === 0) touched.push(k);
          acc[k] += covered;
        }
      }
      // Categories come in codebook order, so a tie keeps the earlier one.
      for (const k of touched) {
        if (acc[k] > bestCount[k]) {
          bestCount[k] = acc[k];
          best[k * m + coder] = category;
        }
        acc[k] = 0;
      }
      touched.length = 0;
    });
  });
  const none = noneAsMissing ? null : NONE_LABEL;
  const grid = Array.from({ length: U }, (_, k) => layers.map((_, c) => (best[k * m + c] >= 0 ? categories.labels[best[k * m + c]] : none)));
  const order = noneAsMissing ? categories.labels : [...categories.labels, NONE_LABEL];
  const data = codeGrid(
    layers.map((l) => l.coder),
    kept.map((i) => units[i].name),
    grid,
    order,
  );
  const excluded: Exclusion[] = [];
  if (U < units.length) excluded.push({ what: 'units', count: units.length - U, reason: 'no text but white space' });
  if (noneAsMissing) {
    const missing = best.reduce((n, v) => n + (v < 0 ? 1 : 0), 0);
    if (missing > 0) excluded.push({ what: 'values', count: missing, reason: '“(none)”: no category, so no value on the scale (treated as missing)' });
  }
  return { data, kept, excluded };
}
