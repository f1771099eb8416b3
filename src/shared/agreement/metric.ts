/**
 * The difference functions δ²_ck of Krippendorff's alpha (Krippendorff 2011, section C):
 * nominal 0/1; ordinal from the ranks' marginal sums; interval (c − k)²; ratio
 * ((c − k) / (c + k))².
 */
import { parseNumber } from './coded-data';
import type { Level } from './types';

/**
 * The V × V matrix of δ²_ck, row-major. `numbers` are the values (ascending) for the metric
 * levels; `marginals` (n_c) are needed by the ordinal level. Callers check beforehand that
 * metric levels have numbers, and that ratio values are not negative.
 */
export function differences(level: Level, size: number, numbers: readonly number[] | null, marginals: Float64Array): Float64Array {
  const d = new Float64Array(size * size);
  if (level === 'nominal') {
    for (let c = 0; c < size; c++) for (let k = 0; k < size; k++) d[c * size + k] = c === k ? 0 : 1;
    return d;
  }
  if (numbers === null) throw new Error(`The ${level} level needs numbers.`);
  if (level === 'ordinal') {
    // δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², with values ranked in ascending order.
    const cumulative = new Float64Array(size + 1);
    for (let g = 0; g < size; g++) cumulative[g + 1] = cumulative[g] + marginals[g];
    for (let c = 0; c < size; c++) {
      for (let k = c; k < size; k++) {
        const between = cumulative[k + 1] - cumulative[c] - (marginals[c] + marginals[k]) / 2;
        d[c * size + k] = d[k * size + c] = between * between;
      }
    }
    return d;
  }
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const a = numbers[c];
      const b = numbers[k];
      if (level === 'interval') d[c * size + k] = (a - b) * (a - b);
      else d[c * size + k] = a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    }
  }
  return d;
}

/** Why `level` cannot be computed on these values, or null when it can. */
export function levelProblem(level: Level, values: readonly string[], numbers: readonly number[] | null): string | null {
  if (level === 'nominal') return null;
  if (numbers === null) {
    const label = values.find((v) => parseNumber(v) === null) ?? '';
    return `the ${level} level needs numbers, but “${label}” is not a number`;
  }
  if (level === 'ratio' && numbers.some((n) => n < 0)) {
    return `the ratio level needs values of zero or more, and ${numbers.find((n) => n < 0)} is negative`;
  }
  return null;
}
