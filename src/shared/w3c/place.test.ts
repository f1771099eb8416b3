import { describe, expect, it } from 'vitest';
import type { AnchorCounts, AnchorHint, AnchorResult } from '../anchoring/types';
import { DEFAULT_CATEGORIES, EXTRA_COLOURS } from '../codebook';
import type { Category, DocumentRecord } from '../model';
import type { ImportedAnnotation } from './import-types';
import { placeAnnotations, type AnchorAll } from './place';

/** A stand-in for the re-anchorer: recorded position if it holds the quote, else first exact match. */
function fakeAnchorer(text: string): AnchorAll {
  return {
    anchorAll(hints: AnchorHint[]) {
      const counts: AnchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
      const results = hints.map((h): AnchorResult => {
        let r: AnchorResult;
        if (h.start !== undefined && h.end !== undefined && h.exact !== '' && text.slice(h.start, h.end) === h.exact) r = { kind: 'exact', start: h.start, end: h.end, score: 1 };
        else {
          const at = h.exact === '' ? -1 : text.indexOf(h.exact);
          r = at < 0 ? { kind: 'orphan', start: -1, end: -1, score: 0 } : { kind: 'moved', start: at, end: at + h.exact.length, score: 1 };
        }
        counts[r.kind]++;
        return r;
      });
      return { results, counts };
    },
  };
}

const TEXT = 'Привет 👋🏽 мир! MÜLLER: Бюджет 📉 урезали.\nSCHMIDT: You hid 🙈 those numbers!';
const doc: DocumentRecord = { id: 'd1', title: 'T', text: TEXT, hash: 'h', sourceName: '', importedAt: '', lastOpenedAt: '' };
const cp = (s: string): number => [...s].length;
const cpIndex = (quote: string): number => cp(TEXT.slice(0, TEXT.indexOf(quote)));

function imported(over: Partial<ImportedAnnotation>): ImportedAnnotation {
  return {
    id: 'x', categoryId: 'claim', categoryLabel: 'claim', memo: '', coder: 'C', created: '2024-01-01T00:00:00Z',
    modified: '2024-01-01T00:00:00Z', source: { hash: null, iri: null, title: null }, quote: null, position: null, ...over,
  };
}

const place = (list: ImportedAnnotation[], categories: Category[] = [...DEFAULT_CATEGORIES], shipped: Category[] = []) =>
  placeAnnotations(list, doc, categories, fakeAnchorer(TEXT), { shipped });

