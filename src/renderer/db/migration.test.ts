import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../shared/codebook';
import { contentHash } from '../../shared/text/hash';
import { BRIEFING } from '../../shared/transcript/test-transcripts';
import { WorkbenchDatabase } from './database';
import { Repository } from './repository';

/** A fresh database name per test, so tests never see each other's data. */
let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `migration-test-${Date.now()}-${counter++}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A document as schema version 1 stored it: no `lastOpenedAt`, no `sourceName`. */
function v1Document(id: string, text: string) {
  return { id, title: `Document ${id}`, text, hash: `hash-${id}`, importedAt: '2024-03-01T10:00:00.000Z' };
}

/** An annotation as schema version 1 stored it: no `status`, no `memo`. */
function v1Annotation(id: string, documentId: string, start: number, end: number, categoryId = 'claim') {
  return {
    id,
    documentId,
    categoryId,
    start,
    end,
    exact: `quote ${id}`,
    prefix: '',
    suffix: '',
    coder: 'Ana',
    created: '2024-03-01T10:00:00.000Z',
    modified: '2024-03-01T10:00:00.000Z',
  };
}

/** Writes a database with the v1 schema only, as the first release did, and closes it. */
async function writeVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ documents: 'id, hash', annotations: 'id, documentId' });
  await old.open();
  await old.table('documents').bulkAdd([v1Document('d1', 'First text.'), v1Document('d2', 'Second text.')]);
  await old.table('annotations').bulkAdd([
    // Written out of reading order on purpose.
    v1Annotation('a3', 'd1', 40, 45),
    v1Annotation('a1', 'd1', 0, 5),
    v1Annotation('a2', 'd1', 10, 20, 'demand'),
    v1Annotation('b1', 'd2', 3, 9),
    // A v1 record that already had a memo keeps it.
    { ...v1Annotation('b2', 'd2', 1, 2), memo: 'kept' },
  ]);
  old.close();
}

describe('schema v1 → v4 upgrade (through v2 and v3)', () => {
  it('keeps every record and fills in the fields v2 added', async () => {
    const name = freshName();
    await writeVersion1(name);
    const db = new WorkbenchDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);

    const documents = await db.documents.orderBy('id').toArray();
    expect(documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    for (const d of documents) {
      expect(d.lastOpenedAt).toBe('');
      expect(d.sourceName).toBe('');
      expect(d.text).toMatch(/text\.$/);
      expect(d.importedAt).toBe('2024-03-01T10:00:00.000Z');
    }

    const annotations = (await new Repository(db).snapshot()).annotations.sort((a, b) => a.id.localeCompare(b.id));
    expect(annotations.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    for (const a of annotations) {
      expect(a.status).toBe('placed');
      expect(a.coder).toBe('Ana');
      expect(a.exact).toBe(`quote ${a.id}`);
    }
    expect(annotations.filter((a) => a.id !== 'b2').every((a) => a.memo === '')).toBe(true);
    expect(annotations.find((a) => a.id === 'b2')?.memo).toBe('kept');
    db.close();
  });

  it('serves reading order and the library counts from the packs', async () => {
    const name = freshName();
    await writeVersion1(name);
    const db = new WorkbenchDatabase(name);
    const repo = new Repository(db);
    expect((await repo.annotationsOf('d1')).map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect((await repo.annotationsOf('d2')).map((a) => a.id)).toEqual(['b2', 'b1']);
    expect(await repo.annotationsOf('missing')).toEqual([]);
    const counts = await repo.libraryCounts(); // the counts table built by the v3 upgrade
    expect(Object.fromEntries(counts)).toEqual({ d1: { claim: 2, demand: 1 }, d2: { claim: 2 } });
    db.close();
  });

  it('creates the categories and settings tables, empty and usable', async () => {
    const name = freshName();
    await writeVersion1(name);
    const db = new WorkbenchDatabase(name);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotationCounts', 'annotationPacks', 'categories', 'documents', 'settings', 'structures']);
    expect(await db.categories.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    const repo = new Repository(db);
    await repo.setSetting('coder', 'Ana');
    expect(await repo.getSetting('coder')).toBe('Ana');
    await db.categories.bulkAdd([...DEFAULT_CATEGORIES]);
    expect((await repo.categories()).map((c) => c.id).sort()).toEqual(['accusation', 'claim', 'demand', 'proposal']);
    db.close();
  });

  it('upgrades once: reopening a v4 database changes nothing', async () => {
    const name = freshName();
    await writeVersion1(name);
    const first = new WorkbenchDatabase(name);
    await first.open();
    await first.documents.update('d1', { lastOpenedAt: '2024-04-01T00:00:00.000Z' });
    const a1 = (await new Repository(first).existingAnnotations(['a1'])).get('a1')!;
    await new Repository(first).putAll([{ ...a1, status: 'orphan', memo: 'note' }], []);
    first.close();

    const second = new WorkbenchDatabase(name);
    expect((await second.documents.get('d1'))?.lastOpenedAt).toBe('2024-04-01T00:00:00.000Z');
    expect((await new Repository(second).existingAnnotations(['a1'])).get('a1')).toMatchObject({ status: 'orphan', memo: 'note' });
    expect(await second.annotationPacks.count()).toBe((await second.annotationPacks.toArray()).length);
    second.close();
  });
});

describe('schema v2 → v3 upgrade', () => {
  it('moves every annotation record into packs with exact counts and drops the old table', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(2).stores({
      documents: 'id, hash',
      annotations: 'id, documentId, [documentId+start], [documentId+categoryId]',
      categories: 'id',
      settings: 'key',
    });
    await old.open();
    await old.table('documents').bulkAdd([{ ...v1Document('d1', 'First text.'), lastOpenedAt: '', sourceName: 'd1.txt' }]);
    const records = Array.from({ length: 250 }, (_, i) => ({
      ...v1Annotation(`v2-${i}`, 'd1', i, i + 1, ['claim', 'demand', 'proposal'][i % 3]),
      memo: i === 7 ? 'memo 7' : '',
      status: i === 9 ? 'orphan' : 'placed',
    }));
    await old.table('annotations').bulkAdd(records);
    await old.table('settings').put({ key: 'coder', value: 'Ana' });
    old.close();

    const db = new WorkbenchDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name)).not.toContain('annotations');
    const repo = new Repository(db);
    expect(await repo.annotationsOf('d1')).toEqual(records);
    expect(await repo.countsOf('d1')).toEqual({ claim: 84, demand: 83, proposal: 83 });
    expect(await repo.getSetting('coder')).toBe('Ana');
    db.close();
  });
});

describe('schema v3 → v4 upgrade', () => {
  it('detects and stores the transcript structure of every document, and changes nothing else', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(3).stores({
      documents: 'id, hash',
      annotationPacks: '[documentId+pack], documentId, pack',
      annotationCounts: 'documentId',
      categories: 'id',
      settings: 'key',
    });
    await old.open();
    const plain = { ...v1Document('plain', 'No speakers here.'), lastOpenedAt: '', sourceName: 'plain.txt' };
    const briefing = { ...v1Document('briefing', BRIEFING), hash: contentHash(BRIEFING), lastOpenedAt: '', sourceName: 'b.txt' };
    await old.table('documents').bulkAdd([plain, briefing]);
    const a = { ...v1Annotation('a1', 'briefing', 5, 9), memo: '', status: 'placed' };
    await old.table('annotationPacks').add({ documentId: 'briefing', pack: 0, annotations: [a] });
    old.close();

    const db = new WorkbenchDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const repo = new Repository(db);
    const stored = await repo.structure('briefing');
    expect(stored?.structure.hash).toBe(briefing.hash);
    expect(stored?.structure.convention).toBe('name-colon');
    expect(stored?.structure.turns.map((t) => t.name)).toEqual(['Aide to the Minister Tomas Aberg', 'Question', 'Tomas Aberg', 'Question', 'Tomas Aberg']);
    expect(stored?.structure.confirmedAt).toBeNull();
    expect((await repo.structure('plain'))?.structure).toMatchObject({ convention: null, turns: [] });
    expect(await repo.allAnnotationsOf('briefing')).toEqual([a]);
    expect((await repo.document('briefing'))?.text).toBe(BRIEFING);
    db.close();
  });
});
