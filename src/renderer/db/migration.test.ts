import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../shared/codebook';
import { nameCoderId } from '../../shared/coders/coder-ids';
import type { Annotation } from '../../shared/model';
import { contentHash } from '../../shared/text/hash';
import { BRIEFING } from '../../shared/transcript/test-transcripts';
import { packAll } from './annotation-packs';
import { SCHEMA_VERSION, WorkbenchDatabase } from './database';
import { Repository } from './repository';
import { readRevs, REV_PACKS, writeRevs } from './rev-packs';

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

describe('schema v1 → v5 upgrade (through v2, v3 and v4)', () => {
  it('keeps every record and fills in the fields v2 added', async () => {
    const name = freshName();
    await writeVersion1(name);
    const db = new WorkbenchDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

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
      // No local coder was set in v1: "Ana" gets her name-based id.
      expect(a.coderId).toBe(nameCoderId('Ana'));
      expect(a.editorId).toBe(a.coderId);
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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['adjudications', 'annotationCounts', 'annotationPacks', 'categories', 'coders', 'documents', 'settings', 'structures', 'syncOutbox', 'syncRevPacks']);
    expect(await db.categories.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    const repo = new Repository(db);
    await repo.setSetting('coderId', 'x');
    expect(await repo.getSetting('coderId')).toBe('x');
    await db.categories.bulkAdd([...DEFAULT_CATEGORIES]);
    expect((await repo.categories()).map((c) => c.id).sort()).toEqual(['accusation', 'claim', 'demand', 'proposal']);
    db.close();
  });

  it('upgrades once: reopening an upgraded database changes nothing', async () => {
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

describe('schema v2 → v5 upgrade (through v3 and v4)', () => {
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
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('annotations');
    const repo = new Repository(db);
    const localId = await repo.getSetting('coderId');
    expect(localId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await repo.annotationsOf('d1')).toEqual(records.map((r) => ({ ...r, coderId: localId, editorId: localId })));
    expect(await repo.countsOf('d1')).toEqual({ claim: 84, demand: 83, proposal: 83 });
    expect(await repo.getSetting('coder')).toBeUndefined();
    expect(await repo.coders()).toEqual([{ id: localId, name: 'Ana', kind: 'person' }]);
    db.close();
  });
});

describe('schema v3 → v4 upgrade: coders get ids', () => {
  /** A v3 database: packs of annotations by Ana (the local coder), Ben and nobody. */
  async function writeVersion3(name: string, localName: string | null): Promise<Annotation[]> {
    const old = new Dexie(name);
    old.version(3).stores({
      documents: 'id, hash',
      annotationPacks: '[documentId+pack], documentId, pack',
      annotationCounts: 'documentId',
      categories: 'id',
      settings: 'key',
    });
    await old.open();
    const records = ['Ana', 'Ben', 'Ana', '', 'Ben', 'Cleo'].map((coder, i) => ({ ...v1Annotation(`v3-${i}`, 'd1', i, i + 2), coder, memo: '', status: 'placed' as const }));
    const { packs, counts } = packAll(records as unknown as Annotation[]);
    await old.table('documents').add({ ...v1Document('d1', 'First text.'), lastOpenedAt: '', sourceName: '' });
    await old.table('annotationPacks').bulkAdd(packs);
    await old.table('annotationCounts').bulkAdd(counts);
    if (localName !== null) await old.table('settings').put({ key: 'coder', value: localName });
    old.close();
    return records as unknown as Annotation[];
  }

  it('gives the local coder a new id for her name, other names name-based ids, one coder record each', async () => {
    const name = freshName();
    const records = await writeVersion3(name, 'Ana');
    const db = new WorkbenchDatabase(name);
    await db.open();
    const repo = new Repository(db);
    const localId = (await repo.getSetting('coderId'))!;
    expect(localId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const expectedId = (coder: string) => (coder === 'Ana' ? localId : nameCoderId(coder));
    const after = await repo.annotationsOf('d1');
    expect(after).toEqual(records.map((r) => ({ ...r, coderId: expectedId(r.coder), editorId: expectedId(r.coder) })));
    expect((await repo.coders()).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { id: nameCoderId(''), name: '', kind: 'person' },
      { id: localId, name: 'Ana', kind: 'person' },
      { id: nameCoderId('Ben'), name: 'Ben', kind: 'person' },
      { id: nameCoderId('Cleo'), name: 'Cleo', kind: 'person' },
    ]);
    expect(await repo.getSetting('coder')).toBeUndefined();
    expect(await repo.countsOf('d1')).toEqual({ claim: 6 });
    db.close();
  });

  it('without a local coder, every name gets its name-based id and no coderId setting is made', async () => {
    const name = freshName();
    await writeVersion3(name, null);
    const db = new WorkbenchDatabase(name);
    const repo = new Repository(db);
    expect(new Set((await repo.annotationsOf('d1')).map((a) => a.coderId))).toEqual(new Set(['Ana', 'Ben', '', 'Cleo'].map(nameCoderId)));
    expect(await repo.getSetting('coderId')).toBeUndefined();
    db.close();
  });
});

describe('schema v3 → v5 upgrade (through v4)', () => {
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
    expect(db.verno).toBe(SCHEMA_VERSION);
    const repo = new Repository(db);
    const stored = await repo.structure('briefing');
    expect(stored?.structure.hash).toBe(briefing.hash);
    expect(stored?.structure.convention).toBe('name-colon');
    expect(stored?.structure.turns.map((t) => t.name)).toEqual(['Aide to the Minister Tomas Aberg', 'Question', 'Tomas Aberg', 'Question', 'Tomas Aberg']);
    expect(stored?.structure.confirmedAt).toBeNull();
    expect((await repo.structure('plain'))?.structure).toMatchObject({ convention: null, turns: [] });
    // v4 gave the annotation its coder's id (no local coder here: the name-based one).
    expect(await repo.allAnnotationsOf('briefing')).toEqual([{ ...a, coderId: nameCoderId('Ana'), editorId: nameCoderId('Ana') }]);
    expect((await repo.document('briefing'))?.text).toBe(BRIEFING);
    db.close();
  });
});

