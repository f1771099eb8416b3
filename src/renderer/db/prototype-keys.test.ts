/**
 * Category ids that are also names on Object.prototype (`__proto__`, `constructor`, `toString`)
 * are counted like any other (issue 15, finding 4): before, the library showed "0 annotations"
 * for them, and a restored workspace stored "function Object() { [native code] }1".
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, DocumentRecord } from '../../shared/model';
import { addCounts, packAll } from './annotation-packs';
import { WorkbenchDatabase } from './database';
import { Repository } from './repository';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

const doc: DocumentRecord = { id: 'd', title: 'T', text: 'Some text here.', hash: 'h', sourceName: '', importedAt: '', lastOpenedAt: '' };

function ann(id: string, categoryId: string): Annotation {
  return { id, documentId: 'd', categoryId, start: 0, end: 4, exact: 'Some', prefix: '', suffix: ' text', memo: '', coder: '', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', status: 'placed' };
}

let db: WorkbenchDatabase;

beforeEach(async () => {
  db = new WorkbenchDatabase(`prototype-keys-${Date.now()}-${Math.random()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('counts keyed by category ids from files', () => {
  it('packAll and addCounts count prototype names as plain keys', () => {
    const { counts } = packAll(HOSTILE.map((c, i) => ann(`a${i}`, c)));
    expect(Object.entries(counts[0].counts).sort()).toEqual(HOSTILE.map((c) => [c, 1]).sort());
    const next = addCounts(counts[0].counts, new Map([['constructor', 2], ['valueOf', 1]]));
    expect(next.constructor).toBe(3);
    expect(next.valueOf).toBe(1);
  });

  it('a restored workspace and later edits keep exact counts, and an absent category reads as none', async () => {
    const repo = new Repository(db);
    await repo.replaceAll({ documents: [doc], annotations: HOSTILE.map((c, i) => ann(`a${i}`, c)), categories: [] });
    await repo.putAll([ann('b', 'toString'), ann('c', '__proto__')], []);
    const row = (await repo.libraryCounts()).get('d')!;
    expect(Object.values(row).reduce((a, b) => a + b, 0)).toBe(6);
    expect(row.toString).toBe(2);
    expect(row.__proto__).toBe(2);
    expect(row.valueOf).toBeUndefined();
    expect((await repo.countsOf('d')).isPrototypeOf).toBeUndefined();
  });
});
