import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { compareLayers, type CompareAnnotation } from './compare-layers';
import { comparePacked, packAnnotations, unpackComparison } from './packed';

describe('the packed comparison (the worker’s form)', () => {
  it('gives what compareLayers gives, with the caller’s own annotations', () => {
    const random = seededRandom(11);
    const text = 'word '.repeat(400);
    const coders = ['ana', 'ben', 'cleo'];
    const categories = ['claim', 'demand'];
    const annotations: CompareAnnotation[] = [];
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(random() * 1900);
      annotations.push({ id: `id-${String(i).padStart(4, '0')}`, coderId: coders[i % 3], categoryId: categories[Math.floor(random() * 2)], start, end: start + 3 + Math.floor(random() * 60) });
    }
    // Exact agreements too.
    for (let i = 0; i < 20; i++) for (const c of coders) annotations.push({ id: `same-${i}-${c}`, coderId: c, categoryId: 'claim', start: 2000 - 60 + i, end: 2000 - 40 + i });
    // Ids in the same order as the indices, so that ties break alike.
    const direct = compareLayers(text, annotations, coders);
    const packed = comparePacked(text, packAnnotations(annotations, coders, categories), coders, categories);
    const back = unpackComparison(packed, annotations, coders);
    expect(back).toEqual(direct);
    expect(back.agreements).toBeGreaterThan(0);
    expect(back.differences[0].versions.some((v) => v.annotation && annotations.includes(v.annotation))).toBe(true);
  });
});
