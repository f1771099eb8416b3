import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation, Category, DocumentRecord } from '../model';
import type { ImportedCategory } from './codebook-read';
import { derivedGuid } from './guid';
import type { QdpxImport } from './import-types';
import { codebookChanges, planCodebook, planQdpxImport, settledCategories, takeEverything } from './plan';

const GUID_A = 'a0b1c2d3-e4f5-4a6b-8c7d-00000000000a';
const GUID_B = 'a0b1c2d3-e4f5-4a6b-8c7d-00000000000b';
const GUID_C = 'a0b1c2d3-e4f5-4a6b-8c7d-00000000000c';

function imported(guid: string, label: string, extra: Partial<Category> = {}, order = 0, colourGiven = true): ImportedCategory {
  return { guid, name: label, path: [], madeCodable: false, colourGiven, category: { id: guid, label, definition: '', colour: '#112233', shortcut: '', order, retired: false, ...extra } };
}

const library: Category[] = [...DEFAULT_CATEGORIES, { id: GUID_C, label: 'earlier import', definition: 'd', colour: '#445566', shortcut: '', order: 7, retired: false }];

describe('planCodebook', () => {
  it('matches by id, by the GUID the export derives, then by label; adds the rest', () => {
    const plan = planCodebook(
      [
        imported(derivedGuid('category', 'claim'), 'claim', { colour: DEFAULT_CATEGORIES[0].colour, definition: DEFAULT_CATEGORIES[0].definition }),
        imported(GUID_C, 'renamed elsewhere', { colour: '#445566', definition: 'd' }, 1),
        imported(GUID_A, 'Demand', { definition: 'Asks for action.' }, 2),
        imported(GUID_B, 'claim', {}, 3),
      ],
      library,
    );
    expect(plan.matched.map((m) => [m.imported.category.label, m.existing.id, m.by])).toEqual([
      ['claim', 'claim', 'guid'],
      ['renamed elsewhere', GUID_C, 'id'],
      ['Demand', 'demand', 'label'],
    ]);
    // Differences are stated as every codebook import states them (codebook-diff), ids the library's.
    const demand = DEFAULT_CATEGORIES[3];
    expect(plan.comparison.changed.map((d) => [d.id, d.fields])).toEqual([
      [GUID_C, ['label']],
      ['demand', ['label', 'colour', 'definition']],
    ]);
    expect(plan.comparison.changed[1].theirs).toEqual({ ...demand, label: 'Demand', definition: 'Asks for action.', colour: '#112233' });
    // "claim" is taken by the first code: the second becomes a new category with a free label;
    // no coding uses it, so adding it is the user's choice.
    expect(plan.required).toEqual([]);
    expect(plan.comparison.added).toEqual([{ id: GUID_B, label: 'claim (2)', definition: '', colour: '#112233', shortcut: '', order: 8, retired: false }]);
    expect(plan.ids.get(GUID_B)).toBe(GUID_B);
    expect(plan.ids.get(GUID_A)).toBe('demand');
  });

  it('keeps the library’s colour and definition where the file gives none, and its retired state', () => {
    const retired = { ...DEFAULT_CATEGORIES[1], retired: true };
    const plan = planCodebook([imported(GUID_A, retired.label, { colour: '#000000' }, 0, false)], [retired]);
    expect(plan.matched.map((m) => m.by)).toEqual(['label']);
    expect(plan.comparison.changed).toEqual([]);
  });

  it('puts new categories that codings use first, as required, and the others after them as choices', () => {
    const plan = planCodebook([imported(GUID_A, 'unused'), imported(GUID_B, 'used', {}, 1)], DEFAULT_CATEGORIES, new Set([GUID_B]));
    expect(plan.required.map((c) => [c.label, c.order])).toEqual([['used', 4]]);
    expect(plan.comparison.added.map((c) => [c.label, c.order])).toEqual([['unused', 5]]);
  });

  it('settles each difference as chosen', () => {
    const plan = planCodebook([imported(GUID_A, 'Demand', { definition: 'Asks.' }), imported(GUID_B, 'extra', {}, 1)], library);
    const file = settledCategories(plan, takeEverything(plan));
    expect(file.map((c) => [c.id, c.label])).toEqual([['demand', 'Demand'], [GUID_B, 'extra']]);
    expect(file[0]).toMatchObject({ definition: 'Asks.', colour: '#112233', shortcut: '4' });
    const mine = settledCategories(plan, new Set());
    expect(mine).toEqual([DEFAULT_CATEGORIES[3]]);
  });

  it('makes the codebook changes of the choices with the one rule, refusing a label another category has', () => {
    const plan = planCodebook([imported(GUID_A, 'used'), imported(GUID_B, 'Claim', {}, 1)], DEFAULT_CATEGORIES, new Set([GUID_A]));
    const none = codebookChanges(plan, DEFAULT_CATEGORIES, new Set());
    expect(none.changes.map((c) => [c.before?.label ?? null, c.after?.label])).toEqual([[null, 'used']]);
    const all = codebookChanges(plan, DEFAULT_CATEGORIES, takeEverything(plan));
    expect(all.problems).toEqual([]);
    expect(all.changes.map((c) => [c.before?.label ?? null, c.after?.label])).toEqual([[null, 'used'], ['claim', 'Claim']]);
    // A shipped label that another library category has cannot be taken.
    const clash = planCodebook([{ ...imported(GUID_A, 'accusation'), guid: derivedGuid('category', 'claim') }], DEFAULT_CATEGORIES);
    expect(codebookChanges(clash, DEFAULT_CATEGORIES, takeEverything(clash)).problems).toHaveLength(1);
  });
});

