import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './alpha';
import { codeGrid } from './coded-data';
import { seededRandom } from '../random';
import type { Level } from './types';

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication Departmental Papers 43, section E ("A general computational form"): four
 * observers A–D, twelve units, missing values ("."). Published: nominal α = .743, ordinal
 * α = .815, interval α = .849, ratio α = .797.
 */
const KRIPPENDORFF_2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const byUnit = KRIPPENDORFF_2011[0].map((_, u) => KRIPPENDORFF_2011.map((row) => row[u]));
const example = codeGrid(['A', 'B', 'C', 'D'], byUnit.map((_, u) => `${u + 1}`), byUnit);

describe('Krippendorff (2011) worked example', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as [Level, number][])('%s alpha is %s', (level, published) => {
    const result = krippendorffAlpha(example, level);
    expect(result.value).not.toBeNull();
    expect(Math.abs((result.value as number) - published)).toBeLessThan(0.0005);
    expect(result.level).toBe(level);
  });

  it('counts n = 40 pairable values in 11 units, and leaves out unit 12 (one value)', () => {
    const result = krippendorffAlpha(example);
    expect(1 - (result.observedDisagreement as number) / (result.expectedDisagreement as number)).toBeCloseTo(result.value as number, 12);
    expect(result.pairableValues).toBe(40);
    expect(result.units).toBe(11);
    expect(result.coders).toBe(4);
    expect(result.excluded).toEqual([{ what: 'units', count: 1, reason: 'only one coder gave a value (not pairable)' }]);
  });
});

describe('degenerate data says why instead of NaN', () => {
  it.each([
    ['one coder', ['A'], [['x'], ['y']], 'at least two coders'],
    ['no pairable values', ['A', 'B'], [['x', null], [null, 'y']], 'no pairable values'],
    ['one value only', ['A', 'B'], [['x', 'x'], ['x', 'x']], 'every pairable value is “x”'],
  ] as [string, string[], (string | null)[][], string][])('%s', (_, coders, grid, reason) => {
    const result = krippendorffAlpha(codeGrid(coders, grid.map((_, i) => `u${i}`), grid));
    expect(result.value).toBeNull();
    expect(result.reason).toContain(reason);
  });

  it('refuses metric levels on labels and ratio on negative values', () => {
    expect(krippendorffAlpha(codeGrid(['A', 'B'], ['1'], [['low', 'high']]), 'ordinal').reason).toContain('“low” is not a number');
    expect(krippendorffAlpha(codeGrid(['A', 'B'], ['1'], [[-1, 2]]), 'ratio').reason).toContain('-1 is negative');
  });

  it('is 1 for perfect agreement', () => {
    expect(krippendorffAlpha(codeGrid(['A', 'B'], ['1', '2'], [['x', 'x'], ['y', 'y']])).value).toBe(1);
  });
});

/**
 * A second, straightforward alpha written only for this test, from the definitions in
 * Krippendorff (2011): every ordered pair of values by different coders in a unit adds
 * 1/(m_u − 1) to the coincidence matrix, which is kept dense over the sorted numbers.
 */
function naiveAlpha(grid: (number | null)[][], level: Level): number {
  const values = [...new Set(grid.flat().filter((v): v is number => v !== null))].sort((a, b) => a - b);
  const V = values.length;
  const o = values.map(() => values.map(() => 0));
  for (const row of grid) {
    const present = row.filter((v): v is number => v !== null);
    if (present.length < 2) continue;
    for (let i = 0; i < present.length; i++) {
      for (let j = 0; j < present.length; j++) {
        if (i !== j) o[values.indexOf(present[i])][values.indexOf(present[j])] += 1 / (present.length - 1);
      }
    }
  }
  const nc = o.map((r) => r.reduce((a, b) => a + b, 0));
  const n = nc.reduce((a, b) => a + b, 0);
  const delta = (c: number, k: number): number => {
    const [a, b] = [values[c], values[k]];
    if (level === 'nominal') return a === b ? 0 : 1;
    if (level === 'interval') return (a - b) ** 2;
    if (level === 'ratio') return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    let s = 0;
    for (let g = Math.min(c, k); g <= Math.max(c, k); g++) s += nc[g];
    return (s - (nc[c] + nc[k]) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      observed += o[c][k] * delta(c, k);
      expected += nc[c] * nc[k] * delta(c, k);
    }
  }
  return 1 - ((n - 1) * observed) / expected;
}

describe('alpha against a second implementation on generated data (seed 20240607)', () => {
  const random = seededRandom(20240607);
  const cases: { grid: (number | null)[][]; coders: number }[] = [];
  for (let i = 0; i < 60; i++) {
    const coders = 2 + Math.floor(random() * 5);
    const units = 5 + Math.floor(random() * 60);
    const values = 2 + Math.floor(random() * 6);
    const missing = random() * 0.4;
    const grid = Array.from({ length: units }, () => {
      const truth = Math.floor(random() * values);
      return Array.from({ length: coders }, () => {
        if (random() < missing) return null;
        return random() < 0.6 ? truth : Math.floor(random() * values);
      });
    });
    cases.push({ grid, coders });
  }

  it.each(['nominal', 'ordinal', 'interval', 'ratio'] as Level[])('%s: both give the same alpha on 60 data sets', (level) => {
    let compared = 0;
    for (const { grid, coders } of cases) {
      const data = codeGrid(Array.from({ length: coders }, (_, c) => `c${c}`), grid.map((_, u) => `u${u}`), grid);
      const mine = krippendorffAlpha(data, level).value;
      const theirs = naiveAlpha(grid, level);
      if (mine === null) {
        expect(Number.isFinite(theirs)).toBe(false);
        continue;
      }
      expect(mine).toBeCloseTo(theirs, 10);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
