import { describe, expect, it } from 'vitest';
import { type UnitizingSpan, unitizingAlpha } from './unitizing-alpha';
import { seededRandom } from '../random';

/** A span from (begin, length) as the sources write them. */
const span = (coder: number, category: number, begin: number, length: number): UnitizingSpan => ({ coder, category, start: begin, end: begin + length });

/**
 * Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed.,
 * p. 254: two observers i and j on the continuum 150–450 (L = 300), categories c and k.
 * Published: D_o(c) = .0144, D_e(c) = .0532, α_U(c) = .7286; D_o(k) = 0, D_e(k) = .0490,
 * α_U(k) = 1; α_U = .8591 (also in DKPro Agreement's unitizing Krippendorff2004Test).
 */
const C = 0;
const K = 1;
const KRIPPENDORFF_2004 = [
  span(0, C, 225, 70),
  span(0, C, 370, 30),
  span(1, C, 220, 80),
  span(1, C, 355, 20),
  span(1, C, 400, 20),
  span(0, K, 180, 60),
  span(0, K, 300, 50),
  span(1, K, 180, 60),
  span(1, K, 300, 50),
];

describe('α_U: Krippendorff (2004, p. 254) worked example', () => {
  const result = unitizingAlpha(KRIPPENDORFF_2004, 2, 150, 300);
  const [c, k] = result.byCategory;

  it('category c: D_o = .0144, D_e = .0532, α = .7286', () => {
    expect(Math.abs((c.observedDisagreement as number) - 0.0144)).toBeLessThan(0.00005);
    expect(Math.abs((c.expectedDisagreement as number) - 0.0532)).toBeLessThan(0.00005);
    expect(Math.abs((c.value as number) - 0.7286)).toBeLessThan(0.00005);
    expect(c.units).toBe(5);
  });

  it('category k: D_o = 0, D_e = .0490, α = 1', () => {
    expect(k.observedDisagreement).toBe(0);
    expect(Math.abs((k.expectedDisagreement as number) - 0.049)).toBeLessThan(0.00005);
    expect(k.value).toBe(1);
  });

  it('overall α_U = .8591, which the book reaches from the parts rounded to four places', () => {
    // Exactly 0.8587; 1 − .0144 / (.0532 + .0490) = .8591, as DKPro's test allows (±.0005).
    expect(Math.abs((result.value as number) - 0.8591)).toBeLessThan(0.0005);
    const round = (x: number | null): number => Math.round((x as number) * 10_000) / 10_000;
    const fromRounded = 1 - (round(c.observedDisagreement) + round(k.observedDisagreement)) / (round(c.expectedDisagreement) + round(k.expectedDisagreement));
    expect(fromRounded.toFixed(4)).toBe('0.8591');
    expect(result).toMatchObject({ coders: 2, length: 300, excluded: [] });
  });

  it('the observed parts: 50 (225+70 vs 220+80), 850 (370+30 vs 355+20), 400 (400+20 in a gap)', () => {
    // D_o(c) = 2 · (50 + 850 + 400) / (2 · 1 · 300²).
    expect(c.observedDisagreement).toBeCloseTo((2 * 1300) / (2 * 300 * 300), 12);
  });
});

/**
 * Krippendorff (1995), p. 57: four pairs of coders on 24 positions, one category each (A–D);
 * the observed disagreements as DKPro Agreement's Krippendorff1995Test reproduces them:
 * A .03125, B 2.26736, C .02777, D .38715.
 */
describe('α_U: Krippendorff (1995, p. 57) observed disagreements', () => {
  const example = [
    [span(0, 0, 2, 8), span(0, 0, 14, 6), span(1, 0, 4, 4), span(1, 0, 15, 2)],
    [span(0, 1, 0, 18), ...[[0, 2], [2, 1], [3, 1], [4, 1], [5, 1], [6, 3], [9, 1]].map(([b, l]) => span(1, 1, b, l))],
    [
      ...[[2, 6], [10, 2], [14, 4], [20, 2]].map(([b, l]) => span(0, 2, b, l)),
      ...[[0, 2], [4, 4], [10, 4], [16, 2], [20, 2]].map(([b, l]) => span(1, 2, b, l)),
    ],
    [
      ...[[0, 2], [2, 8], [10, 4], [14, 6], [20, 4]].map(([b, l]) => span(0, 3, b, l)),
      ...[[0, 4], [4, 4], [8, 7], [15, 2], [17, 7]].map(([b, l]) => span(1, 3, b, l)),
    ],
  ];
  it.each([
    [0, 0.03125],
    [1, 2.26736],
    [2, 0.02777],
    [3, 0.38715],
  ])('category %s: D_o = %s', (category, published) => {
    const result = unitizingAlpha(example[category], 2, 0, 24);
    expect(Math.abs((result.byCategory[0].observedDisagreement as number) - published)).toBeLessThan(0.00001);
  });
});

