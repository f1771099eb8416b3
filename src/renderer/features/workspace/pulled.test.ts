import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tagEdit } from '../../../shared/annotation-edits';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import type { Annotation, Coder, DocumentRecord } from '../../../shared/model';
import { contentHash } from '../../../shared/text/hash';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import { SyncStore } from '../../db/sync-store';
import type { Platform } from '../../platform/platform';
import { DraftJournal } from './draft-journal';
import { Workspace } from './workspace';

const TEXT = 'Minister: The ferry agreement has lapsed.\nQuestion: Will the fees be published?';
const doc: DocumentRecord = { id: 'd1', title: 'Briefing', text: TEXT, hash: contentHash(TEXT), sourceName: 'b.txt', importedAt: '2026-01-01T00:00:00.000Z', lastOpenedAt: '' };
const ben: Coder = { id: '2b7e4f1c-8d3a-4c5e-9b6f-1a0d3e5c7b92', name: 'Ben', kind: 'person' };
const bens: Annotation = {
  id: '30000000-0000-4000-8000-000000000001', documentId: doc.id, categoryId: 'claim', start: 10, end: 30, exact: TEXT.slice(10, 30), prefix: '', suffix: '', memo: '',
  coderId: ben.id, coder: 'Ben', editorId: ben.id, created: '2026-02-01T00:00:00.000Z', modified: '2026-02-01T00:00:00.000Z', status: 'placed',
};

let db: WorkbenchDatabase;
let repo: Repository;
let workspace: Workspace;
let counter = 0;

beforeEach(async () => {
  db = new WorkbenchDatabase(`pulled-test-${Date.now()}-${counter++}`);
  await db.open();
  repo = new Repository(db);
  await repo.replaceAll({ documents: [doc], annotations: [], categories: [...DEFAULT_CATEGORIES], coders: [], adjudications: [] });
  workspace = new Workspace(repo, {} as Platform, new DraftJournal(null));
  await workspace.load();
  await workspace.setCoder('Ana');
  await workspace.open(doc.id);
});

afterEach(async () => {
  await db.delete();
});

const empty = { annotations: [], removedAnnotationIds: [], categories: [], coders: [], documents: [] };

