import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation } from '../model';
import type { RetrievalDocument } from '../reports/coded-segments';
import { contentHash } from '../text/hash';
import { addExclusion } from '../transcript/corrections';
import { detectStructure } from '../transcript/structure';
import { cellKey, cooccurrence } from './cooccurrence';
import { transitions } from './sequences';
import { speakerMatrix } from './speaker-matrix';

const TEXT = ['Ana: You hid the numbers. We cut nothing.', 'Ben: That is false. We propose an audit.', 'Ben: An audit now.', 'Ana: We demand the report.'].join('\n');
const structure = detectStructure(TEXT, contentHash(TEXT));
const documents: RetrievalDocument[] = [{ id: 'd', title: 'Debate', text: TEXT, structure }];
let n = 0;
const at = (quote: string, categoryId: string, coder = 'Ana', from = 0): Annotation => {
  const start = TEXT.indexOf(quote, from);
  if (start < 0) throw new Error(quote);
  return { id: `a${n++}`, documentId: 'd', categoryId, start, end: start + quote.length, exact: quote, prefix: '', suffix: '', memo: '', coder, coderId: `id-${coder}`, editorId: `id-${coder}`, created: '', modified: '', status: 'placed' };
};
const annotations = [
  at('You hid the numbers.', 'accusation'),
  at('hid the numbers', 'claim'),
  at('We cut nothing.', 'claim'),
  at('You hid the numbers.', 'claim', 'Ben'), // another coder on the same span: not co-occurrence
  at('That is false. We', 'claim'),
  at('We propose an audit.', 'proposal'),
  at('An audit now.', 'proposal'),
  at('We demand the report.', 'demand'),
];

describe('co-occurrence within turns', () => {
  const table = cooccurrence(documents, annotations, DEFAULT_CATEGORIES);
  const get = (a: string, b: string) => table.cells.get(cellKey(table.categories, a, b));

  it('counts nesting and overlap of one coder’s annotations in one turn, in either order', () => {
    expect(get('accusation', 'claim')).toEqual({ a: 'claim', b: 'accusation', overlap: 0, nested: 1, sameTurn: 1 });
    expect(get('proposal', 'claim')).toMatchObject({ overlap: 1, nested: 0, sameTurn: 1 });
    expect(get('claim', 'claim')).toMatchObject({ overlap: 0, nested: 0, sameTurn: 1 });
    expect(get('demand', 'claim')).toBeUndefined();
    expect(table.turns).toBe(4);
  });

  it('leaves out what is marked as not speech', () => {
    const excluded = { ...documents[0], structure: addExclusion(structure, TEXT, 0, TEXT.indexOf('\n'), 'other') };
    const t = cooccurrence([excluded], annotations, DEFAULT_CATEGORIES);
    expect(t.cells.get(cellKey(t.categories, 'accusation', 'claim'))).toBeUndefined();
    expect(t.turns).toBe(3);
  });
});

describe('transitions between speakers', () => {
  const table = transitions(documents, annotations, DEFAULT_CATEGORIES, { coders: new Set(['id-Ana']) });
  const count = (from: string, to: string) => table.cells.get(`${from}\u0000${to}`)?.count ?? 0;

  it('count each category of a speaker’s run against each of the next speaker’s run', () => {
    expect(table.pairs).toBe(2);
    expect([count('accusation', 'claim'), count('accusation', 'proposal'), count('claim', 'claim'), count('claim', 'proposal')]).toEqual([1, 1, 1, 1]);
    expect([count('claim', 'demand'), count('proposal', 'demand'), count('demand', 'claim')]).toEqual([1, 1, 0]);
  });

  it('keep the examples behind a cell, with speakers and turns', () => {
    const [example] = table.cells.get('proposal\u0000demand')!.examples;
    expect(example.from).toMatchObject({ speaker: 'Ben', turn: 2 });
    expect(example.from.annotation.exact).toBe('We propose an audit.');
    expect(example.to).toMatchObject({ speaker: 'Ana', turn: 4 });
    expect(example.to.annotation.exact).toBe('We demand the report.');
  });
});

describe('speaker × category counts', () => {
  it('count every coder’s annotations by the speaker of their turn', () => {
    const m = speakerMatrix(documents, annotations, DEFAULT_CATEGORIES);
    expect(m.categories).toEqual(['claim', 'accusation', 'proposal', 'demand']);
    expect(m.speakers).toEqual(['Ana', 'Ben']);
    expect(m.counts).toEqual([
      [3, 1, 0, 1],
      [1, 0, 2, 0],
    ]);
    expect(m.max).toBe(3);
  });
});
