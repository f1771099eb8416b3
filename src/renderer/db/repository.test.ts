import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../shared/codebook';
import { invertEdit, type Edit } from '../../shared/edit';
import type { Annotation, Category, DocumentRecord } from '../../shared/model';
import type { WorkspaceData } from '../../shared/workspace-file';
import { WorkbenchDatabase } from './database';
import { Repository } from './repository';

let counter = 0;
let db: WorkbenchDatabase;
let repo: Repository;

beforeEach(async () => {
  db = new WorkbenchDatabase(`repository-test-${Date.now()}-${counter++}`);
  await db.open();
  repo = new Repository(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  const name = db.name;
  db.close();
  await Dexie.delete(name);
});

function doc(id: string, text = `Text of ${id}.`): DocumentRecord {
  return {
    id,
    title: `Title ${id}`,
    text,
    hash: `hash-${id}`,
    sourceName: `${id}.txt`,
    importedAt: '2024-05-01T09:00:00.000Z',
    lastOpenedAt: '',
  };
}

function ann(id: string, documentId: string, categoryId: string, start = 0, end = 4): Annotation {
  return {
    id,
    documentId,
    categoryId,
    start,
    end,
    exact: 'Text',
    prefix: '',
    suffix: ' of',
    memo: '',
    coderId: 'ana-id',
    coder: 'Ana',
    editorId: 'ana-id',
    created: '2024-05-01T09:00:00.000Z',
    modified: '2024-05-01T09:00:00.000Z',
    status: 'placed',
  };
}

const claim = DEFAULT_CATEGORIES[0];

async function everything() {
  return {
    documents: await db.documents.orderBy('id').toArray(),
    annotations: (await repo.snapshot()).annotations.sort((a, b) => a.id.localeCompare(b.id)),
    categories: await db.categories.orderBy('id').toArray(),
  };
}

describe('applyEdit', () => {
  it('applies creations, changes and deletions of every kind, and the inverse undoes them', async () => {
    await db.documents.bulkAdd([doc('d1'), doc('d2')]);
    await repo.putAll([ann('a1', 'd1', 'claim'), ann('a2', 'd2', 'demand')], []);
    await db.categories.bulkAdd([...DEFAULT_CATEGORIES]);
    const before = await everything();
    const edit: Edit = {
      label: 'Mixed',
      annotations: [
        { before: null, after: ann('a3', 'd1', 'proposal', 5, 7) },
        { before: ann('a1', 'd1', 'claim'), after: { ...ann('a1', 'd1', 'claim'), memo: 'changed' } },
        { before: ann('a2', 'd2', 'demand'), after: null },
      ],
      categories: [{ before: claim, after: { ...claim, label: 'assertion' } }],
      documents: [{ before: doc('d2'), after: null }],
    };
    await repo.applyEdit(edit);
    const after = await everything();
    expect(after.documents.map((d) => d.id)).toEqual(['d1']);
    expect(after.annotations.map((a) => [a.id, a.memo])).toEqual([
      ['a1', 'changed'],
      ['a3', ''],
    ]);
    expect(after.categories.find((c) => c.id === 'claim')?.label).toBe('assertion');

    await repo.applyEdit(invertEdit(edit));
    expect(await everything()).toEqual(before);
  });

  it('writes nothing when a later step fails (a record IndexedDB refuses)', async () => {
    await db.documents.bulkAdd([doc('d1'), doc('d2')]);
    await repo.putAll([ann('a1', 'd2', 'claim')], []);
    const before = await everything();
    // A category whose key is not a valid IndexedDB key: the categories put fails after the
    // document and annotation writes of the same edit have already been issued.
    const broken = { ...claim, id: { not: 'a key' } } as unknown as Category;
    const edit: Edit = {
      label: 'Broken',
      annotations: [
        { before: null, after: ann('new', 'd1', 'claim') },
        { before: ann('a1', 'd2', 'claim'), after: null },
      ],
      categories: [{ before: null, after: broken }],
      documents: [
        { before: doc('d1'), after: { ...doc('d1'), title: 'Renamed' } },
        { before: doc('d2'), after: null },
      ],
    };
    await expect(repo.applyEdit(edit)).rejects.toMatchObject({ name: 'DataError' });
    expect(await everything()).toEqual(before);
  });

  it('writes nothing when the last step fails (document delete rejected)', async () => {
    await db.documents.bulkAdd([doc('d1'), doc('d2')]);
    await repo.putAll([ann('a1', 'd2', 'claim')], []);
    const before = await everything();
    vi.spyOn(db.documents, 'bulkDelete').mockRejectedValueOnce(new Error('disk gone'));
    const edit: Edit = {
      label: 'Delete d2',
      annotations: [
        { before: ann('a1', 'd2', 'claim'), after: null },
        { before: null, after: ann('a9', 'd1', 'claim') },
      ],
      categories: [{ before: null, after: claim }],
      documents: [
        { before: doc('d1'), after: { ...doc('d1'), title: 'Renamed' } },
        { before: doc('d2'), after: null },
      ],
    };
    await expect(repo.applyEdit(edit)).rejects.toThrow('disk gone');
    expect(await everything()).toEqual(before);
  });
});

describe('seedOnce', () => {
  const sample = doc('sample', 'The sample text.');

  it('puts the codebook and the sample in on first run', async () => {
    await repo.seedOnce(DEFAULT_CATEGORIES, sample);
    expect((await repo.categories()).length).toBe(DEFAULT_CATEGORIES.length);
    expect(await repo.document('sample')).toEqual(sample);
    expect(await repo.getSetting('seeded')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('does nothing the second time', async () => {
    await repo.seedOnce(DEFAULT_CATEGORIES, sample);
    await db.categories.update('claim', { label: 'assertion' });
    await repo.seedOnce(DEFAULT_CATEGORIES, { ...sample, id: 'sample-2', hash: 'other-hash' });
    expect((await repo.documents()).map((d) => d.id)).toEqual(['sample']);
    expect((await db.categories.get('claim'))?.label).toBe('assertion');
    expect(await db.categories.count()).toBe(DEFAULT_CATEGORIES.length);
  });

  it('does not bring the sample back after the user deleted it', async () => {
    await repo.seedOnce(DEFAULT_CATEGORIES, sample);
    await repo.applyEdit({ label: 'Delete sample', annotations: [], categories: [], documents: [{ before: sample, after: null }] });
    expect(await repo.documents()).toEqual([]);
    await repo.seedOnce(DEFAULT_CATEGORIES, sample);
    expect(await repo.documents()).toEqual([]);
  });

  it('keeps an existing codebook and does not add the sample twice when the flag is missing', async () => {
    // A database from before the `seeded` flag: codebook edited, sample present under its hash.
    const own: Category = { ...claim, id: 'own', label: 'own category' };
    await db.categories.add(own);
    await db.documents.add({ ...sample, id: 'old-sample-id' });
    await repo.seedOnce(DEFAULT_CATEGORIES, sample);
    expect(await repo.categories()).toEqual([own]);
    expect((await repo.documents()).map((d) => d.id)).toEqual(['old-sample-id']);
    expect(await repo.getSetting('seeded')).toBeDefined();
  });
});

describe('libraryCounts', () => {
  it('counts annotations per document and category', async () => {
    await db.documents.bulkAdd([doc('d1'), doc('d2'), doc('d3')]);
    await repo.putAll([
      ann('a1', 'd1', 'claim'),
      ann('a2', 'd1', 'claim', 5, 9),
      ann('a3', 'd1', 'demand'),
      ann('a4', 'd2', 'accusation'),
      { ...ann('a5', 'd2', 'accusation'), status: 'orphan' },
    ], []);
    const counts = await repo.libraryCounts();
    expect(Object.fromEntries(counts)).toEqual({
      d1: { claim: 2, demand: 1 },
      d2: { accusation: 2 },
    });
    expect(counts.has('d3')).toBe(false);
    expect(await repo.countsOf('d1')).toEqual({ claim: 2, demand: 1 });
  });

  it('is empty for an empty library', async () => {
    expect((await repo.libraryCounts()).size).toBe(0);
  });
});

describe('snapshot and replaceAll', () => {
  const dataA = () => ({
    documents: [doc('d1'), doc('d2', 'Другой текст 🚢.')],
    annotations: [ann('a1', 'd1', 'claim'), { ...ann('a2', 'd2', 'own', 0, 6), memo: 'memo', exact: 'Другой' }],
    categories: [...DEFAULT_CATEGORIES, { ...claim, id: 'own', label: 'own', shortcut: '', order: 9, retired: true }],
    coders: [{ id: 'ana-id', name: 'Ana', kind: 'person' as const }],
    adjudications: [{ id: 'j1', documentId: 'd1', start: 0, end: 4, decision: 'unresolved' as const, reason: 'unclear', annotationIds: [], editorId: 'ana-id', modified: '2026-01-01T00:00:00.000Z' }],
  });

  const sorted = (data: WorkspaceData) => ({
    adjudications: data.adjudications,
    documents: [...data.documents].sort((a, b) => a.id.localeCompare(b.id)),
    annotations: [...data.annotations].sort((a, b) => a.id.localeCompare(b.id)),
    categories: [...data.categories].sort((a, b) => a.id.localeCompare(b.id)),
    coders: [...data.coders].sort((a, b) => a.id.localeCompare(b.id)),
  });

  it('round-trips: replaceAll(snapshot) restores exactly what was there', async () => {
    await repo.replaceAll(dataA());
    const snap = await repo.snapshot();
    expect(sorted(snap)).toEqual(sorted(dataA()));

    await repo.replaceAll({ documents: [doc('x')], annotations: [ann('ax', 'x', 'claim')], categories: [claim], coders: [], adjudications: [] });
    expect(sorted(await repo.snapshot())).toEqual({ documents: [doc('x')], annotations: [ann('ax', 'x', 'claim')], categories: [claim], coders: [], adjudications: [] });

    await repo.replaceAll(snap);
    expect(sorted(await repo.snapshot())).toEqual(sorted(dataA()));
    expect((await repo.annotationsOf('d2')).map((a) => a.id)).toEqual(['a2']);
  });

  it('leaves settings alone', async () => {
    await repo.setSetting('coder', 'Ana');
    await repo.replaceAll(dataA());
    expect(await repo.getSetting('coder')).toBe('Ana');
  });

  it('keeps the old workspace when the new data cannot be stored', async () => {
    await repo.replaceAll(dataA());
    const duplicateIds = { documents: [doc('y'), doc('y')], annotations: [], categories: [], coders: [], adjudications: [] };
    await expect(repo.replaceAll(duplicateIds)).rejects.toThrow();
    expect(sorted(await repo.snapshot())).toEqual(sorted(dataA()));
  });
});

describe('packed annotation storage', () => {
  it('keeps every annotation, the counts and reading order exact through puts, edits and deletes', async () => {
    await db.documents.bulkAdd([doc('d1'), doc('d2')]);
    const many = Array.from({ length: 300 }, (_, i) => ann(`a${i}`, i % 2 ? 'd1' : 'd2', i % 3 ? 'claim' : 'demand', 300 - i, 301 - i));
    await repo.putAll(many, []);
    expect(await db.annotationPacks.count()).toBeGreaterThan(64); // spread over packs of both documents
    expect((await repo.annotationsOf('d1')).map((a) => a.start)).toEqual(many.filter((a) => a.documentId === 'd1').map((a) => a.start).sort((x, y) => x - y));

    // One edit: recategorise a1, delete a3, add one; then its inverse.
    const a1 = many[1];
    const a3 = many[3];
    const added = ann('new', 'd1', 'proposal', 7, 9);
    const edit: Edit = {
      label: 'Mixed',
      annotations: [
        { before: a1, after: { ...a1, categoryId: 'accusation' } },
        { before: a3, after: null },
        { before: null, after: added },
      ],
      categories: [],
    };
    const countsBefore = await repo.countsOf('d1');
    await repo.applyEdit(edit);
    const d1 = await repo.allAnnotationsOf('d1');
    expect(d1).toHaveLength(150); // 150 − a3 + new
    expect(d1.find((a) => a.id === 'a1')?.categoryId).toBe('accusation');
    expect(d1.some((a) => a.id === 'a3')).toBe(false);
    const counted = (list: Annotation[]) => list.reduce<Record<string, number>>((c, a) => ({ ...c, [a.categoryId]: (c[a.categoryId] ?? 0) + 1 }), {});
    expect(await repo.countsOf('d1')).toEqual(counted(d1));
    expect(await repo.countsOf('d2')).toEqual(counted(await repo.allAnnotationsOf('d2')));

    await repo.applyEdit(invertEdit(edit));
    expect(await repo.countsOf('d1')).toEqual(countsBefore);
    expect((await repo.allAnnotationsOf('d1')).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      many.filter((a) => a.documentId === 'd1').sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('finds existing ids on any document, and deleting everything leaves no packs or counts', async () => {
    await repo.putAll([ann('x1', 'd1', 'claim'), ann('x2', 'd2', 'demand')], []);
    const found = await repo.existingAnnotations(['x1', 'x2', 'nope']);
    expect([...found.keys()].sort()).toEqual(['x1', 'x2']);
    expect(found.get('x2')?.documentId).toBe('d2');

    await repo.applyEdit({
      label: 'Delete all',
      annotations: [ann('x1', 'd1', 'claim'), ann('x2', 'd2', 'demand')].map((a) => ({ before: a, after: null })),
      categories: [],
    });
    expect(await db.annotationPacks.count()).toBe(0);
    expect(await db.annotationCounts.count()).toBe(0);
    expect((await repo.libraryCounts()).size).toBe(0);
  });

  it('an import of an existing id replaces it instead of adding a second copy', async () => {
    await repo.putAll([ann('x1', 'd1', 'claim')], []);
    await repo.putAll([{ ...ann('x1', 'd1', 'demand'), memo: 'newer' }], []);
    expect(await repo.allAnnotationsOf('d1')).toEqual([{ ...ann('x1', 'd1', 'demand'), memo: 'newer' }]);
    expect(await repo.countsOf('d1')).toEqual({ demand: 1 });
  });

  it('refuses a workspace with two annotations of one id and keeps what was there', async () => {
    await repo.putAll([ann('keep', 'd1', 'claim')], []);
    await expect(repo.replaceAll({ documents: [doc('d1')], annotations: [ann('x', 'd1', 'claim'), ann('x', 'd1', 'demand')], categories: [], coders: [], adjudications: [] })).rejects.toThrow(
      'Two annotations have the same id x.',
    );
    expect((await repo.snapshot()).annotations.map((a) => a.id)).toEqual(['keep']);
  });
});
