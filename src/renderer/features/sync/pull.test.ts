import { describe, expect, it } from 'vitest';
import { annotationDoc, coderDoc, textDoc } from '../../../shared/sync/couch-docs';
import { ALICE, BOB, HASH, annotationBy } from '../../../shared/sync/sync-fixtures';
import { contentHash } from '../../../shared/text/hash';
import { pullBatch, type PullContext } from './pull';

const mine = annotationDoc(annotationBy(ALICE), HASH, 'person', 'alice', {});
function context(patch: Partial<PullContext> = {}): PullContext {
  return {
    documentByHash: new Map([[HASH, 'local-doc']]),
    userOfCoder: new Map([[ALICE.id, 'alice']]),
    revs: new Map(),
    pending: new Set(),
    readText: async () => null,
    ...patch,
  };
}

describe('a pulled page of changes', () => {
  it('applies a new annotation on the local document, with its revision, and says from whom', async () => {
    const r = await pullBatch([{ id: mine._id, seq: 1, doc: { ...mine, _rev: '1-a' } }], context());
    expect(r.batch.annotations).toEqual([{ ...annotationBy(ALICE), documentId: 'local-doc' }]);
    expect(r.revisions).toEqual([{ docId: mine._id, rev: '1-a' }]);
    expect(r.fromWhom.get(ALICE.id)).toBe(1);
  });

  it.each([
    ['already held at that revision', { revs: new Map([[mine._id, '1-a']]) }],
    ['edited here and not yet pushed', { pending: new Set([`annotation:${mine.annotation.id}`]) }],
  ])('leaves out what is %s', async (_name, patch) => {
    const r = await pullBatch([{ id: mine._id, seq: 1, doc: { ...mine, _rev: '1-a' } }], context(patch));
    expect(r.batch.annotations).toEqual([]);
  });

  it('counts a conflict even when this library holds the winner', async () => {
    const r = await pullBatch([{ id: mine._id, seq: 1, doc: { ...mine, _rev: '2-a', _conflicts: ['2-b'] } }], context({ revs: new Map([[mine._id, '2-a']]) }));
    expect(r.conflicted).toEqual([mine._id]);
  });

  it('defers an annotation whose coder or text is not known yet, and refuses one claiming another\'s layer', async () => {
    const bobs = annotationDoc(annotationBy(BOB, { id: '55555555-5555-4555-8555-555555555555' }), HASH, 'person', 'bob', {});
    const elsewhere = annotationDoc(annotationBy(ALICE, { id: '66666666-6666-4666-8666-666666666666' }), 'b'.repeat(64), 'person', 'alice', {});
    const claimed = annotationDoc(annotationBy(ALICE, { id: '77777777-7777-4777-8777-777777777777' }), HASH, 'person', 'bob', {});
    const r = await pullBatch([bobs, elsewhere, claimed].map((doc, i) => ({ id: doc._id, seq: i, doc: { ...doc, _rev: '1-x' } })), context());
    expect(r.deferred.sort()).toEqual([bobs._id, elsewhere._id].sort());
    expect(r.refused).toEqual([{ id: claimed._id, reason: expect.stringContaining("claims alice's layer") }]);
    expect(r.batch.annotations).toEqual([]);
  });

  it('applies coders before their annotations in the same page', async () => {
    const bobs = annotationDoc(annotationBy(BOB, { id: '55555555-5555-4555-8555-555555555555' }), HASH, 'person', 'bob', {});
    const r = await pullBatch([{ id: bobs._id, seq: 1, doc: { ...bobs, _rev: '1-x' } }, { id: 'coder:b', seq: 2, doc: { ...coderDoc(BOB, 'bob'), _rev: '1-y' } }], context());
    expect(r.batch.coders).toEqual([BOB]);
    expect(r.batch.annotations.map((a) => a.id)).toEqual([bobs.annotation.id]);
  });

  it('adds a text whose hash matches, under a new id when the library uses its id already, and refuses one that does not match', async () => {
    const text = 'Hello team.';
    const record = { id: 'local-doc', title: 'T', text, hash: contentHash(text), sourceName: '', importedAt: '', lastOpenedAt: '' };
    const good = textDoc(record, '');
    const r = await pullBatch([{ id: good._id, seq: 1, doc: { ...good, _rev: '1-t' } }], context({ readText: async () => text }));
    expect(r.batch.documents).toHaveLength(1);
    expect(r.batch.documents[0].id).not.toBe('local-doc');
    const bad = await pullBatch([{ id: good._id, seq: 1, doc: { ...good, _rev: '1-t' } }], context({ readText: async () => 'Another text.' }));
    expect(bad.refused[0].reason).toContain('does not match its hash');
  });

  it('removes an annotation deleted on the server', async () => {
    const r = await pullBatch([{ id: mine._id, seq: 3, deleted: true }], context());
    expect(r.batch.removedAnnotationIds).toEqual([mine.annotation.id]);
  });
});
