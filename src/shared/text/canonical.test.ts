import { describe, expect, it } from 'vitest';
import { canonicalText, paragraphsOf } from './canonical';
import { contentHash, hashFromNiUri, niUri } from './hash';

describe('canonicalText', () => {
  it.each([
    ['\uFEFFhello', 'hello'],
    ['a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['Cafe\u0301', 'Café'],
    ['  keep  spaces \n\n', '  keep  spaces \n\n'],
  ])('%j → %j', (input, expected) => {
    expect(canonicalText(input)).toBe(expected);
  });
});

describe('paragraphsOf', () => {
  it('gives every line with its offsets, blank lines included', () => {
    const text = 'one\n\ntwo';
    expect(paragraphsOf(text)).toEqual([
      { index: 0, start: 0, end: 3 },
      { index: 1, start: 4, end: 4 },
      { index: 2, start: 5, end: 8 },
    ]);
  });
});

describe('content hash', () => {
  it('is the SHA-256 of the UTF-8 text', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('round-trips through an RFC 6920 ni URI', () => {
    const hash = contentHash('Привет 😀');
    const uri = niUri(hash);
    expect(uri).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
    expect(hashFromNiUri(uri)).toBe(hash);
    expect(hashFromNiUri('ni:///sha-256;short')).toBeNull();
  });
});
