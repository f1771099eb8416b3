import { describe, expect, it } from 'vitest';
import { nameCoderId } from '../coders/coder-ids';
import { coderOfUnlistedUser, coderOfUser, userOfCoder } from './coders';

describe('users and coders', () => {
  it.each([
    ['3f0d7a52-5a49-4d3c-9b43-0b1f1b7e2c11', 'Ana'],
    [nameCoderId('Алекс'), 'Алекс'],
    ['acct:ana@hypothes.is', 'Ana Lima 🙂'],
  ])('a coder written as a user comes back as the same coder (%s)', (id, name) => {
    const user = userOfCoder({ id, name });
    const back = coderOfUser(user);
    expect(back.name).toBe(name);
    // A UUID id is the GUID; another id (an IRI) gets a stable name-based GUID, which comes back as the id.
    if (/^[0-9a-f-]{36}$/.test(id)) expect(back.id).toBe(id);
    expect(userOfCoder({ id, name: 'renamed' }).guid).toBe(user.guid);
  });

  it('gives different coders different GUIDs, and an unlisted user a name from its GUID', () => {
    expect(userOfCoder({ id: nameCoderId('Ana'), name: 'Ana' }).guid).not.toBe(userOfCoder({ id: nameCoderId('Ben'), name: 'Ben' }).guid);
    expect(coderOfUnlistedUser('0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b')).toEqual({ id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', name: 'User 0f1e2d3c', kind: 'person' });
  });
});