describe('planQdpxImport', () => {
  const text = 'Same text.';
  const hash = 'h-same';
  const existing: DocumentRecord = { id: 'lib-doc', title: 'Mine', text, hash, sourceName: 'mine.txt', importedAt: '', lastOpenedAt: '' };
  const doc = (id: string, h: string): DocumentRecord => ({ id, title: id, text: h, hash: h, sourceName: id, importedAt: '', lastOpenedAt: '' });
  const annotation = (id: string, documentId: string): Annotation => ({ id, documentId, categoryId: GUID_A, start: 0, end: 4, exact: 'Same', prefix: '', suffix: ' text.', memo: '', coder: 'Ada', created: '', modified: '', status: 'placed' });
  const result: QdpxImport = {
    fileName: 'f.qdpx',
    projectName: 'P',
    origin: 'MAXQDA',
    documents: [doc(GUID_A, hash), doc(GUID_B, 'h-new'), doc(GUID_C, 'h-new'), doc('lib-doc', 'h-clash')],
    categories: [imported(GUID_A, 'claim')],
    groups: [],
    annotations: [annotation('a1', GUID_A), annotation('a2', GUID_B), annotation('a3', GUID_C), annotation('seen', GUID_B), annotation('a4', 'lib-doc')],
    coders: ['Ada'],
    sources: [],
    notCarried: [],
    problems: [],
  };

  it('puts annotations on the library’s copy of a text, adds new texts once, and skips annotations it has', () => {
    const plan = planQdpxImport(result, { documents: [existing], categories: DEFAULT_CATEGORIES, annotationIds: new Set(['seen']) });
    expect(plan.matchedDocuments.map((m) => [m.imported.id, m.existing.id])).toEqual([[GUID_A, 'lib-doc']]);
    expect(plan.addedDocuments.map((d) => d.id)).toEqual([GUID_B, expect.not.stringMatching(/^lib-doc$/)]);
    expect(plan.annotations.map((a) => [a.id, a.documentId, a.categoryId])).toEqual([
      ['a1', 'lib-doc', 'claim'],
      ['a2', GUID_B, 'claim'],
      ['a3', GUID_B, 'claim'],
      ['a4', plan.addedDocuments[1].id, 'claim'],
    ]);
    expect(plan.duplicates.map((a) => a.id)).toEqual(['seen']);
  });
});
