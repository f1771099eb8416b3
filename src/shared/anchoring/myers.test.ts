import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { Work, searchBounded } from './myers';

/** A deterministic pseudo-random generator (mulberry32), so failures can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(next: () => number, alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

describe('searchBounded', () => {
  it('finds what approx-string-match finds when it has budget and places to spare', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const alphabet = round % 3 === 0 ? 'ab' : round % 3 === 1 ? 'abcd e' : 'абвгд😀';
      const text = word(next, alphabet, 20 + Math.floor(next() * 400));
      const from = Math.floor(next() * text.length);
      const pattern = word(next, alphabet, 1 + Math.floor(next() * 80)) || 'a';
      const k = Math.floor(next() * (pattern.length / 3));
      const expected = search(text, pattern, k);
      const got = searchBounded(text, pattern, k, 0, text.length, undefined, 1_000_000, new Work(1e12));
      expect(got, `round ${round}`).toEqual(expected);
      const region = searchBounded(text, pattern, k, from, text.length, undefined, 1_000_000, new Work(1e12));
      expect(region, `round ${round}, from ${from}`).toEqual(search(text.slice(from), pattern, k).map((m) => ({ ...m, start: m.start + from, end: m.end + from })));
    }
  });

  it('gives up (null) when the work budget is spent', () => {
    const text = 'ab'.repeat(50_000);
    expect(searchBounded(text, 'abba'.repeat(20), 16, 0, text.length, undefined, 32, new Work(10_000))).toBeNull();
  });

  it('resolves starts for at most maxPlaces places, the ones nearest the expected position', () => {
    const text = 'the cat sat. '.repeat(1_000);
    const all = searchBounded(text, 'the cot sat', 2, 0, text.length, undefined, 1_000_000, new Work(1e12));
    const few = searchBounded(text, 'the cot sat', 2, 0, text.length, 6_500, 3, new Work(1e12));
    expect(all?.length).toBeGreaterThan(900);
    expect(few?.map((m) => m.start)).toEqual([6_487, 6_500, 6_513]);
  });
});
