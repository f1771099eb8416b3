import { describe, expect, it } from 'vitest';
import { canonicalText } from '../text/canonical';
import { canonicalMap } from './canonical-map';

/** Every raw span of whole characters maps onto the canonical span of the same text. */
function expectFaithful(raw: string, spans: [number, number][]): void {
  const map = canonicalMap(raw);
  expect(map.text).toBe(canonicalText(raw));
  for (const [s, e] of spans) {
    const start = map.toCanonical(s, 'start');
    const end = map.toCanonical(e, 'end');
    expect(map.text.slice(start, end)).toBe(canonicalText(raw.slice(s, e)));
  }
}

describe('canonicalMap', () => {
  it('is the identity on canonical text', () => {
    const raw = 'Привет 👋🏽\nworld';
    const map = canonicalMap(raw);
    expect(map.exact).toBe(true);
    for (let i = 0; i <= raw.length; i++) expect(map.toCanonical(i, 'start')).toBe(i);
  });

  it('drops the CR of CRLF and turns a lone CR into LF', () => {
    const raw = 'one\r\ntwo\rthree\r\n\r\nfour';
    expectFaithful(raw, [
      [0, 3],
      [5, 8],
      [9, 14],
      [5, 14],
      [19, 23],
      [0, raw.length],
    ]);
    // Between CR and LF is the line break's place.
    const map = canonicalMap(raw);
    expect(map.toCanonical(4, 'start')).toBe(3);
  });

  it('follows NFC through decomposed accents, snapping inside a sequence outward', () => {
    const raw = 'Cafe\u0301 Mu\u0308ller, cafe\u0301.\r\nGrüße';
    expectFaithful(raw, [
      [0, 5],
      [6, 13],
      [15, 20],
      [0, raw.length],
    ]);
    const map = canonicalMap(raw);
    expect(map.exact).toBe(true);
    // Between "e" and its accent: a start snaps before the "é", an end after it.
    expect(map.text.slice(map.toCanonical(4, 'start'), map.toCanonical(4, 'end'))).toBe('é');
  });

  it('says when it can only approximate (Hangul jamo composed across clusters)', () => {
    const raw = '\u1100\u1161 text';
    const map = canonicalMap(raw);
    expect(map.text).toBe('\uac00 text');
    expect(map.exact).toBe(false);
  });
});
