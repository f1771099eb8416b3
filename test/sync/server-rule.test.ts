/**
 * The project's `validate_doc_update` against a real server speaking CouchDB's protocol
 * (pouchdb-server on 127.0.0.1, in memory): who may write which document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationDoc, coderDoc, type SyncDoc } from '../../src/shared/sync/couch-docs';
import { designDoc } from '../../src/shared/sync/validate-doc-update';
import { ALICE, BOB, CONSENSUS, HASH, annotationBy } from '../../src/shared/sync/sync-fixtures';
import { ADMIN_PASSWORD, basicAuth, startPouchServer, type PouchServer } from './pouchdb-server';

let server: PouchServer;
const users = { alice: 'a-pw', bob: 'b-pw', carol: 'c-pw' };

async function write(user: keyof typeof users | 'admin', doc: SyncDoc | Record<string, unknown>): Promise<{ status: number; reason: string; rev: string }> {
  const auth = basicAuth(user, user === 'admin' ? ADMIN_PASSWORD : users[user]);
  const res = await fetch(`${server.url}/${server.database}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...auth }, body: JSON.stringify(doc) });
  const body = (await res.json()) as { reason?: string; rev?: string };
  return { status: res.status, reason: body.reason ?? '', rev: body.rev ?? '' };
}

beforeAll(async () => {
  server = await startPouchServer({
    users: [
      { name: 'alice', password: users.alice },
      { name: 'bob', password: users.bob, roles: ['adjudicator'] },
      { name: 'carol', password: users.carol },
    ],
  });
  const installed = await write('admin', designDoc());
  expect(installed.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('validate_doc_update on pouchdb-server', () => {
  it('lets a coder write their own annotation and refuses everyone else', async () => {
    const mine = annotationDoc(annotationBy(ALICE), HASH, 'person', 'alice', {});
    const created = await write('alice', mine);
    expect(created.status).toBe(201);
    const changed = { ...mine, _rev: created.rev, annotation: { ...mine.annotation, memo: 'bob was here', editorId: BOB.id } };
    const byBob = await write('bob', changed);
    expect(byBob).toMatchObject({ status: 403, reason: "This annotation is alice's: bob may not change it." });
    const stolen = await write('bob', { ...changed, couchUser: 'bob' });
    expect(stolen.status).toBe(403);
    expect(stolen.reason).toBe("This annotation is alice's: bob may not change it.");
    const recoded = await write('alice', { ...mine, _rev: created.rev, annotation: { ...mine.annotation, coderId: BOB.id } });
    expect(recoded.reason).toBe('No change alters who made an annotation.');
    const deleted = await write('carol', { _id: mine._id, _rev: created.rev, _deleted: true });
    expect(deleted.status).toBe(403);
    const stored = (await (await fetch(`${server.url}/${server.database}/${encodeURIComponent(mine._id)}`, { headers: basicAuth('alice', users.alice) })).json()) as { annotation: { memo: string } };
    expect(stored.annotation.memo).toBe('');
  });

  it.each([
    ['an annotation in another user\'s name', 'carol', annotationDoc(annotationBy(ALICE, { id: '66666666-6666-4666-8666-666666666666' }), HASH, 'person', 'alice', {}), 403],
    ['the consensus layer by an adjudicator', 'bob', annotationDoc(annotationBy(CONSENSUS, { id: '88888888-8888-4888-8888-888888888888' }), HASH, 'consensus', '', {}), 201],
    ['the consensus layer by a coder who is not one', 'alice', annotationDoc(annotationBy(CONSENSUS, { id: '77777777-7777-4777-8777-777777777777' }), HASH, 'consensus', '', {}), 403],
    ['one\'s own coder', 'alice', coderDoc(ALICE, 'alice'), 201],
    ['another user\'s coder', 'carol', coderDoc(BOB, 'bob'), 403],
    ['the consensus coder by an adjudicator', 'bob', coderDoc(CONSENSUS, 'bob'), 201],
    ['a document of no known type', 'alice', { _id: 'x', type: 'note' }, 403],
    // The server itself refuses a member's design document (only database admins write one), before the rule runs.
    ['a design document by a member', 'alice', { _id: '_design/mine', validate_doc_update: 'function () {}' }, 401],
  ] as const)('%s', async (_name, user, doc, status) => {
    expect((await write(user, doc)).status).toBe(status);
  });

  it('refuses anyone not signed in', async () => {
    const res = await fetch(`${server.url}/${server.database}/x`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"type":"text"}' });
    expect(res.status).toBe(401);
  });
});

describe('replicated updates under the rule', () => {
  it('stores a replicated update of an existing document (pouchdb-server issue #419 worked around)', async () => {
    const doc = annotationDoc(annotationBy(ALICE, { id: '99999999-9999-4999-8999-999999999999' }), HASH, 'person', 'alice', {});
    const created = await write('alice', doc);
    const [, hash1] = created.rev.split('-');
    const updated = { ...doc, _rev: '2-abc', _revisions: { start: 2, ids: ['abc', hash1] }, annotation: { ...doc.annotation, memo: 'replicated' } };
    const res = await fetch(`${server.url}/${server.database}/_bulk_docs`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...basicAuth('alice', users.alice) }, body: JSON.stringify({ docs: [updated], new_edits: false }) });
    expect(res.status).toBe(201);
    const stored = (await (await fetch(`${server.url}/${server.database}/${encodeURIComponent(doc._id)}`, { headers: basicAuth('alice', users.alice) })).json()) as { _rev: string; annotation: { memo: string } };
    expect(stored).toMatchObject({ _rev: '2-abc', annotation: { memo: 'replicated' } });
  });
});
