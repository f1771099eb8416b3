import { describe, expect, it } from 'vitest';
import { compareLayers, type CompareAnnotation, type DifferenceKind } from './compare-layers';

const TEXT = 'Minister: The ferry agreement 🚢 has lapsed because Veltria never delivered the safety reports.';
let n = 0;
/** An annotation of `coder` on `quote` (its first occurrence), moved by `from`/`to` UTF-16 units. */
const on = (coder: string, quote: string, categoryId = 'claim', from = 0, to = 0): CompareAnnotation => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(quote);
  return { id: `${coder}-${++n}`, coderId: coder, categoryId, start: start + from, end: start + quote.length + to };
};

type Case = [string, CompareAnnotation[], string[], { kinds: DifferenceKind[]; shifts?: [number | null, number | null][] }[], number];
const cases: Case[] = [
  ['identical spans and categories agree', [on('A', 'The ferry agreement'), on('B', 'The ferry agreement')], ['A', 'B'], [], 1],
  ['the same span with another category', [on('A', 'The ferry agreement'), on('B', 'The ferry agreement', 'demand')], ['A', 'B'], [{ kinds: ['category'], shifts: [[0, 0], [0, 0]] }], 0],
  ['other boundaries, counted at each end', [on('A', 'The ferry agreement'), on('B', 'The ferry agreement', 'claim', 4, -2)], ['A', 'B'], [{ kinds: ['boundary'], shifts: [[0, 0], [4, -2]] }], 0],
  ['boundaries counted in code points (the emoji is one)', [on('A', 'agreement 🚢 has'), on('B', 'agreement 🚢 has', 'claim', 0, -6)], ['A', 'B'], [{ kinds: ['boundary'], shifts: [[0, 0], [0, -5]] }], 0],
  ['other boundaries and another category', [on('A', 'has lapsed because'), on('B', 'has lapsed', 'demand')], ['A', 'B'], [{ kinds: ['category', 'boundary'] }], 0],
  ['a span only one coder marked', [on('A', 'Veltria never delivered')], ['A', 'B'], [{ kinds: ['missing'], shifts: [[0, 0], [null, null]] }], 0],
  ['two of three agree, the third marked nothing', [on('A', 'safety reports'), on('B', 'safety reports')], ['A', 'B', 'C'], [{ kinds: ['missing'] }], 0],
  ['a short span inside a long one is not a version of it', [on('A', 'The ferry agreement 🚢 has lapsed because Veltria'), on('B', 'ferry')], ['A', 'B'], [{ kinds: ['missing'] }, { kinds: ['missing'] }], 0],
  ['an exact twin is kept for its twin, not taken by a neighbour', [on('A', 'The ferry agree'), on('A', 'The ferry agreement'), on('B', 'The ferry agreement')], ['A', 'B'], [{ kinds: ['missing'] }], 1],
  ['the same category is preferred to more overlap', [on('A', 'never delivered the safety'), on('B', 'never delivered the safety', 'demand'), on('B', 'never delivered the', 'claim')], ['A', 'B'], [{ kinds: ['boundary'] }, { kinds: ['missing'] }], 0],
  ['coders not compared are left out', [on('A', 'lapsed'), on('B', 'lapsed'), on('C', 'because')], ['A', 'B'], [], 1],
];

describe('compareLayers', () => {
  it.each(cases)('%s', (_name, annotations, coders, expected, agreements) => {
    const result = compareLayers(TEXT, annotations, coders);
    expect(result.agreements).toBe(agreements);
    expect(result.differences.map((d) => d.kinds)).toEqual(expected.map((e) => e.kinds));
    expected.forEach((e, i) => {
      if (e.shifts) expect(result.differences[i].versions.map((v) => [v.startShift, v.endShift])).toEqual(e.shifts);
      expect(result.differences[i].versions.map((v) => v.coderId)).toEqual(coders);
    });
  });

  it('gives each difference the union of its versions and lists agreed annotations', () => {
    const a = on('A', 'The ferry agreement');
    const b = on('B', 'The ferry agreement', 'claim', 4, 2);
    const same = [on('A', 'lapsed'), on('B', 'lapsed')];
    const result = compareLayers(TEXT, [b, ...same, a], ['A', 'B']);
    expect(result.differences).toHaveLength(1);
    expect(result.differences[0]).toMatchObject({ start: a.start, end: b.end });
    expect(result.differences[0].versions.map((v) => v.annotation?.id)).toEqual([a.id, b.id]);
    expect(result.agreedIds.sort()).toEqual(same.map((s) => s.id).sort());
  });

  it('lists differences in reading order', () => {
    const result = compareLayers(TEXT, [on('B', 'safety'), on('A', 'Minister'), on('A', 'lapsed', 'demand'), on('B', 'lapsed')], ['A', 'B']);
    expect(result.differences.map((d) => TEXT.slice(d.start, d.end))).toEqual(['Minister', 'lapsed', 'safety']);
  });
});
