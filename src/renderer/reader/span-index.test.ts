import { describe, expect, it } from 'vitest';
import type { HighlightSpan } from './segments';
import { SpanIndex } from './span-index';

const span = (id: string, from: number): HighlightSpan => ({ id, from, to: from + 5, categoryId: 'claim' });
const ids = (index: SpanIndex) => [...index.values()].map((s) => `${s.id}@${s.from}`).sort();

describe('SpanIndex', () => {
  const many = Array.from({ length: 500 }, (_, i) => span(`s${i}`, i));
  it.each<[string, string[], HighlightSpan[], (all: string[]) => string[]]>([
    ['adds', [], [span('new', 7)], (all) => [...all, 'new@7']],
    ['removes, ignoring unknown ids', ['s3', 'nope'], [], (all) => all.filter((x) => x !== 's3@3')],
    ['replaces', ['s4'], [span('s4', 40)], (all) => all.map((x) => (x === 's4@4' ? 's4@40' : x))],
    ['re-adds what it removed', ['s5'], [span('s5', 5)], (all) => all],
  ])('%s, and leaves the old index as it was', (_name, removed, added, expected) => {
    const before = SpanIndex.of(many);
    const all = ids(before);
    const after = before.with(removed, added);
    expect(ids(after)).toEqual(expected(all).sort());
    expect(ids(before)).toEqual(all);
    for (const s of added) expect(after.get(s.id)).toBe(s);
    for (const id of removed.filter((r) => !added.some((s) => s.id === r))) expect(after.get(id)).toBeUndefined();
  });
});
