import { describe, expect, it } from 'vitest';
import { GuidAllocator, coderGuid, derivedGuid, isUuid, normaliseGuid, uuidV5 } from './guid';

/** RFC 9562's DNS namespace, for the published version-5 example. */
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('REFI-QDA GUIDs', () => {
  it('makes version-5 UUIDs as RFC 9562 does', () => {
    // Appendix A.4 of RFC 9562 (and Python's uuid.uuid5(NAMESPACE_DNS, "www.example.com")).
    expect(uuidV5(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it.each([
    ['a0b1c2d3-e4f5-4a6b-8c7d-000000000001', 'a0b1c2d3-e4f5-4a6b-8c7d-000000000001'],
    ['A0B1C2D3-E4F5-4A6B-8C7D-00000000000F', 'a0b1c2d3-e4f5-4a6b-8c7d-00000000000f'],
    ['{A0B1C2D3-E4F5-4A6B-8C7D-00000000000F}', 'a0b1c2d3-e4f5-4a6b-8c7d-00000000000f'],
    [' a0b1c2d3-e4f5-4a6b-8c7d-000000000001 ', 'a0b1c2d3-e4f5-4a6b-8c7d-000000000001'],
    ['{a0b1c2d3-e4f5-4a6b-8c7d-000000000001', null],
    ['a0b1c2d3e4f54a6b8c7d000000000001', null],
    ['not a guid', null],
    ['__proto__', null],
    [undefined, null],
  ])('normalises %j to %j', (value, expected) => {
    expect(normaliseGuid(value)).toBe(expected);
  });

  it('keeps UUID ids for the things themselves and derives the rest, deterministically', () => {
    const id = '0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51';
    expect(derivedGuid('coding', id)).toBe(id);
    expect(derivedGuid('category', id)).toBe(id);
    expect(derivedGuid('document', id)).toBe(id);
    expect(derivedGuid('selection', id)).not.toBe(id);
    expect(derivedGuid('selection', id)).toBe(derivedGuid('selection', id));
    expect(derivedGuid('category', 'claim')).not.toBe(derivedGuid('document', 'claim'));
    expect(isUuid(derivedGuid('category', 'claim'))).toBe(true);
    expect(coderGuid('Алекс')).toBe(coderGuid('Алекс'));
    expect(coderGuid('Алекс')).not.toBe(coderGuid('Maria'));
  });

  it('never hands out the same GUID twice in one project', () => {
    const guids = new GuidAllocator();
    const id = '0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51';
    const first = guids.take('category', id);
    const second = guids.take('document', id);
    expect(first).toBe(id);
    expect(second).not.toBe(id);
    expect(guids.reserve(coderGuid('x'))).toBe(true);
    expect(guids.reserve(coderGuid('x'))).toBe(false);
  });
});
