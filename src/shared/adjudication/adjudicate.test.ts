import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook';
import { invertEdit } from '../edit';
import type { Coder, DocumentRecord } from '../model';
import { adjudicateEdit, decisionFor, type AdjudicateInput } from './adjudicate';

const TEXT = 'Minister: The ferry agreement has lapsed because Veltria never delivered.';
const doc: DocumentRecord = { id: 'd', title: 'T', text: TEXT, hash: 'h', sourceName: '', importedAt: '', lastOpenedAt: '' };
const span = (quote: string, categoryId: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, categoryId });
const consensus: Coder = { id: 'cons', name: 'Consensus', kind: 'consensus' };
const place = {
  start: TEXT.indexOf('The ferry'),
  end: TEXT.indexOf(' because'),
  versions: [
    { coderId: 'ana', annotation: span('The ferry agreement has lapsed', 'claim') },
    { coderId: 'ben', annotation: span('ferry agreement has lapsed', 'accusation') },
    { coderId: 'cleo', annotation: null },
  ],
};
let n = 0;
const base = (over: Partial<AdjudicateInput> = {}): AdjudicateInput => ({
  doc,
  place,
  choice: { decision: 'accepted', coderId: 'ana' },
  reason: '',
  consensus: { coder: consensus, created: false },
  previous: null,
  consensusAnnotations: new Map(),
  ruleFor: null,
  stamp: { editorId: 'ana', now: '2026-03-01T00:00:00.000Z' },
  newId: () => `id-${++n}`,
  nameOf: (id) => ({ ana: 'Ana', ben: 'Ben', cleo: 'Cleo' })[id] ?? id,
  ...over,
});

describe('adjudicateEdit', () => {
  it('accepting a version copies it into the consensus layer with the reason as memo, and records the decision', () => {
    const edit = adjudicateEdit(base({ choice: { decision: 'accepted', coderId: 'ben' }, reason: 'Blame is assigned.' }));
    expect(edit.label).toBe("Adjudicate: accept Ben's version");
    expect(edit.annotations).toHaveLength(1);
    const written = edit.annotations[0].after!;
    expect(written).toMatchObject({ coderId: 'cons', coder: 'Consensus', editorId: 'ana', categoryId: 'accusation', exact: 'ferry agreement has lapsed', memo: 'Blame is assigned.' });
    expect(edit.adjudications).toEqual([{ before: null, after: expect.objectContaining({ decision: 'accepted', acceptedCoderId: 'ben', annotationIds: [written.id], start: place.start, end: place.end, editorId: 'ana' }) }]);
    expect(edit.coders).toBeUndefined();
  });

  it('accepting a version that marks nothing, and marking unresolved, write no annotation', () => {
    expect(adjudicateEdit(base({ choice: { decision: 'accepted', coderId: 'cleo' } })).annotations).toEqual([]);
    const unresolved = adjudicateEdit(base({ choice: { decision: 'unresolved' }, reason: 'Ask the group.' }));
    expect(unresolved.label).toBe('Adjudicate: mark as unresolved');
    expect(unresolved.annotations).toEqual([]);
    expect(unresolved.adjudications?.[0].after).toMatchObject({ decision: 'unresolved', reason: 'Ask the group.', annotationIds: [] });
  });

  it('a written version takes the given span and category; a first decision adds the consensus coder', () => {
    const edit = adjudicateEdit(base({ choice: { decision: 'written', ...span('has lapsed', 'demand') }, consensus: { coder: consensus, created: true } }));
    expect(edit.annotations[0].after).toMatchObject({ exact: 'has lapsed', categoryId: 'demand', coderId: 'cons' });
    expect(edit.coders).toEqual([{ before: null, after: consensus }]);
  });

  it('deciding again replaces the earlier decision and its annotations; undo brings them back', () => {
    const first = adjudicateEdit(base());
    const firstAnnotation = first.annotations[0].after!;
    const previous = first.adjudications![0].after!;
    const again = adjudicateEdit(base({ choice: { decision: 'unresolved' }, previous, consensusAnnotations: new Map([[firstAnnotation.id, firstAnnotation]]) }));
    expect(again.annotations).toEqual([{ before: firstAnnotation, after: null }]);
    expect(again.adjudications).toEqual([{ before: previous, after: expect.objectContaining({ id: previous.id, decision: 'unresolved' }) }]);
    expect(invertEdit(again).annotations).toEqual([{ before: null, after: firstAnnotation }]);
  });

  it('saves the reason as a rule of the category, with the quote as its example', () => {
    const claim = DEFAULT_CATEGORIES[0];
    const edit = adjudicateEdit(base({ reason: '  A state of affairs, not a reproach.  ', ruleFor: claim }));
    expect(edit.categories).toEqual([{ before: claim, after: { ...claim, rules: [expect.objectContaining({ text: 'A state of affairs, not a reproach.', example: 'The ferry agreement has lapsed', created: '2026-03-01T00:00:00.000Z' })] } }]);
    expect(adjudicateEdit(base({ reason: '', ruleFor: claim })).categories).toEqual([]);
  });
});

describe('decisionFor', () => {
  const decision = (start: number, end: number) => ({ id: `${start}-${end}`, documentId: 'd', start, end, decision: 'unresolved' as const, reason: '', annotationIds: [], editorId: 'a', modified: '' });
  it.each([
    ['the same place', [decision(10, 20)], '10-20'],
    ['the one sharing most', [decision(0, 16), decision(11, 21)], '11-21'],
    ['none that shares less than half', [decision(18, 40)], null],
    ['none at all', [], null],
  ])('%s', (_name, decisions, expected) => {
    expect(decisionFor({ start: 10, end: 20 }, decisions)?.id ?? null).toBe(expected);
  });
});