describe('changes pulled from the team', () => {
  it('go through the writer outside the undo history, with their revisions, and never into the outbox', async () => {
    workspace.setOutbox(true);
    const mine = tagEdit(doc, 0, 8, DEFAULT_CATEGORIES[0], crypto.randomUUID(), workspace.layer(), workspace.stamp());
    expect(await workspace.run(mine)).toBe(true);
    const undoBefore = workspace.history.peek();
    const store = new SyncStore(db);
    const queued = (await store.outbox(100)).map((e) => e.key).sort();

    await workspace.applyPulled({ ...empty, annotations: [bens], coders: [ben] }, [{ docId: `urn:uuid:${bens.id}`, rev: '1-a' }]);
    expect(workspace.session?.get(bens.id)).toEqual(bens);
    expect((await repo.existingAnnotations([bens.id])).get(bens.id)).toEqual(bens);
    expect(workspace.coders.get(ben.id)).toEqual(ben);
    expect(workspace.history.peek()).toEqual(undoBefore);
    expect((await store.outbox(100)).map((e) => e.key).sort()).toEqual(queued);
    expect(await store.revsOf([`urn:uuid:${bens.id}`])).toEqual(new Map([[`urn:uuid:${bens.id}`, '1-a']]));

    // Undo still undoes the local step, and leaves the pulled one alone.
    await workspace.undo();
    expect((await repo.existingAnnotations([mine.annotations[0].after!.id])).size).toBe(0);
    expect((await repo.existingAnnotations([bens.id])).get(bens.id)).toEqual(bens);
  });

  it('set aside the local steps that touched a record a teammate changed since (and those before them): undo never overwrites their change', async () => {
    // Naming the coder (beforeEach) is the step below: it goes with the first tag.
    expect(workspace.history.peek().undo).not.toBeNull();
    const first = tagEdit(doc, 0, 8, DEFAULT_CATEGORIES[0], crypto.randomUUID(), workspace.layer(), workspace.stamp());
    await workspace.run(first);
    const second = tagEdit(doc, 10, 20, DEFAULT_CATEGORIES[1], crypto.randomUUID(), workspace.layer(), workspace.stamp());
    await workspace.run(second);
    const mine = first.annotations[0].after!;
    // The same coder on another machine changed the first annotation's memo; it arrives here.
    const changed = { ...mine, memo: 'Changed on my laptop', modified: '2026-03-01T00:00:00.000Z' };
    const { setAside } = await workspace.applyPulled({ ...empty, annotations: [changed] }, [{ docId: `urn:uuid:${mine.id}`, rev: '2-b' }]);
    expect(setAside).toBe(2);
    expect(workspace.history.peek().undo).toBe(second.label);
    await workspace.undo();
    expect((await repo.existingAnnotations([second.annotations[0].after!.id])).size).toBe(0);
    // The step that created the changed annotation is no longer undoable: its change stays.
    expect(workspace.history.peek().undo).toBeNull();
    expect((await repo.existingAnnotations([mine.id])).get(mine.id)?.memo).toBe('Changed on my laptop');
  });

  it('leave the undo history alone when what arrives touches nothing of it', async () => {
    const first = tagEdit(doc, 0, 8, DEFAULT_CATEGORIES[0], crypto.randomUUID(), workspace.layer(), workspace.stamp());
    await workspace.run(first);
    const { setAside } = await workspace.applyPulled({ ...empty, annotations: [bens], coders: [ben] }, []);
    expect(setAside).toBe(0);
    expect(workspace.history.peek().undo).toBe(first.label);
  });

  it('apply a change pulled twice once: the second time nothing differs', async () => {
    const { edit: first } = await workspace.applyPulled({ ...empty, annotations: [bens], coders: [ben] }, []);
    expect(first.annotations).toHaveLength(1);
    const { edit: again } = await workspace.applyPulled({ ...empty, annotations: [{ ...bens }], coders: [{ ...ben }] }, []);
    expect(again.annotations).toHaveLength(0);
    expect(again.coders ?? []).toHaveLength(0);
    expect(await repo.allAnnotationsOf(doc.id)).toHaveLength(1);
  });

  it('remove an annotation deleted on the server, and add a text the library lacked', async () => {
    await workspace.applyPulled({ ...empty, annotations: [bens], coders: [ben] }, []);
    const other = { ...doc, id: 'd2', text: 'Another text.', hash: contentHash('Another text.'), title: 'Other' };
    await workspace.applyPulled({ ...empty, removedAnnotationIds: [bens.id], documents: [other] }, []);
    expect((await repo.existingAnnotations([bens.id])).size).toBe(0);
    expect((await repo.documentByHash(other.hash))?.title).toBe('Other');
    expect((await repo.structure('d2'))?.structure.hash).toBe(other.hash);
  });

  it('fill the outbox from local edits only while sync is on', async () => {
    const store = new SyncStore(db);
    const off = tagEdit(doc, 0, 8, DEFAULT_CATEGORIES[0], crypto.randomUUID(), workspace.layer(), workspace.stamp());
    await workspace.run(off);
    expect(await store.outboxSize()).toBe(0);
    workspace.setOutbox(true);
    const on = tagEdit(doc, 10, 20, DEFAULT_CATEGORIES[0], crypto.randomUUID(), workspace.layer(), workspace.stamp());
    await workspace.run(on);
    expect((await store.outbox(10)).map((e) => e.key)).toEqual([`annotation:${on.annotations[0].after!.id}`]);
  });
});

describe('the outbox order', () => {
  it('gives coders, categories and texts before annotations, whatever their keys sort as', async () => {
    const store = new SyncStore(db);
    await store.enqueue([
      { key: 'annotation:a', kind: 'annotation', id: 'a', documentId: 'd1', stamp: 's' },
      { key: 'annotation:b', kind: 'annotation', id: 'b', documentId: 'd1', stamp: 's' },
      { key: 'document:d1', kind: 'document', id: 'd1', documentId: 'd1', stamp: 's' },
      { key: 'coder:c', kind: 'coder', id: 'c', documentId: '', stamp: 's' },
    ]);
    expect((await store.outbox(2)).map((e) => e.kind).sort()).toEqual(['coder', 'document']);
    expect((await store.outbox(10)).map((e) => e.kind).slice(2)).toEqual(['annotation', 'annotation']);
  });
});
