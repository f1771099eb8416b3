import { describe, expect, it } from 'vitest';
import { codeGrid } from './coded-data';
import { cohenKappa } from './cohen-kappa';
import { fromCrossTable } from './test-tables';
import type { KappaWeights } from './types';

/**
 * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
 * Psychological Measurement 20(1), 37–46: the worked example of 200 cases in three
 * categories (p. 45, as also transcribed in DKPro Agreement's Cohen1960Test), p_o = .70,
 * p_c = .41, κ = .49 (.492).
 */
const COHEN_1960 = [
  [88, 14, 18],
  [10, 40, 10],
  [2, 6, 12],
];

/**
 * Stata Base Reference Manual, [R] kappa, examples 1–3 ("rada" and "radb": two radiologists
 * rating 85 xeromammograms in four categories, data from Altman 1991 / Boyd et al. 1982):
 * unweighted κ = .4728 (agreement 63.53 %, expected 30.82 %), wgt(w) κ = .5684 (86.67 %,
 * 69.11 %), wgt(w2) κ = .6713 (94.77 %, 84.09 %). The exact quadratic value is 0.671371, one
 * unit off in the fourth printed digit, so that row allows 1e-4 instead of 5e-5.
 */
const STATA_RADIOLOGISTS = [
  [21, 12, 0, 0],
  [4, 17, 1, 0],
  [3, 9, 15, 2],
  [0, 0, 0, 1],
];

/**
 * SAS/STAT User's Guide, PROC FREQ, "Getting Started: Agreement Study" (two dermatologists,
 * 88 patients, four ordered categories): simple κ = 0.3449, weighted κ (Cicchetti–Allison,
 * i.e. linear weights on rank scores) = 0.5082.
 */
const SAS_SKIN_CONDITION = [
  [10, 4, 1, 0],
  [5, 10, 12, 2],
  [2, 4, 12, 5],
  [0, 2, 6, 13],
];

describe("Cohen's kappa against published examples", () => {
  it('Cohen (1960): p_o = .70, p_e = .41, κ = .492', () => {
    const k = cohenKappa(fromCrossTable(COHEN_1960));
    expect(k.observedAgreement).toBeCloseTo(0.7, 10);
    expect(k.expectedAgreement).toBeCloseTo(0.41, 10);
    expect(Math.abs((k.value as number) - 0.492)).toBeLessThan(0.0005);
    expect(k.units).toBe(200);
  });

  it.each([
    ['none', 0.4728, 0.6353, 0.3082, 0.00005],
    ['linear', 0.5684, 0.8667, 0.6911, 0.00005],
    ['quadratic', 0.6713, 0.9477, 0.8409, 0.0001],
  ] as [KappaWeights, number, number, number, number][])('Stata radiologists, weights %s: κ = %s', (weights, kappa, po, pe, tolerance) => {
    const k = cohenKappa(fromCrossTable(STATA_RADIOLOGISTS), weights);
    expect(Math.abs((k.value as number) - kappa)).toBeLessThan(tolerance);
    expect(Math.abs((k.observedAgreement as number) - po)).toBeLessThan(0.00005);
    expect(Math.abs((k.expectedAgreement as number) - pe)).toBeLessThan(0.00005);
    expect(k.weights).toBe(weights);
  });

  it.each([
    ['none', 0.3449],
    ['linear', 0.5082],
  ] as [KappaWeights, number][])('SAS skin condition, weights %s: κ = %s', (weights, kappa) => {
    expect(Math.abs((cohenKappa(fromCrossTable(SAS_SKIN_CONDITION), weights).value as number) - kappa)).toBeLessThan(0.00005);
  });

  it('weights use ranks, not the numbers themselves', () => {
    const ranks = cohenKappa(fromCrossTable(STATA_RADIOLOGISTS), 'linear').value;
    expect(cohenKappa(fromCrossTable(STATA_RADIOLOGISTS, [1, 10, 100, 1000]), 'linear').value).toBeCloseTo(ranks as number, 12);
  });
});

describe("Cohen's kappa: basis and degenerate cases", () => {
  it('leaves out units one coder did not code, and says so', () => {
    const data = codeGrid(['A', 'B'], ['1', '2', '3', '4'], [['x', 'x'], ['y', 'y'], ['x', null], [null, null]]);
    const k = cohenKappa(data);
    expect(k.value).toBe(1);
    expect(k.units).toBe(2);
    expect(k.excluded).toEqual([
      { what: 'units', count: 1, reason: 'only one of the two coders gave a value' },
      { what: 'units', count: 1, reason: 'neither coder gave a value' },
    ]);
  });

  it.each([
    ['three coders', codeGrid(['A', 'B', 'C'], ['1'], [['x', 'x', 'x']]), 'none', 'exactly two coders'],
    ['no common unit', codeGrid(['A', 'B'], ['1', '2'], [['x', null], [null, 'y']]), 'none', 'no unit has values from both'],
    ['one value only', codeGrid(['A', 'B'], ['1', '2'], [['x', 'x'], ['x', 'x']]), 'none', 'chance agreement is 1'],
    ['weights on labels', codeGrid(['A', 'B'], ['1', '2'], [['x', 'y'], ['y', 'y']]), 'linear', 'need ordered numeric values'],
  ] as const)('%s: no value, with the reason', (_, data, weights, reason) => {
    const k = cohenKappa(data, weights);
    expect(k.value).toBeNull();
    expect(k.reason).toContain(reason);
  });
});
