import { describe, expect, it, vi } from 'vitest';
import type { ImportedFile } from '../../shared/ipc';
import { OpenedDocuments } from './opened-documents';

function setup() {
  const read = vi.fn(async (paths: string[]): Promise<ImportedFile[]> =>
    paths.map((p) => (p.endsWith('bad.txt') ? { name: p, ok: false, error: 'unreadable' } : { name: p, ok: true, text: 't', sizeBytes: 1, format: 'text', encoding: 'utf-8' })),
  );
  const deps = { read, notify: vi.fn(), opened: vi.fn() };
  return { queue: new OpenedDocuments(deps), deps };
}

describe('OpenedDocuments', () => {
  it('holds documents that arrive before the window, until the renderer takes them', async () => {
    const { queue, deps } = setup();
    queue.add(['/a.txt', '/b.txt', '/a.txt']);
    expect(deps.notify).toHaveBeenCalledOnce();
    expect(queue.waiting).toBe(true);
    const batch = await queue.take();
    expect(batch.cancelled).toBe(false);
    expect(batch.files.map((f) => f.name)).toEqual(['/a.txt', '/b.txt']);
    expect(queue.waiting).toBe(false);
    expect(await queue.take()).toEqual({ cancelled: true, files: [] });
  });

  it('registers only the documents that could be read as recent', async () => {
    const { queue, deps } = setup();
    queue.add(['/good.txt', '/bad.txt']);
    await queue.take();
    expect(deps.opened.mock.calls).toEqual([['/good.txt']]);
  });

  it('does not notify for nothing', () => {
    const { queue, deps } = setup();
    queue.add([]);
    expect(deps.notify).not.toHaveBeenCalled();
  });
});
