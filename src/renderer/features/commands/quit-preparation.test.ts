import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import type { Annotation } from '../../../shared/model';
import { fail, ok } from '../../../shared/result';
import { contentHash } from '../../../shared/text/hash';
import { parseWorkspace } from '../../../shared/workspace-file';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { Workspace } from '../workspace/workspace';
import { prepareForQuit } from './quit-preparation';

let db: WorkbenchDatabase;
let counter = 0;
beforeEach(async () => {
  db = new WorkbenchDatabase(`quit-test-${Date.now()}-${counter++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const annotation: Annotation = {
  id: 'a1',
  documentId: 'd1',
  categoryId: DEFAULT_CATEGORIES[0].id,
  start: 0,
  end: 4,
  exact: 'Good',
  prefix: '',
  suffix: '',
  memo: '',
  coder: 'Ana',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  status: 'placed',
};

let repo: Repository;
function workspaceWith(write: NonNullable<Platform['backups']>['write'] | null): Workspace {
  const backups = write ? { write, list: async () => ok([]), read: async () => ok('') } : null;
  repo = new Repository(db);
  return new Workspace(repo, { backups } as unknown as Platform);
}

describe('prepareForQuit', () => {
  it('writes the memo being typed first, then a last backup that contains it', async () => {
    const write = vi.fn(async (json: string) => ok({ name: 'workspace-20260101-000000-000.json', createdAt: '', sizeBytes: json.length }));
    const workspace = workspaceWith(write);
    await repo.addDocuments([
      { id: 'd1', title: 'Briefing', text: 'Good afternoon.', hash: contentHash('Good afternoon.'), sourceName: 'b.txt', importedAt: annotation.created, lastOpenedAt: '' },
    ]);
    await repo.putAll([annotation], [...DEFAULT_CATEGORIES]);
    // A memo field that has not been blurred yet: its flusher turns the typed text into an edit.
    workspace.onFlush(() =>
      workspace.history.run({ label: 'edit memo', annotations: [{ before: annotation, after: { ...annotation, memo: 'typed just before quitting' } }], categories: [] }),
    );
    expect(await prepareForQuit(workspace)).toEqual({ ok: true });
    expect(write).toHaveBeenCalledOnce();
    const [json, reason] = write.mock.calls[0] as unknown as [string, string];
    expect(reason).toBe('quit');
    const parsed = parseWorkspace(json, 'backup');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.ok && parsed.value.annotations.map((a) => a.memo)).toEqual(['typed just before quitting']);
  });

  it('reports a backup that could not be written', async () => {
    const workspace = workspaceWith(async () => fail('There is not enough space on the disk to save “workspace-….json”.'));
    expect(await prepareForQuit(workspace)).toEqual({ ok: false, error: 'There is not enough space on the disk to save “workspace-….json”.' });
    expect(workspace.status).toMatchObject({ kind: 'error', text: 'The backup could not be written: There is not enough space on the disk to save “workspace-….json”.' });
  });

  it('reports a flush that failed, without a backup', async () => {
    const write = vi.fn();
    const workspace = workspaceWith(write);
    workspace.onFlush(() => Promise.reject(new Error('The memo could not be saved.')));
    expect(await prepareForQuit(workspace)).toEqual({ ok: false, error: 'The memo could not be saved.' });
    expect(write).not.toHaveBeenCalled();
  });

  it('in the browser there is nothing to back up', async () => {
    expect(await prepareForQuit(workspaceWith(null))).toEqual({ ok: true });
  });
});
