/**
 * The two halves of team sync against a real server speaking CouchDB's protocol (pouchdb-server
 * on 127.0.0.1, in memory): the pull worker's task (a page of changes fetched, bounded, parsed
 * and checked; texts matched against their hashes) and the push's handling of documents the
 * server turned down because it holds another revision (`settleRejected`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationDoc, coderDoc, textDoc, type AnnotationDoc, type SyncDoc } from '../../src/shared/sync/couch-docs';
import { ALICE, HASH, annotationBy } from '../../src/shared/sync/sync-fixtures';
import { contentHash } from '../../src/shared/text/hash';
import { designDoc } from '../../src/shared/sync/validate-doc-update';
import { settleRejected } from '../../src/renderer/features/sync/conflict-resolution';
import type { PouchConstructor, PouchDatabase } from '../../src/renderer/features/sync/pouch-types';
import { syncPullTask, type PullPage, type PullPageRequest } from '../../src/renderer/workers/sync-pull-task';
import { ADMIN_PASSWORD, basicAuth, startPouchServer, type PouchServer } from './pouchdb-server';

let server: PouchServer;
let base = '';
const PASSWORD = 'a-pw';
const authorization = basicAuth('alice', PASSWORD).Authorization;

async function put(doc: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${base}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...basicAuth('admin', ADMIN_PASSWORD) }, body: JSON.stringify(doc) });
  const body = (await res.json()) as { rev?: string; reason?: string };
  if (!res.ok) throw new Error(`seeding ${String(doc._id)}: ${res.status} ${body.reason}`);
  return body.rev!;
}

async function get(id: string, query = ''): Promise<Record<string, unknown> & { _rev: string; _conflicts?: string[] }> {
  const res = await fetch(`${base}/${encodeURIComponent(id)}${query}`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  return (await res.json()) as Record<string, unknown> & { _rev: string };
}

function pull(patch: Partial<PullPageRequest>): Promise<PullPage> {
  return syncPullTask({ base, authorization, since: '0', limit: 100, knownHashes: [], ...patch });
}

function okPage(page: PullPage): Extract<PullPage, { ok: true }> {
  if (!page.ok) throw new Error(`the page was refused: ${page.status} ${page.reason}`);
  return page;
}

const TEXT = 'Minister: We spoke for an hour.\nQuestion: About the ferry?\n';
const textRecord = { id: 'doc-1', title: 'Call', text: TEXT, hash: contentHash(TEXT), sourceName: 'call.txt', importedAt: '2026-01-01T00:00:00.000Z', lastOpenedAt: '' };

beforeAll(async () => {
  server = await startPouchServer({ users: [{ name: 'alice', password: PASSWORD, roles: ['adjudicator'] }] });
  base = `${server.url}/${server.database}`;
  await put(coderDoc(ALICE, 'alice') as unknown as Record<string, unknown>);
  await put({ ...textDoc(textRecord, Buffer.from(TEXT).toString('base64')) } as unknown as Record<string, unknown>);
  // A text whose attachment is not the text its id names.
  const forged = textDoc({ ...textRecord, hash: 'b'.repeat(64) }, Buffer.from('Another text.').toString('base64'));
  await put(forged as unknown as Record<string, unknown>);
  for (let i = 0; i < 5; i++) await put(annotationDoc(annotationBy(ALICE, { id: `aaaaaaaa-0000-4000-8000-00000000000${i}`, memo: `note ${i}` }), textRecord.hash, 'person', 'alice', {}) as unknown as Record<string, unknown>);
  // Not a document of the workbench.
  await put({ _id: 'note:1', type: 'note' });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('the pull worker’s task', () => {
  it('reads a page of changes, checks every document and matches each new text against its hash', async () => {
    const page = okPage(await pull({}));
    const byId = new Map(page.changes.map((c) => [c.id, c]));
    expect(byId.get('coder:' + ALICE.id)?.read.ok).toBe(true);
    expect(byId.get(`text:${textRecord.hash}`)?.text).toEqual({ ok: true, value: TEXT });
    expect(byId.get(`text:${'b'.repeat(64)}`)?.text).toEqual({ ok: false, error: `text:${'b'.repeat(64)}: the text does not match its hash` });
    expect(byId.get('note:1')?.read).toEqual({ ok: false, error: expect.stringContaining('note:1') });
    const annotations = page.changes.filter((c) => c.id.startsWith('urn:uuid:'));
    expect(annotations).toHaveLength(5);
    expect(annotations.every((c) => c.read.ok && c.rev.startsWith('1-'))).toBe(true);
    expect(page.full).toBe(false);
  });

  it('does not fetch a text the library has, pages from a checkpoint, and says when more is likely', async () => {
    const first = okPage(await pull({ limit: 3, knownHashes: [textRecord.hash] }));
    expect(first.changes.length).toBeLessThanOrEqual(3);
    expect(first.full).toBe(true);
    const known = first.changes.find((c) => c.id === `text:${textRecord.hash}`);
    if (known) expect(known.text).toBeUndefined();
    const rest = okPage(await pull({ since: first.lastSeq, limit: 100 }));
    const ids = [...first.changes, ...rest.changes].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(9);
  });

  it('halves a page that is over the byte budget, and refuses by id a document that alone is over it', async () => {
    const big = { ...annotationDoc(annotationBy(ALICE, { id: 'bbbbbbbb-0000-4000-8000-000000000001', memo: 'x'.repeat(6_000) }), textRecord.hash, 'person', 'alice', {}) };
    await put(big as unknown as Record<string, unknown>);
    const all = okPage(await pull({ limit: 100, maxBytes: 4_000 }));
    // Halved until the answer fits: fewer than asked, the checkpoint before the large one.
    expect(all.changes.length).toBeGreaterThan(0);
    let since = all.lastSeq;
    const seen = [...all.changes];
    for (let i = 0; i < 20; i++) {
      const page = okPage(await pull({ since, limit: 100, maxBytes: 4_000 }));
      if (page.changes.length === 0) break;
      seen.push(...page.changes);
      since = page.lastSeq;
    }
    const refused = seen.find((c) => c.id === big._id);
    expect(refused?.read).toEqual({ ok: false, error: `${big._id} is larger than 4,000 bytes, the limit for what one answer of the server may bring` });
    expect(seen.filter((c) => c.id.startsWith('urn:uuid:aaaaaaaa')).every((c) => c.read.ok)).toBe(true);
  });

  it('reads documents asked for by id', async () => {
    const id = annotationDoc(annotationBy(ALICE, { id: 'aaaaaaaa-0000-4000-8000-000000000002' }), HASH, 'person', 'alice', {})._id;
    const page = okPage(await pull({ keys: [id, 'urn:uuid:never-there'] }));
    expect(page.changes.map((c) => c.id)).toEqual([id]);
    expect(page.changes[0].read.ok).toBe(true);
  });

  it('ends a page before a text that would take it over the byte budget; the next page begins with that text', async () => {
    const since = okPage(await pull({ limit: 1000 })).lastSeq;
    const texts = ['A', 'B'].map((letter) => `${letter}: ${'word '.repeat(3_000)}\n`);
    for (const [i, text] of texts.entries()) {
      const record = { ...textRecord, id: `long-${i}`, text, hash: contentHash(text) };
      await put(textDoc(record, Buffer.from(text).toString('base64')) as unknown as Record<string, unknown>);
    }
    const first = okPage(await pull({ since, limit: 100, maxBytes: 20_000 }));
    expect(first.changes.map((c) => c.text?.ok)).toEqual([true]);
    expect(first.full).toBe(true);
    const second = okPage(await pull({ since: first.lastSeq, limit: 100, maxBytes: 20_000 }));
    expect(second.changes.map((c) => c.text)).toEqual([{ ok: true, value: texts[1] }]);
  });

  it('waits for the next change (long poll): wakes when one comes, and says so when none came in time', { timeout: 20_000 }, async () => {
    const now = okPage(await pull({ limit: 1000 })).lastSeq;
    // pouchdb-server ignores `timeout` (CouchDB honours it): the worker leaves the wait 2 s after it.
    const quiet = okPage(await pull({ since: now, watchMs: 300 }));
    expect(quiet.full).toBe(false);
    expect(quiet.lastSeq).toBe(now);
    const waiting = pull({ since: now, watchMs: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    await put(annotationDoc(annotationBy(ALICE, { id: 'dddddddd-0000-4000-8000-000000000001' }), textRecord.hash, 'person', 'alice', {}) as unknown as Record<string, unknown>);
    const woke = okPage(await waiting);
    expect(woke.full).toBe(true);
    expect(woke.changes).toEqual([]);
    expect(woke.lastSeq).not.toBe(now);
  });

  it('gives the server’s refusal with its status', async () => {
    const page = await syncPullTask({ base, authorization: basicAuth('alice', 'wrong').Authorization, since: '0', limit: 10, knownHashes: [] });
    expect(page.ok).toBe(false);
    if (!page.ok) expect(page.status).toBe(401);
  });
});

describe('a push the server turned down for another revision', () => {
  let remote: PouchDatabase;
  beforeAll(async () => {
    (globalThis as { self?: unknown }).self ??= globalThis;
    const PouchDB = (await import('pouchdb-browser')).default as PouchConstructor;
    remote = new PouchDB(base, { auth: { username: 'alice', password: PASSWORD }, skip_setup: true });
  });

  const doc = (id: string, memo: string): AnnotationDoc => annotationDoc(annotationBy(ALICE, { id, memo }), textRecord.hash, 'person', 'alice', {});

  it('adopts the server’s revision when it holds the same content (a push repeated after a page was closed)', async () => {
    const mine = doc('cccccccc-0000-4000-8000-000000000001', 'same');
    const rev = await put(mine as unknown as Record<string, unknown>);
    const settled = await settleRejected(remote, [mine], new Map());
    expect(settled).toEqual({ written: [{ docId: mine._id, rev }], conflicted: [], lost: [], refused: [] });
    expect((await get(mine._id, '?conflicts=true'))._conflicts).toBeUndefined();
  });

  it('keeps a different version as a conflict branching off the revision held here', async () => {
    const base1 = doc('cccccccc-0000-4000-8000-000000000002', 'first');
    const rev1 = await put(base1 as unknown as Record<string, unknown>);
    await put({ ...base1, _rev: rev1, annotation: { ...base1.annotation, memo: 'changed on the server' } } as unknown as Record<string, unknown>);
    const mine = doc('cccccccc-0000-4000-8000-000000000002', 'changed here');
    const settled = await settleRejected(remote, [mine], new Map([[mine._id, rev1]]));
    expect(settled.conflicted).toEqual([mine._id]);
    expect(settled.written[0].rev).toMatch(/^2-/);
    const stored = await get(mine._id, '?conflicts=true');
    expect(stored._conflicts).toHaveLength(1);
    const both = [stored, await get(mine._id, `?rev=${stored._conflicts![0]}`)].map((d) => (d.annotation as { memo: string }).memo).sort();
    expect(both).toEqual(['changed here', 'changed on the server']);
  });

  it('lets a deletion give way to a version changed on the server', async () => {
    const kept = doc('cccccccc-0000-4000-8000-000000000003', 'kept');
    const rev1 = await put(kept as unknown as Record<string, unknown>);
    await put({ ...kept, _rev: rev1, annotation: { ...kept.annotation, memo: 'kept, and changed' } } as unknown as Record<string, unknown>);
    const settled = await settleRejected(remote, [{ _id: kept._id, _rev: rev1, _deleted: true } as unknown as SyncDoc], new Map([[kept._id, rev1]]));
    expect(settled).toEqual({ written: [], conflicted: [], lost: [kept._id], refused: [] });
    expect(((await get(kept._id)).annotation as { memo: string }).memo).toBe('kept, and changed');
  });

  it('reports a conflict branch the server’s rule refuses, and goes on (the rest of the push is not held up)', async () => {
    const installed = await fetch(`${base}/${encodeURIComponent(designDoc()._id)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...basicAuth('admin', ADMIN_PASSWORD) }, body: JSON.stringify(designDoc()) });
    expect(installed.status).toBe(201);
    const held = await get(`coder:${ALICE.id}`);
    // A coder document that names another user: the rule never lets a coder change user.
    const renamed = { ...coderDoc({ ...ALICE, name: 'Alice B.' }, 'someone-else') } as SyncDoc;
    const fine = doc('cccccccc-0000-4000-8000-000000000004', 'fine');
    await put(fine as unknown as Record<string, unknown>);
    const settled = await settleRejected(remote, [renamed, { ...fine, annotation: { ...fine.annotation, memo: 'fine, and changed' } }], new Map([[renamed._id, held._rev]]));
    expect(settled.refused).toEqual([{ id: renamed._id, reason: expect.any(String) }]);
    expect(settled.conflicted).toEqual([fine._id]);
    expect((await get(renamed._id)).couchUser).toBe('alice');
  });
});