describe('schema v4 → v7 upgrade (through v5 and v6): team sync bookkeeping', () => {
  it('opens a database that stopped at v4, adds the empty outbox and revision tables, keeps every record', async () => {
    const name = freshName();
    const v4 = new Dexie(name);
    v4.version(4).stores({ documents: 'id, hash', annotationPacks: '[documentId+pack], documentId, pack', annotationCounts: 'documentId', categories: 'id', settings: 'key', coders: 'id', adjudications: 'id, documentId' });
    await v4.open();
    await v4.table('coders').add({ id: 'c1', name: 'Ana', kind: 'person' });
    v4.close();
    const db = new WorkbenchDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.coders.toArray()).toEqual([{ id: 'c1', name: 'Ana', kind: 'person' }]);
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await db.syncRevPacks.count()).toBe(0);
    await db.syncOutbox.put({ key: 'coder:c1', kind: 'coder', id: 'c1', documentId: '', stamp: 's' });
    expect(await db.syncOutbox.count()).toBe(1);
    db.close();
  });
});

describe('schema v6 → v7 upgrade: the revisions move into packs', () => {
  it('moves every revision into its pack, removes the old table, and reads them back by id', async () => {
    const name = freshName();
    const v6 = new Dexie(name);
    v6.version(6).stores({ documents: 'id, hash', annotationPacks: '[documentId+pack], documentId, pack', annotationCounts: 'documentId', categories: 'id', settings: 'key', coders: 'id', adjudications: 'id, documentId', structures: 'documentId', syncOutbox: 'key', syncRevs: 'docId' });
    await v6.open();
    const revs = Array.from({ length: 300 }, (_, i) => ({ docId: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, rev: `${(i % 3) + 1}-r${i}` }));
    await v6.table('syncRevs').bulkAdd([...revs, { docId: 'text:abc', rev: '1-t' }, { docId: 'coder:c1', rev: '2-k' }]);
    await v6.table('syncOutbox').add({ key: 'coder:c1', kind: 'coder', id: 'c1', documentId: '', stamp: 's' });
    v6.close();
    const db = new WorkbenchDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name)).not.toContain('syncRevs');
    // 302 revisions in at most 64 records.
    expect(await db.syncRevPacks.count()).toBeLessThanOrEqual(REV_PACKS);
    const back = await readRevs(db.syncRevPacks, [...revs.map((r) => r.docId), 'text:abc', 'coder:c1', 'urn:uuid:never-synced']);
    expect(back.size).toBe(302);
    for (const r of revs) expect(back.get(r.docId)).toBe(r.rev);
    expect(back.get('text:abc')).toBe('1-t');
    expect(back.get('coder:c1')).toBe('2-k');
    expect(back.has('urn:uuid:never-synced')).toBe(false);
    expect(await db.syncOutbox.count()).toBe(1);
    // A later revision replaces the one held; the others stay.
    await db.transaction('rw', db.syncRevPacks, () => writeRevs(db.syncRevPacks, [{ docId: 'coder:c1', rev: '3-n' }]));
    expect((await readRevs(db.syncRevPacks, ['coder:c1', 'text:abc'])).get('coder:c1')).toBe('3-n');
    expect((await readRevs(db.syncRevPacks, ['text:abc'])).get('text:abc')).toBe('1-t');
    db.close();
  });
});
