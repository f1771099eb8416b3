import { describe, expect, it } from 'vitest';
import { coderOfUnlistedUser, coderOfUser, userOfCoder } from './coders';

describe('users and coders', () => {
  it.each(['Ana', 'Алекс', 'Ana Lima 🙂'])('a coder written as a user comes back as the same coder (%s)', (coder) => {
    const user = userOfCoder(coder);
    expect(coderOfUser(user)).toBe(coder);
    expect(userOfCoder(coder).guid).toBe(user.guid);
  });

  it('gives different coders different GUIDs, and an unlisted user a name from its GUID', () => {
    expect(userOfCoder('Ana').guid).not.toBe(userOfCoder('Ben').guid);
    expect(coderOfUnlistedUser('0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b')).toBe('User 0f1e2d3c');
  });
});
