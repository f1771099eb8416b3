import { describe, expect, it } from 'vitest';
import type { Difference, PlaceVersion } from '../../../shared/compare/compare-layers';
import { describeDecision, describeKinds, describeShift } from './describe';

const version = (startShift: number | null, endShift: number | null): PlaceVersion => ({
  coderId: 'b',
  annotation: startShift === null ? null : { id: 'x', coderId: 'b', categoryId: 'claim', start: 0, end: 1 },
  startShift,
  endShift,
});
const names = (id: string) => ({ a: 'Ana', b: 'Ben', c: 'Cleo' })[id] ?? id;

describe('comparison wording', () => {
  it.each([
    [version(0, 0), 'same span'],
    [version(3, 0), 'starts 3 characters later'],
    [version(-1, 2), 'starts 1 character earlier, ends 2 characters later'],
    [version(0, -4), 'ends 4 characters earlier'],
    [version(null, null), 'marked nothing here'],
  ])('%o → %s', (v, expected) => {
    expect(describeShift(v)).toBe(expected);
  });

  it('names the kinds and who marked a place', () => {
    const d: Difference = {
      start: 0,
      end: 1,
      kinds: ['category', 'boundary', 'missing'],
      versions: [{ ...version(0, 0), coderId: 'a' }, version(1, 0), { ...version(null, null), coderId: 'c' }],
    };
    expect(describeKinds(d, names)).toEqual(['different categories', 'different boundaries', 'only Ana and Ben marked it']);
  });

  it('says what was decided', () => {
    const base = { id: 'j', documentId: 'd', start: 0, end: 1, reason: '', annotationIds: [], editorId: 'a', modified: '' };
    expect(describeDecision({ ...base, decision: 'accepted', acceptedCoderId: 'b' }, names)).toBe("accepted Ben's version");
    expect(describeDecision({ ...base, decision: 'written' }, names)).toBe('wrote a new version');
    expect(describeDecision({ ...base, decision: 'unresolved' }, names)).toBe('unresolved');
  });
});
