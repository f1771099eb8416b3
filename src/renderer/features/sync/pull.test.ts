import { describe, expect, it } from 'vitest';
import { annotationDoc, coderDoc, textDoc } from '../../../shared/sync/couch-docs';
import { ALICE, BOB, HASH, annotationBy } from '../../../shared/sync/sync-fixtures';
import { fail, ok } from '../../../shared/result';
import { readPulledDoc } from '../../../shared/sync/read-doc';
import { contentHash } from '../../../shared/text/hash';
import type { ReadChange } from '../../workers/sync-pull-task';
import { pullBatch, type PullContext } from './pull';

/** A change as the pull worker hands it over: the document checked. */
function change(doc: { _id: string; _rev?: string } & Record<string, unknown>, seq: number, text?: ReadChange['text']): ReadChange {
  return { id: doc._id, seq, rev: doc._rev ?? '', read: readPulledDoc(doc), ...(text ? { text } : {}) };
}

const mine = annotationDoc(annotationBy(ALICE), HASH, 'person', 'alice', {});
function context(patch: Partial<PullContext> = {}): PullContext {
  return {
    documentByHash: new Map([[HASH, 'local-doc']]),
    userOfCoder: new Map([[ALICE.id, 'alice']]),
    revs: new Map(),
    pending: new Set(),
    ...patch,
  };
}

describe('a pulled page of changes', () => {
  it('applies a new annotation on the local document, with its revision, and says from whom', async () => {
    const r = pullBatch([change({ ...mine, _rev: '1-a' }, 1)], context());
    expect(r.batch.annotations).toEqual([{ ...annotationBy(ALICE), documentId: 'local-doc' }]);
    expect(r.revisions).toEqual([{ docId: mine._id, rev: '1-a' }]);
    expect(r.fromWhom.get(ALICE.id)).toBe(1);
  });

  it.each([
    ['already held at that revision', { revs: new Map([[mine._id, '1-a']]) }],
    ['edited here and not yet pushed', { pending: new Set([`annotation:${mine.annotation.id}`]) }],
  ])('leaves out what is %s', async (_name, patch) => {
    const r = pullBatch([change({ ...mine, _rev: '1-a' }, 1)], context(patch));
    expect(r.batch.annotations).toEqual([]);
  });

  it('counts a conflict even when this library holds the winner', async () => {
    const r = pullBatch([change({ ...mine, _rev: '2-a', _conflicts: ['2-b'] }, 1)], context({ revs: new Map([[mine._id, '2-a']]) }));
    expect(r.conflicted).toEqual([mine._id]);
  });

  it('defers an annotation whose coder or text is not known yet, and refuses one claiming another\'s layer', async () => {
    const bobs = annotationDoc(annotationBy(BOB, { id: '55555555-5555-4555-8555-555555555555' }), HASH, 'person', 'bob', {});
    const elsewhere = annotationDoc(annotationBy(ALICE, { id: '66666666-6666-4666-8666-666666666666' }), 'b'.repeat(64), 'person', 'alice', {});
    const claimed = annotationDoc(annotationBy(ALICE, { id: '77777777-7777-4777-8777-777777777777' }), HASH, 'person', 'bob', {});
    const r = pullBatch([bobs, elsewhere, claimed].map((doc, i) => change({ ...doc, _rev: '1-x' }, i)), context());
    expect(r.deferred.sort()).toEqual([bobs._id, elsewhere._id].sort());
    expect(r.refused).toEqual([{ id: claimed._id, reason: expect.stringContaining("claims alice's layer") }]);
    expect(r.batch.annotations).toEqual([]);
  });

  it('applies coders before their annotations in the same page', async () => {
    const bobs = annotationDoc(annotationBy(BOB, { id: '55555555-5555-4555-8555-555555555555' }), HASH, 'person', 'bob', {});
    const r = pullBatch([change({ ...bobs, _rev: '1-x' }, 1), change({ ...coderDoc(BOB, 'bob'), _rev: '1-y' }, 2)], context());
    expect(r.batch.coders).toEqual([BOB]);
    expect(r.batch.annotations.map((a) => a.id)).toEqual([bobs.annotation.id]);
  });

  it('adds a text checked by the worker, under a new id when the library uses its id already, and refuses one whose check failed', async () => {
    const text = 'Hello team.';
    const record = { id: 'local-doc', title: 'T', text, hash: contentHash(text), sourceName: '', importedAt: '', lastOpenedAt: '' };
    const good = textDoc(record, '');
    const r = pullBatch([change({ ...good, _rev: '1-t' }, 1, ok(text))], context());
    expect(r.batch.documents).toHaveLength(1);
    expect(r.batch.documents[0].id).not.toBe('local-doc');
    expect(r.batch.documents[0].text).toBe(text);
    const bad = pullBatch([change({ ...good, _rev: '1-t' }, 1, fail(`${good._id}: the text does not match its hash`))], context());
    expect(bad.refused[0].reason).toContain('does not match its hash');
    expect(bad.batch.documents).toEqual([]);
  });

  it('refuses what the worker found wrong, with its reason', async () => {
    const r = pullBatch([{ id: 'coder:x', seq: 4, rev: '1-z', read: fail('coder:x: coder.name Too big') }], context());
    expect(r.refused).toEqual([{ id: 'coder:x', reason: 'coder:x: coder.name Too big' }]);
    expect(r.revisions).toEqual([]);
  });

  it('removes an annotation deleted on the server', async () => {
    const r = pullBatch([change({ _id: mine._id, _deleted: true }, 3)], context());
    expect(r.batch.removedAnnotationIds).toEqual([mine.annotation.id]);
  });
});
