import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, convertFile } from '../../shared/formats/convert';
import { makeDocx, paragraphsXml } from '../../shared/formats/docx-fixtures';
import { buildConvertWorker } from '../../node/build-worker';
import { convertOffThread } from '../../node/convert-off-thread';
import { readImportFiles, type ImportFileDeps } from './read-import-files';

const enoent = (path: string) => Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });

/** An in-memory file system: path → bytes, or a size only (never readable) for huge files. */
function fakeFs(files: Record<string, Uint8Array | { size: number } | 'folder' | 'EACCES'>) {
  const deps = {
    stat: vi.fn(async (path: string) => {
      const entry = files[path];
      if (entry === undefined) throw enoent(path);
      if (entry === 'EACCES') return { size: 10, isFile: () => true };
      const size = entry === 'folder' ? 0 : entry instanceof Uint8Array ? entry.byteLength : entry.size;
      return { size, isFile: () => entry !== 'folder' };
    }),
    readFile: vi.fn(async (path: string) => {
      const entry = files[path];
      if (entry === 'EACCES') throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      if (!(entry instanceof Uint8Array)) throw enoent(path);
      return entry;
    }),
    convert: vi.fn(async (name: string, bytes: Uint8Array) => convertFile(name, bytes)),
  } satisfies ImportFileDeps;
  return deps;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readImportFiles', () => {
  it('reports every file, in order, and still returns the good ones', async () => {
    const deps = fakeFs({
      '/c/good.txt': utf8('Hello\r\nworld'),
      '/c/page.html': utf8('<p>Visible</p><script>no</script>'),
      '/c/huge.txt': { size: MAX_FILE_BYTES + 1 },
      '/c/locked.md': 'EACCES',
      '/c/folder.txt': 'folder',
      '/c/doc.docx': makeDocx(paragraphsXml(['Docx text'])),
    });
    const paths = ['/c/good.txt', '/c/report.pdf', '/c/huge.txt', '/c/gone.txt', '/c/locked.md', '/c/folder.txt', '/c/page.html', '/c/doc.docx'];
    const results = await readImportFiles(paths, deps);
    expect(results.map((r) => r.name)).toEqual(['good.txt', 'report.pdf', 'huge.txt', 'gone.txt', 'locked.md', 'folder.txt', 'page.html', 'doc.docx']);
    expect(results.map((r) => (r.ok ? r.text : r.error))).toEqual([
      'Hello\nworld',
      '“report.pdf” is not a format the workbench reads. Accepted: .txt, .md, .html, .htm, .docx.',
      expect.stringMatching(/^“huge\.txt” is too large to import/),
      '“gone.txt” could not be found. It may have been moved, renamed or deleted.',
      expect.stringMatching(/^The workbench is not allowed to open “locked\.md”/),
      '“folder.txt” is not a file, so it cannot be imported.',
      'Visible',
      'Docx text',
    ]);
  });

  it('never stats files it refuses by name, and never reads files over the limit', async () => {
    const deps = fakeFs({ '/c/huge.txt': { size: MAX_FILE_BYTES + 1 } });
    await readImportFiles(['/c/a.exe', '/c/huge.txt'], deps);
    expect(deps.stat).toHaveBeenCalledTimes(1);
    expect(deps.stat).toHaveBeenCalledWith('/c/huge.txt');
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('converts in the worker thread the app uses, the main thread only waiting', async () => {
    const worker = await buildConvertWorker(await mkdtemp(join(tmpdir(), 'import-worker-')));
    const deps = { ...fakeFs({ '/c/bad.docx': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), '/c/ok.docx': makeDocx(paragraphsXml(['Off the main thread'])) }), convert: (name: string, bytes: Uint8Array) => convertOffThread(worker, name, bytes) };
    const [bad, good] = await readImportFiles(['/c/bad.docx', '/c/ok.docx'], deps);
    expect(bad).toEqual({ name: 'bad.docx', ok: false, error: expect.stringMatching(/^“bad\.docx” is not a valid Word document/) });
    expect(good).toMatchObject({ ok: true, text: 'Off the main thread' });
  }, 60_000);

  it('returns nothing for no paths', async () => {
    expect(await readImportFiles([], fakeFs({}))).toEqual([]);
  });
});
