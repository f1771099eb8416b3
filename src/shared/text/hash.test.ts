import { describe, expect, it } from 'vitest';
import { contentHash, hashFromNiUri, niUri, fnv1a32 } from './hash';

describe('ni: URIs', () => {
  const a = contentHash('Бюджет 📉');
  const b = contentHash('');

  it.each<[string, string, string | null]>([
    ['our own URI', niUri(a), a],
    ['the empty text', niUri(b), b],
    ['with an authority', niUri(a).replace('ni:///', 'ni://example.org/'), a],
    ['another algorithm', niUri(a).replace('sha-256', 'sha-512'), null],
    ['a truncated hash', niUri(a).slice(0, -1), null],
    ['not an ni: URI', 'urn:uuid:0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', null],
  ])('%s', (_name, uri, expected) => {
    expect(hashFromNiUri(uri)).toBe(expected);
  });

  it('answers repeated and alternating look-ups alike (it remembers the last one)', () => {
    const uris = [niUri(a), niUri(a), 'urn:x', niUri(b), niUri(a), 'urn:x', 'urn:x', niUri(b)];
    expect(uris.map(hashFromNiUri)).toEqual([a, a, null, b, a, null, null, b]);
  });
});

describe('fnv1a32', () => {
  // Published FNV-1a 32-bit test vectors (ASCII, so UTF-16 units are the bytes).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j → %s', (text, expected) => {
    expect(fnv1a32(text)).toBe(expected);
  });
});