/**
 * A second, position-by-position reading of the same definitions, written only for this test:
 * each coder's continuum is cut into sections (units and gaps); every pair of sections of two
 * coders that share a position is compared once.
 */
function naiveObserved(spans: UnitizingSpan[], coders: number, L: number): number {
  const sections = Array.from({ length: coders }, (_, coder) => {
    const mine = spans.filter((s) => s.coder === coder).sort((a, b) => a.start - b.start);
    const out: { start: number; end: number; unit: boolean }[] = [];
    let at = 0;
    for (const s of mine) {
      if (s.start > at) out.push({ start: at, end: s.start, unit: false });
      out.push({ start: s.start, end: s.end, unit: true });
      at = s.end;
    }
    if (at < L) out.push({ start: at, end: L, unit: false });
    return out;
  });
  let sum = 0;
  for (let i = 0; i < coders; i++) {
    for (let j = i + 1; j < coders; j++) {
      for (const g of sections[i]) {
        for (const h of sections[j]) {
          if (g.end <= h.start || h.end <= g.start) continue;
          if (g.unit && h.unit) sum += (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
          else if (g.unit && h.start <= g.start && g.end <= h.end) sum += (g.end - g.start) ** 2;
          else if (h.unit && g.start <= h.start && h.end <= g.end) sum += (h.end - h.start) ** 2;
        }
      }
    }
  }
  return (2 * sum) / (coders * (coders - 1) * L * L);
}

describe('α_U: the sweep against a section-by-section comparison (seed 7)', () => {
  it('gives the same D_o on 200 generated studies', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 200; n++) {
      const coders = 2 + Math.floor(random() * 4);
      const L = 20 + Math.floor(random() * 200);
      const spans: UnitizingSpan[] = [];
      for (let c = 0; c < coders; c++) {
        let at = Math.floor(random() * 10);
        while (at < L) {
          const length = 1 + Math.floor(random() * 15);
          if (random() < 0.6) spans.push({ coder: c, category: 0, start: at, end: Math.min(L, at + length) });
          at += length + (random() < 0.3 ? 0 : Math.floor(random() * 10));
        }
      }
      const result = unitizingAlpha(spans, coders, 0, L);
      if (spans.length === 0) continue;
      expect(result.byCategory[0].observedDisagreement).toBeCloseTo(naiveObserved(spans, coders, L), 12);
    }
  });
});

describe('α_U: basis and degenerate cases', () => {
  it('merges overlapping spans of one coder and category, and says so', () => {
    const result = unitizingAlpha([span(0, 0, 0, 10), span(0, 0, 5, 10), span(1, 0, 0, 15)], 2, 0, 40);
    expect(result.byCategory[0].observedDisagreement).toBe(0);
    expect(result.excluded).toContainEqual({ what: 'spans', count: 1, reason: expect.stringContaining('merged') });
  });

  it('keeps touching spans apart', () => {
    const touching = unitizingAlpha([span(0, 0, 0, 5), span(0, 0, 5, 5), span(1, 0, 0, 10)], 2, 0, 40);
    expect(touching.byCategory[0].observedDisagreement).toBeGreaterThan(0);
    expect(touching.byCategory[0].units).toBe(3);
  });

  it.each([
    ['one coder', [span(0, 0, 0, 5)], 1, 10, 'at least two coders'],
    ['empty text', [], 2, 0, 'text is empty'],
    ['no spans', [], 2, 10, 'no coder marked any span'],
  ] as [string, UnitizingSpan[], number, number, string][])('%s: null with the reason', (_, spans, coders, L, reason) => {
    const result = unitizingAlpha(spans, coders, 0, L);
    expect(result.value).toBeNull();
    expect(result.reason).toContain(reason);
  });

  it('clips spans to the continuum and counts the ones left outside', () => {
    const result = unitizingAlpha([span(0, 0, 30, 5), span(1, 0, 2, 4)], 2, 0, 20);
    expect(result.excluded).toEqual([{ what: 'spans', count: 1, reason: 'empty, or outside the text' }]);
  });
});
