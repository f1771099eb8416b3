import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../shared/search/query';
import { CHUNK_UNITS } from '../../../shared/search/document-search';
import { findInText, hitAtOrAfter } from './find-run';

const query = (q: string, options = {}) => {
  const c = compileQuery(q, options);
  if (!c.ok) throw new Error(c.error);
  return c.value;
};

describe('findInText', () => {
  it('reports hits chunk by chunk and ends with all of them', async () => {
    const line = 'The ferry\u00a0agreement has lapsed. ';
    const text = Array.from({ length: Math.ceil((CHUNK_UNITS * 3) / line.length) }, () => line).join('\n');
    const seen: number[] = [];
    const outcome = await findInText(text, query('ferry agreement'), new AbortController().signal, (hits) => seen.push(hits.length));
    const expected = text.split('\n').length;
    expect(outcome?.complete).toBe(true);
    expect(outcome?.hits).toHaveLength(expected);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]).toBeLessThan(expected);
    expect(seen.at(-1)).toBe(expected);
  });

  it('stops when asked, without reporting more', async () => {
    const controller = new AbortController();
    const text = Array.from({ length: 20000 }, () => 'a ferry').join('\n');
    let calls = 0;
    const outcome = await findInText(text, query('ferry'), controller.signal, () => {
      calls++;
      controller.abort();
    });
    expect(outcome).toBeNull();
    expect(calls).toBe(1);
  });
});

describe('hitAtOrAfter', () => {
  const hits = [
    { start: 5, end: 7 },
    { start: 10, end: 12 },
  ];
  it.each([
    [0, 0],
    [5, 0],
    [6, 1],
    [10, 1],
    [11, 0],
  ])('from %i → %i', (offset, index) => expect(hitAtOrAfter(hits, offset)).toBe(index));
  it('is -1 without hits', () => expect(hitAtOrAfter([], 3)).toBe(-1));
});
