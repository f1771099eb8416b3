import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './alpha';
import { bootstrapAlpha, quantile } from './bootstrap';
import { AGREEMENT_LIMITS } from '../limits';
import { categoryAgreement } from './category-agreement';
import { codeGrid } from './coded-data';
import { coincidences } from './coincidence';
import { confusionMatrix } from './confusion';
import { fleissKappa } from './fleiss-kappa';
import { percentAgreement } from './percent-agreement';
import { fromCrossTable, fromRatings } from './test-tables';

/** Cohen (1960), p. 45: 200 cases, p_o = .70 (see cohen-kappa.test.ts). */
const COHEN_1960 = [
  [88, 14, 18],
  [10, 40, 10],
  [2, 6, 12],
];

/** Fleiss (1971), Table 1, first ten patients (see fleiss-kappa.test.ts); P_i = 1, .4, .4, 1, .4, .467, .467, .267, .467, 1. */
const FLEISS_FIRST_TEN = [
  [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
];

describe('percent agreement', () => {
  it('is p_o for two coders: Cohen (1960), 70 %', () => {
    expect(percentAgreement(fromCrossTable(COHEN_1960)).value).toBeCloseTo(70, 10);
  });

  it("is Fleiss' P̄ for six raters: the mean of Fleiss (1971)'s P_i", () => {
    const published = [1, 0.4, 0.4, 1, 0.4, 0.467, 0.467, 0.267, 0.467, 1];
    const mean = (100 * published.reduce((a, b) => a + b, 0)) / published.length;
    expect(Math.abs((percentAgreement(fromRatings(FLEISS_FIRST_TEN)).value as number) - mean)).toBeLessThan(0.05);
  });

  it('leaves out units with one value, and is null without pairable units', () => {
    const data = codeGrid(['A', 'B'], ['1', '2', '3'], [['x', 'x'], ['x', 'y'], ['x', null]]);
    expect(percentAgreement(data)).toMatchObject({ value: 50, units: 2, excluded: [{ count: 1 }] });
    expect(percentAgreement(codeGrid(['A', 'B'], ['1'], [['x', null]])).reason).toContain('no unit has values from two coders');
  });
});

describe('confusion matrix', () => {
  it('two coders: the cross table itself, rows the first coder', () => {
    const matrix = confusionMatrix(fromCrossTable(COHEN_1960));
    expect(matrix).toMatchObject({ kind: 'coder-pair', labels: ['1', '2', '3'], counts: COHEN_1960, counting: 'units', total: 200 });
  });

  it('three coders: every ordered pair of coders, symmetric, Σ m_u (m_u − 1)', () => {
    const data = codeGrid(['A', 'B', 'C'], ['1', '2'], [['x', 'x', 'y'], ['y', null, 'y']]);
    const matrix = confusionMatrix(data);
    expect(matrix.kind).toBe('all-pairs');
    expect(matrix.labels).toEqual(['x', 'y']);
    expect(matrix.counts).toEqual([
      [2, 2],
      [2, 2],
    ]);
    expect(matrix.total).toBe(3 * 2 + 2 * 1);
  });

  it('weighs units when asked (code points)', () => {
    const data = codeGrid(['A', 'B'], ['1', '2'], [['x', 'x'], ['x', 'y']]);
    const matrix = confusionMatrix(data, Float64Array.from([10, 3]));
    expect(matrix.counts).toEqual([
      [10, 3],
      [0, 0],
    ]);
    expect(matrix.counting).toBe('code points');
  });
});

describe('agreement per category', () => {
  it('specific agreement is 2a / (2a + b + c) for two coders', () => {
    // a = 20 both "yes", b = 5 first only, c = 10 second only, d = 65 both "no".
    const data = fromCrossTable([
      [20, 5],
      [10, 65],
    ]);
    const [yes, no] = categoryAgreement(data.values, coincidences(data), null);
    expect(yes.specificAgreement.value).toBeCloseTo(40 / 55, 12);
    expect(no.specificAgreement.value).toBeCloseTo(130 / 145, 12);
    expect(yes.values).toBe(55);
  });

  it("a category's alpha is the alpha of the data reduced to that category versus the rest", () => {
    const data = fromRatings(FLEISS_FIRST_TEN);
    const perCategory = categoryAgreement(data.values, coincidences(data), null);
    data.values.forEach((label, v) => {
      const reduced = FLEISS_FIRST_TEN.map((row) => row.map((x) => (String(x) === label ? 'c' : 'other')));
      const expected = krippendorffAlpha(fromRatings(reduced)).value as number;
      expect(perCategory[v].alpha.value).toBeCloseTo(expected, 12);
    });
  });

  it("carries Fleiss' κ_j where Fleiss applies", () => {
    const data = fromRatings(FLEISS_FIRST_TEN);
    const fleiss = fleissKappa(data);
    const perCategory = categoryAgreement(data.values, coincidences(data), fleiss);
    expect(perCategory[0].fleissKappa).toEqual(fleiss.byValue[0]);
  });
});

describe('bootstrap interval for alpha', () => {
  const data = fromRatings(FLEISS_FIRST_TEN.concat(FLEISS_FIRST_TEN.map((r) => [...r].reverse())));
  const options = { resamples: 500, seed: 11, confidence: 0.95 };

  it('is reproducible with a seed, and changes with the seed', () => {
    const a = bootstrapAlpha(data, 'nominal', options);
    expect(bootstrapAlpha(data, 'nominal', options)).toEqual(a);
    expect(bootstrapAlpha(data, 'nominal', { ...options, seed: 12 }).lower).not.toBe(a.lower);
    expect(a).toMatchObject({ resamples: 500, seed: 11, confidence: 0.95, reason: null });
    expect(a.defined).toBeGreaterThan(490);
  });

  it('brackets the point estimate and narrows with a lower confidence', () => {
    const alpha = krippendorffAlpha(data).value as number;
    const wide = bootstrapAlpha(data, 'nominal', options);
    const narrow = bootstrapAlpha(data, 'nominal', { ...options, confidence: 0.5 });
    expect(wide.lower as number).toBeLessThan(alpha);
    expect(wide.upper as number).toBeGreaterThan(alpha);
    expect((narrow.upper as number) - (narrow.lower as number)).toBeLessThan((wide.upper as number) - (wide.lower as number));
  });

  it('says why it is not computed', () => {
    expect(bootstrapAlpha(codeGrid(['A', 'B'], ['1'], [['x', 'y']]), 'nominal').reason).toContain('at least two pairable units');
    expect(bootstrapAlpha(codeGrid(['A', 'B'], ['1', '2'], [['x', 'x'], ['x', 'x']]), 'nominal').reason).toContain('undefined on almost every resample');
  });

  it('is not computed, and says so, when units × resamples exceed the budget', () => {
    const grid = Array.from({ length: 50 }, (_, u) => [u % 3, u % 2]);
    const big = codeGrid(['A', 'B'], grid.map((_, u) => `u${u}`), grid);
    const result = bootstrapAlpha(big, 'nominal', { resamples: AGREEMENT_LIMITS.bootstrapWork / 49, seed: 1, confidence: 0.95 });
    expect(result).toMatchObject({ lower: null, upper: null, defined: 0 });
    expect(result.reason).toContain('beyond the bootstrap budget');
  });

  it('quantile interpolates linearly (type 7)', () => {
    expect(quantile(Float64Array.from([1, 2, 3, 4]), 0.5)).toBe(2.5);
    expect(quantile(Float64Array.from([1, 2, 3, 4]), 0)).toBe(1);
    expect(quantile(Float64Array.from([1, 2, 3, 4]), 1)).toBe(4);
  });
});
