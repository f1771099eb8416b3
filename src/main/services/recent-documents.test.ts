import { describe, expect, it, vi } from 'vitest';
import { fakeJsonFs } from './fake-json-fs';
import { MAX_RECENT_DOCUMENTS, RecentDocuments } from './recent-documents';

const FILE = '/u/recent-documents.json';

function setup(initial?: string) {
  const fs = fakeJsonFs(initial === undefined ? {} : { [FILE]: initial });
  const os = { addRecentDocument: vi.fn(), clearRecentDocuments: vi.fn() };
  return { fs, os, recent: new RecentDocuments(FILE, fs, os) };
}

describe('RecentDocuments', () => {
  it('registers each document with the operating system and keeps it first, once', async () => {
    const { fs, os, recent } = setup();
    await recent.load();
    await recent.add('/a.txt');
    await recent.add('/b.docx');
    await recent.add('/a.txt');
    expect(os.addRecentDocument.mock.calls.map((c) => c[0])).toEqual(['/a.txt', '/b.docx', '/a.txt']);
    expect(recent.list()).toEqual(['/a.txt', '/b.docx']);
    expect(JSON.parse(fs.files.get(FILE)!)).toEqual(['/a.txt', '/b.docx']);
  });

  it(`keeps the newest ${MAX_RECENT_DOCUMENTS}`, async () => {
    const { recent } = setup();
    for (let i = 0; i < MAX_RECENT_DOCUMENTS + 3; i++) await recent.add(`/doc-${i}.txt`);
    expect(recent.list()).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(recent.list()[0]).toBe(`/doc-${MAX_RECENT_DOCUMENTS + 2}.txt`);
  });

  it('reads the saved list, ignoring what is not a path', async () => {
    const { recent } = setup(JSON.stringify(['/x.md', 7, null, '/y.txt']));
    await recent.load();
    expect(recent.list()).toEqual(['/x.md', '/y.txt']);
  });

  it.each(['{broken', '{"a":1}', undefined])('starts empty from %j', async (content) => {
    const { recent } = setup(content);
    await recent.load();
    expect(recent.list()).toEqual([]);
  });

  it('clears the list here and in the operating system, and tells the menu', async () => {
    const { os, recent } = setup();
    const changed = vi.fn();
    recent.onChange(changed);
    await recent.add('/a.txt');
    await recent.clear();
    expect(os.clearRecentDocuments).toHaveBeenCalledOnce();
    expect(recent.list()).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('a full disk costs the saved list, not the call', async () => {
    const { fs, recent } = setup();
    fs.failWrites = true;
    await expect(recent.add('/a.txt')).resolves.toBeUndefined();
    expect(recent.list()).toEqual(['/a.txt']);
  });
});