describe('placeAnnotations', () => {
  it('converts code-point positions to UTF-16 offsets (emoji, Cyrillic)', () => {
    const quote = 'Бюджет 📉 урезали';
    const start = cpIndex(quote);
    expect(start).toBeLessThan(TEXT.indexOf(quote)); // three astral characters come before it
    const { annotations, counts } = place([imported({ position: { start, end: start + cp(quote) } })]);
    expect(counts.exact).toBe(1);
    const [a] = annotations;
    expect(TEXT.slice(a.start, a.end)).toBe(quote);
    expect(a).toMatchObject({ exact: quote, prefix: 'Привет 👋🏽 мир! MÜLLER: ', suffix: '.\nSCHMIDT: You hid 🙈 those numbe', status: 'placed', documentId: 'd1' });
  });

  it('checks the position against the quote and falls back to the quote', () => {
    const { annotations, counts } = place([imported({ quote: { exact: 'You hid', prefix: '', suffix: '' }, position: { start: 0, end: 7 } })]);
    expect(counts.moved).toBe(1);
    expect(TEXT.slice(annotations[0].start, annotations[0].end)).toBe('You hid');
  });

  it('keeps what cannot be placed as an orphan with its quote', () => {
    const quote = { exact: 'not in the text', prefix: 'p', suffix: 's' };
    const [a] = place([imported({ quote, position: { start: 1000, end: 1015 } })]).annotations;
    expect(a).toMatchObject({ status: 'orphan', start: 0, end: 0, ...quote });
  });

  it('matches categories by id, then by label; a renamed category keeps its id', () => {
    const renamed = DEFAULT_CATEGORIES.map((c) => (c.id === 'claim' ? { ...c, label: 'assertion' } : c));
    const q = { exact: 'мир', prefix: '', suffix: '' };
    const { annotations, newCategories } = place([
      imported({ quote: q, categoryId: 'claim', categoryLabel: 'claim' }),
      imported({ quote: q, categoryId: null, categoryLabel: 'DEMAND' }),
      imported({ quote: q, categoryId: 'https://other.example/acts#demand', categoryLabel: 'demand' }),
    ], renamed);
    expect(annotations.map((a) => a.categoryId)).toEqual(['claim', 'demand', 'demand']);
    expect(newCategories).toEqual([]);
  });

  it('creates unknown categories once, from the shipped codebook or with an extra colour', () => {
    const shipped: Category = { id: 'irony', label: 'irony', definition: 'Says the opposite.', colour: '#123456', shortcut: '7', order: 9, retired: false };
    const q = { exact: 'мир', prefix: '', suffix: '' };
    const { annotations, newCategories } = place([
      imported({ quote: q, categoryId: 'irony', categoryLabel: 'irony' }),
      imported({ quote: q, categoryId: null, categoryLabel: 'Question' }),
      imported({ quote: q, categoryId: null, categoryLabel: 'question' }),
      imported({ quote: q, categoryId: null, categoryLabel: 'claim ' }),
    ], undefined, [shipped]);
    expect(newCategories).toEqual([
      { ...shipped, shortcut: '', order: 4 },
      { id: 'Question', label: 'Question', definition: '', colour: EXTRA_COLOURS[1], shortcut: '', order: 5, retired: false },
    ]);
    expect(annotations.map((a) => a.categoryId)).toEqual(['irony', 'Question', 'Question', 'claim']);
  });

  it('gives a generated category a fresh id when its label clashes with an existing id', () => {
    const categories = DEFAULT_CATEGORIES.map((c) => (c.id === 'claim' ? { ...c, label: 'assertion' } : c));
    const { newCategories } = place([imported({ quote: { exact: 'мир', prefix: '', suffix: '' }, categoryId: null, categoryLabel: 'claim' })], categories);
    expect(newCategories.map((c) => [c.id, c.label])).toEqual([['claim-2', 'claim']]);
  });
});

describe('placeAnnotations: approximate placements', () => {
  /** An anchorer that reports one fuzzy match over a given span. */
  const fuzzyAt = (start: number, end: number): AnchorAll => ({
    anchorAll: (hints) => ({ results: hints.map(() => ({ kind: 'fuzzy' as const, start, end, score: 0.8 })), counts: { exact: 0, moved: 0, fuzzy: hints.length, orphan: 0 } }),
  });

  it('trims a fuzzy span that starts or ends on a space, and marks it for checking', () => {
    const start = TEXT.indexOf(' Бюджет');
    const end = TEXT.indexOf('урезали') + 'урезали'.length + 1; // ". " is not included, "." is
    const { annotations, kinds, counts } = placeAnnotations([imported({ quote: { exact: 'Бюджет урезали', prefix: '', suffix: '' } })], doc, [...DEFAULT_CATEGORIES], fuzzyAt(start, end));
    expect(annotations[0]).toMatchObject({ start: start + 1, end, exact: 'Бюджет 📉 урезали.', status: 'placed', check: true });
    expect(kinds).toEqual(['fuzzy']);
    expect(counts).toEqual({ exact: 0, moved: 0, fuzzy: 1, orphan: 0 });
  });

  it('widens a fuzzy span that cuts an emoji to the whole character', () => {
    const emoji = TEXT.indexOf('📉');
    const { annotations } = placeAnnotations([imported({ quote: { exact: 'x', prefix: '', suffix: '' } })], doc, [...DEFAULT_CATEGORIES], fuzzyAt(emoji + 1, emoji + 8));
    expect(annotations[0].start).toBe(emoji);
  });

  it('turns a fuzzy span of spaces only into an orphan', () => {
    const space = TEXT.indexOf(' ');
    const { annotations, kinds } = placeAnnotations([imported({ quote: { exact: 'gone', prefix: '', suffix: '' } })], doc, [...DEFAULT_CATEGORIES], fuzzyAt(space, space + 1));
    expect(annotations[0]).toMatchObject({ status: 'orphan', exact: 'gone' });
    expect(annotations[0].check).toBeUndefined();
    expect(kinds).toEqual(['orphan']);
  });

  it('leaves exact placements unmarked', () => {
    const { annotations } = place([imported({ quote: { exact: 'мир', prefix: '', suffix: '' } })]);
    expect(annotations[0].check).toBeUndefined();
  });
});
