/**
 * The confusion matrix of spans, counted in code points (SPAN_RULE): the text is cut at every
 * span boundary of every coder; each piece gets, per coder, the first category in the codebook
 * that coder gave it, or "(none)"; pieces weigh their length in code points.
 */
import type { CodedData } from './coded-data';
import { type ConfusionMatrix, confusionMatrix } from './confusion';
import { NONE_LABEL } from './rules';

/**
 * `intervals[coder][category]`: merged, sorted code-point intervals; `labels` the categories in
 * codebook order; `length` the text's length in code points.
 */
export function spanConfusion(intervals: readonly (readonly (readonly [number, number])[])[][], coders: readonly string[], labels: readonly string[], length: number): ConfusionMatrix {
  const points: number[] = [0, length];
  for (const byCategory of intervals) for (const list of byCategory) for (const [a, b] of list) points.push(a, b);
  const sorted = Float64Array.from(points).sort();
  const cuts: number[] = [];
  for (const p of sorted) if (cuts.length === 0 || cuts[cuts.length - 1] !== p) cuts.push(p);
  const segments = cuts.length - 1;
  const m = coders.length;
  const none = labels.length;
  const cells = new Int32Array(segments * m).fill(none);
  const find = (p: number): number => {
    let lo = 0;
    let hi = cuts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  intervals.forEach((byCategory, coder) =>
    byCategory.forEach((list, category) => {
      for (const [a, b] of list) {
        for (let s = find(a), stop = find(b); s < stop; s++) if (cells[s * m + coder] === none) cells[s * m + coder] = category;
      }
    }),
  );
  const weights = new Float64Array(segments);
  for (let s = 0; s < segments; s++) weights[s] = cuts[s + 1] - cuts[s];
  const data: CodedData = { values: [...labels, NONE_LABEL], numbers: null, coders, units: new Array<string>(segments).fill(''), cells };
  return confusionMatrix(data, weights);
}
