import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAtomicTempName, nodeAtomicWriteDeps, writeFileAtomic, type AtomicWriteDeps } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real file system with one operation replaced by a failure. */
function failing(step: 'write' | 'sync' | 'rename'): AtomicWriteDeps {
  const boom = () => Promise.reject(Object.assign(new Error(`${step} failed`), { code: 'ENOSPC' }));
  return {
    ...nodeAtomicWriteDeps,
    rename: step === 'rename' ? boom : nodeAtomicWriteDeps.rename,
    open: async (path, flags) => {
      const handle = await nodeAtomicWriteDeps.open(path, flags);
      if (flags === 'r') return handle;
      return {
        writeFile: step === 'write' ? boom : (data) => handle.writeFile(data),
        sync: step === 'sync' ? boom : () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('writeFileAtomic', () => {
  it.each([
    { label: 'a new file from a string', data: 'Привет, world\n', expected: 'Привет, world\n' },
    { label: 'bytes', data: new TextEncoder().encode('bytes ✓'), expected: 'bytes ✓' },
  ])('writes $label and leaves no temporary file', async ({ data, expected }) => {
    const path = join(dir, 'out.json');
    await writeFileAtomic(path, data);
    expect(await readFile(path, 'utf8')).toBe(expected);
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('replaces an existing file', async () => {
    const path = join(dir, 'out.json');
    await writeFile(path, 'old content that is longer than the new');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it.each(['write', 'sync', 'rename'] as const)('on a failing %s keeps the old file and removes the temporary one', async (step) => {
    const path = join(dir, 'workspace.json');
    await writeFile(path, 'precious');
    await expect(writeFileAtomic(path, 'replacement', failing(step))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('precious');
    expect(await readdir(dir)).toEqual(['workspace.json']);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('names its temporary files recognisably', () => {
    expect(isAtomicTempName('.out.json.123e4567-e89b-12d3-a456-426614174000.tmp')).toBe(true);
    expect(isAtomicTempName('out.json')).toBe(false);
  });
});
