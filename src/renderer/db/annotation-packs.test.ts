import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/model';
import { addCounts, applyToPack, groupByPack, packAll, packOf, PACKS_PER_DOCUMENT } from './annotation-packs';

function ann(id: string, categoryId = 'claim', documentId = 'd1'): Annotation {
  return {
    id,
    documentId,
    categoryId,
    start: 0,
    end: 1,
    exact: 'x',
    prefix: '',
    suffix: '',
    memo: '',
    coderId: 'c0',
    coder: '',
    editorId: 'c0',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    status: 'placed',
  };
}

describe('packOf', () => {
  it('is stable (stored data depends on it) and spreads ids over every pack', () => {
    // Fixed values: changing the hash would strand every stored annotation in the wrong pack.
    expect([packOf(''), packOf('a'), packOf('0b6c5a4e-2f1d-4c3b-8a9e-7d6f5e4c3b2a')]).toEqual([5, 44, 17]);
    const used = new Set(Array.from({ length: 2000 }, (_, i) => packOf(`id-${i}`)));
    expect(used.size).toBe(PACKS_PER_DOCUMENT);
    for (const p of used) expect(p >= 0 && p < PACKS_PER_DOCUMENT).toBe(true);
  });
});

describe('applyToPack', () => {
  it.each([
    { name: 'insert', current: [], put: ['a:claim'], remove: [], after: ['a:claim'], delta: { claim: 1 } },
    { name: 'replace with another category', current: ['a:claim', 'b:demand'], put: ['a:demand'], remove: [], after: ['b:demand', 'a:demand'], delta: { claim: -1, demand: 1 } },
    { name: 'delete', current: ['a:claim', 'b:demand'], put: [], remove: ['b'], after: ['a:claim'], delta: { demand: -1 } },
    { name: 'delete of a missing id changes nothing', current: ['a:claim'], put: [], remove: ['zz'], after: ['a:claim'], delta: {} },
    { name: 'delete then put of one id (an edit) counts once', current: ['a:claim'], put: ['a:claim'], remove: ['a'], after: ['a:claim'], delta: { claim: 0 } },
  ])('$name', ({ current, put, remove, after, delta }) => {
    const parse = (s: string) => ann(s.split(':')[0], s.split(':')[1]);
    const result = applyToPack(current.map(parse), put.map(parse), new Set(remove));
    expect(result.annotations.map((a) => `${a.id}:${a.categoryId}`)).toEqual(after);
    expect(Object.fromEntries(result.delta)).toEqual(delta);
  });
});

describe('addCounts', () => {
  it('adds, and drops categories that reach zero', () => {
    expect(addCounts({ claim: 2, demand: 1 }, new Map([['claim', -2], ['demand', 1], ['proposal', 3]]))).toEqual({ demand: 2, proposal: 3 });
  });
});

describe('groupByPack and packAll', () => {
  it('groups writes by document and pack', () => {
    const groups = [...groupByPack({ put: [ann('a'), ann('a', 'claim', 'd2')], delete: [{ documentId: 'd1', id: 'a' }] }).values()];
    expect(groups.map((g) => [g.key, g.put.length, [...g.delete]])).toEqual([
      [['d1', packOf('a')], 1, ['a']],
      [['d2', packOf('a')], 1, []],
    ]);
  });

  it('packs everything with counts, and refuses two annotations with one id', () => {
    const all = Array.from({ length: 100 }, (_, i) => ann(`id-${i}`, i % 3 ? 'claim' : 'demand', i < 60 ? 'd1' : 'd2'));
    const { packs, counts } = packAll(all);
    expect(packs.reduce((n, p) => n + p.annotations.length, 0)).toBe(100);
    for (const p of packs) for (const a of p.annotations) expect([a.documentId, packOf(a.id)]).toEqual([p.documentId, p.pack]);
    expect(counts).toEqual([
      { documentId: 'd1', counts: { demand: 20, claim: 40 } },
      { documentId: 'd2', counts: { demand: 14, claim: 26 } },
    ]);
    expect(() => packAll([ann('x'), ann('x', 'demand', 'd2')])).toThrow('Two annotations have the same id x.');
  });
});
