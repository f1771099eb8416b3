import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, WorkbenchDatabase, installedVersion, openWorkbenchDatabase } from './database';

/** Creates database `name` at IndexedDB version `version` with one store holding one record. */
function createRaw(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('documents', { keyPath: 'id' }).put({ id: 'kept', title: 'From the future' });
      request.result.createObjectStore('futureTable');
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('openWorkbenchDatabase', () => {
  it('refuses a database written by a newer schema with a message, and never changes it', async () => {
    const name = `newer-${Math.random()}`;
    await createRaw(name, (SCHEMA_VERSION + 2) * 10);
    const outcome = await openWorkbenchDatabase(name);
    expect(outcome).toEqual({ ok: false, reason: 'newer', message: expect.stringMatching(new RegExp(`^The library was last opened by a newer version of the workbench \\(database version ${SCHEMA_VERSION + 2}; this version reads up to ${SCHEMA_VERSION}\\)\\. Nothing was changed\\.`)) });
    expect(await installedVersion(name)).toBe((SCHEMA_VERSION + 2) * 10);
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
    });
    expect([...raw.objectStoreNames].sort()).toEqual(['documents', 'futureTable']);
    raw.close();
    await Dexie.delete(name);
  });

  it('opens a new database and an existing one of this version', async () => {
    const name = `current-${Math.random()}`;
    expect(await installedVersion(name)).toBeNull();
    const first = await openWorkbenchDatabase(name);
    expect(first.ok).toBe(true);
    if (first.ok) first.db.close();
    const again = await openWorkbenchDatabase(name);
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.db.verno).toBe(SCHEMA_VERSION);
      again.db.close();
    }
    await Dexie.delete(name);
  });

  it('reports a database that cannot be opened with the browser’s words', async () => {
    const open = vi.spyOn(WorkbenchDatabase.prototype, 'open').mockRejectedValue(Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' }));
    try {
      expect(await openWorkbenchDatabase(`broken-${Math.random()}`)).toEqual({ ok: false, reason: 'unavailable', message: 'UnknownError: Internal error opening backing store' });
    } finally {
      open.mockRestore();
    }
  });

  it('SCHEMA_VERSION is the highest version the database class declares', () => {
    expect(new WorkbenchDatabase(`declared-${Date.now()}`).verno).toBe(SCHEMA_VERSION);
  });
});
