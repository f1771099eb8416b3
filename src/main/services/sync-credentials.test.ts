import { describe, expect, it } from 'vitest';
import type { JsonFileFs } from './json-file';
import { SyncCredentialStore, type SafeStorageLike } from './sync-credentials';

function memoryFs(): JsonFileFs & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    readFile: async (path) => {
      const v = files.get(path);
      if (v === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return v;
    },
    writeFile: async (path, data) => void files.set(path, data),
    unlink: async (path) => void files.delete(path),
  };
}

/** A reversible fake "encryption" (the real one is the OS keychain). */
const safe = (available = true): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from([...plain].reverse().join(''), 'utf8'),
  decryptString: (b) => [...b.toString('utf8')].reverse().join(''),
});

describe('team sync credentials (desktop)', () => {
  it('keeps the password encrypted, never in the clear, and gives it back for the same origin and user only', async () => {
    const fs = memoryFs();
    const store = new SyncCredentialStore('/u/sync.json', fs, safe());
    await store.save({ origin: 'https://couch.example.org', user: 'alice', password: 'p4ss-word' });
    expect(fs.files.get('/u/sync.json')).not.toContain('p4ss-word');
    const again = new SyncCredentialStore('/u/sync.json', fs, safe());
    expect(await again.password('https://couch.example.org', 'alice')).toBe('p4ss-word');
    expect(await again.password('https://couch.example.org', 'bob')).toBeNull();
    expect(await again.origin()).toBe('https://couch.example.org');
    await again.clear();
    expect(await again.origin()).toBeNull();
    expect(fs.files.size).toBe(0);
  });

  it('refuses to store a password where the system has no safe storage', async () => {
    const store = new SyncCredentialStore('/u/sync.json', memoryFs(), safe(false));
    await expect(store.save({ origin: 'https://x.org', user: 'a', password: 'p' })).rejects.toThrow('no safe storage');
  });
});
