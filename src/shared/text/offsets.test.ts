import { describe, expect, it } from 'vitest';
import {
  OffsetMap,
  codePointLength,
  codePointsToUnits,
  prefixBefore,
  snapToCodePoint,
  suffixAfter,
  unitsToCodePoints,
} from './offsets';

const text = 'Ab 😀 “quote” — Привет 𝒳 end';

describe('code point conversion', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['😀', 1],
    ['a😀b𝒳', 4],
    ['Привет', 6],
  ])('codePointLength(%j) = %i', (s, n) => {
    expect(codePointLength(s)).toBe(n);
  });

  it('round-trips every code point boundary through OffsetMap and the one-off functions', () => {
    const map = new OffsetMap(text);
    const points = [...text];
    let unit = 0;
    for (let cp = 0; cp <= points.length; cp++) {
      expect(map.toUnits(cp)).toBe(unit);
      expect(map.toCodePoints(unit)).toBe(cp);
      expect(codePointsToUnits(text, cp)).toBe(unit);
      expect(unitsToCodePoints(text, unit)).toBe(cp);
      if (cp < points.length) unit += points[cp].length;
    }
    expect(map.codePointLength).toBe(points.length);
  });

  it('selects the same characters in both units', () => {
    const map = new OffsetMap(text);
    const start = text.indexOf('😀');
    const end = text.indexOf('end');
    const cpStart = map.toCodePoints(start);
    const cpEnd = map.toCodePoints(end);
    expect([...text].slice(cpStart, cpEnd).join('')).toBe(text.slice(start, end));
  });

  it('clamps code point offsets past the end', () => {
    expect(new OffsetMap('a😀').toUnits(10)).toBe(3);
  });

  it('never splits a surrogate pair when snapping', () => {
    const i = text.indexOf('😀') + 1;
    expect(snapToCodePoint(text, i, -1)).toBe(i - 1);
    expect(snapToCodePoint(text, i, 1)).toBe(i + 1);
    expect(snapToCodePoint(text, 1, 1)).toBe(1);
  });

  it('takes prefix and suffix in code points', () => {
    const at = text.indexOf(' “');
    expect(prefixBefore(text, at, 2)).toBe(' 😀');
    expect(suffixAfter(text, text.indexOf('𝒳'), 2)).toBe('𝒳 ');
    expect(prefixBefore(text, 1, 32)).toBe('A');
    expect(suffixAfter(text, text.length - 1, 32)).toBe('d');
  });
});
