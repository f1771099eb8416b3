import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupStore, backupDateOf, backupNameFor } from './backups';

let root: string;
let dir: string;
let clock: Date;
const tick = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backups-'));
  dir = join(root, 'backups');
  clock = new Date('2025-03-04T05:06:07.089Z');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const store = (options: { keep?: number; minIntervalMs?: number } = {}) => new BackupStore({ dir, now: () => clock, ...options });
const MINUTE = 60 * 1000;

describe('backup names', () => {
  it.each([
    ['2025-03-04T05:06:07.089Z', 'workspace-20250304-050607-089.json'],
    ['1999-12-31T23:59:59.999Z', 'workspace-19991231-235959-999.json'],
  ])('%s ↔ %s', (iso, name) => {
    expect(backupNameFor(new Date(iso))).toBe(name);
    expect(backupDateOf(name)?.toISOString()).toBe(iso);
  });

  it.each([
    '../workspace-20250304-050607-089.json',
    'workspace-20250304-050607-089.json/../../secret',
    '..\\workspace-20250304-050607-089.json',
    'workspace-20250231-050607-089.json',
    'workspace-20250304-050607-89.json',
    'workspace-20250304-050607-089.json.bak',
    '/etc/passwd',
    '',
  ])('rejects %j', (name) => {
    expect(backupDateOf(name)).toBeNull();
  });
});

describe('BackupStore', () => {
  it('lists nothing before the folder exists', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('writes, lists newest first and reads back', async () => {
    const backups = store();
    const first = await backups.write('{"v":1}', 'manual');
    tick(1000);
    const second = await backups.write('{"v":"два"}', 'quit');
    expect(first).toEqual({ name: 'workspace-20250304-050607-089.json', createdAt: '2025-03-04T05:06:07.089Z', sizeBytes: 7 });
    expect(second.sizeBytes).toBe(14);
    expect(await backups.list()).toEqual([second, first]);
    expect(await backups.read(second.name)).toBe('{"v":"два"}');
  });

  it('throttles interval backups but never quit or manual ones', async () => {
    const backups = store({ minIntervalMs: 5 * MINUTE });
    const first = await backups.write('a', 'interval');
    tick(4 * MINUTE);
    expect(await backups.write('b', 'interval')).toEqual(first);
    expect(await readdir(dir)).toHaveLength(1);
    const quit = await backups.write('c', 'quit');
    expect(quit.name).not.toBe(first.name);
    tick(1 * MINUTE);
    expect(await backups.write('d', 'interval')).toEqual(quit);
    tick(5 * MINUTE);
    const later = await backups.write('e', 'interval');
    expect(later.createdAt).toBe(clock.toISOString());
    tick(1);
    expect((await backups.write('f', 'manual')).createdAt).toBe(clock.toISOString());
    expect(await readdir(dir)).toHaveLength(4);
  });

  it('writes an interval backup when the clock has gone back', async () => {
    const backups = store();
    await backups.write('a', 'manual');
    tick(-10 * MINUTE);
    const written = await backups.write('b', 'interval');
    expect(written.createdAt).toBe(clock.toISOString());
  });

  it('keeps only the newest `keep` backups and leaves other files alone', async () => {
    const backups = store({ keep: 3 });
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      names.push((await backups.write(`{"i":${i}}`, 'manual')).name);
      if (i === 0) await writeFile(join(dir, 'notes.txt'), 'mine');
      tick(MINUTE);
    }
    expect((await backups.list()).map((b) => b.name)).toEqual(names.slice(3).reverse());
    expect((await readdir(dir)).sort()).toEqual([...names.slice(3), 'notes.txt'].sort());
  });

  it('refuses to read names that are not backups', async () => {
    const backups = store();
    await writeFile(join(root, 'secret.json'), 'secret');
    await expect(backups.read('../secret.json')).rejects.toThrow('“../secret.json” is not the name of a workspace backup.');
    await expect(backups.read('workspace-20250304-050607-089.json')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
