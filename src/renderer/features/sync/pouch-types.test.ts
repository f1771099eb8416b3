import { describe, expect, it } from 'vitest';
import { bulkFailure } from './pouch-types';

describe('a failed item of bulkDocs', () => {
  it.each([
    ['CouchDB’s conflict over HTTP', { id: 'x', error: 'conflict', reason: 'Document update conflict.' }, { kind: 'conflict', reason: 'Document update conflict.' }],
    ['CouchDB’s refusal by validate_doc_update', { id: 'x', error: 'forbidden', reason: "This annotation is alice's: bob may not change it." }, { kind: 'refused', reason: "This annotation is alice's: bob may not change it." }],
    ['a refusal of the credentials', { id: 'x', error: 'unauthorized', reason: 'Name or password is incorrect.' }, { kind: 'refused', reason: 'Name or password is incorrect.' }],
    ['PouchDB’s own conflict error', { id: 'x', error: true, status: 409, name: 'conflict', message: 'Document update conflict' }, { kind: 'conflict', reason: 'Document update conflict' }],
    ['anything else', { id: 'x', error: 'bad_request', reason: 'Invalid rev format' }, { kind: 'other', reason: 'Invalid rev format' }],
  ] as const)('reads %s', (_name, result, expected) => {
    expect(bulkFailure(result)).toEqual(expected);
  });

  it('is no failure when the item was written', () => {
    expect(bulkFailure({ ok: true, id: 'x', rev: '1-a' })).toBeNull();
  });
});
