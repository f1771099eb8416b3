import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { annotationDoc } from '../../../shared/sync/couch-docs';
import { ALICE, BOB, CONSENSUS, HASH, annotationBy } from '../../../shared/sync/sync-fixtures';
import type { Workspace } from '../workspace/workspace';
import { ConflictList } from './ConflictList';
import type { PouchDatabase } from './pouch-types';
import type { SyncEngine } from './sync-engine';
import { reactRoot } from '../../test-react';

const view = reactRoot();

const consensus = annotationBy(CONSENSUS, { id: '88888888-8888-4888-8888-888888888888' });
const docId = `urn:uuid:${consensus.id}`;
/** Three revisions of one consensus annotation: three people changed its memo while offline. */
const revisions = new Map(
  [
    ['3-a', ALICE, 'Alice’s reading'],
    ['3-b', BOB, 'Bob’s reading'],
    ['3-c', CONSENSUS, 'A third reading'],
  ].map(([rev, editor, memo]) => [rev as string, { ...annotationDoc({ ...consensus, memo: memo as string, editorId: (editor as typeof ALICE).id }, HASH, 'consensus', '', {}), _rev: rev as string }]),
);

function workspace(): Workspace {
  const names = new Map([ALICE, BOB, CONSENSUS].map((c) => [c.id, c.name]));
  return { codebook: { get: () => undefined }, coders: { nameOf: (id: string) => names.get(id) ?? id }, localCoder: ALICE } as unknown as Workspace;
}

function engineWith(db: Partial<PouchDatabase>, resolved = vi.fn(async () => undefined)): SyncEngine {
  return { conflicts: () => [docId], database: () => db as PouchDatabase, resolved } as unknown as SyncEngine;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

describe('the conflict view', () => {
  it('shows every version of a document three people changed, and keeping one deletes the other branches', async () => {
    const bulkDocs = vi.fn(async (docs: { _id: string }[]) => docs.map((d) => ({ ok: true as const, id: d._id, rev: '4-x' })));
    const db: Partial<PouchDatabase> = {
      get: vi.fn(async (_id: string, options?: { conflicts?: boolean; rev?: string }) => {
        const found = revisions.get(options?.rev ?? '3-a')!;
        return options?.conflicts ? { ...found, _conflicts: ['3-b', '3-c'] } : found;
      }) as unknown as PouchDatabase['get'],
      bulkDocs: bulkDocs as unknown as PouchDatabase['bulkDocs'],
    };
    const resolved = vi.fn(async () => undefined);
    act(() => view.root.render(<ConflictList engine={engineWith(db, resolved)} workspace={workspace()} />));
    await settle();
    expect(view.host.textContent).toContain('was changed in 3 places while offline');
    expect([...view.host.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Field', 'Version 1 (by Alice)', 'Version 2 (by Bob)', 'Version 3 (by Consensus)']);
    const memo = [...view.host.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Memo')!;
    expect([...memo.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Alice’s reading', 'Bob’s reading', 'A third reading']);
    const keep = [...view.host.querySelectorAll('button')].map((b) => b.textContent);
    expect(keep).toEqual(['Keep version 1', 'Keep version 2', 'Keep version 3']);
    await act(async () => [...view.host.querySelectorAll('button')][2].click());
    await settle();
    const written = bulkDocs.mock.calls[0][0] as ({ _id: string; _rev: string; _deleted?: boolean; annotation?: { memo: string } })[];
    expect(written[0]).toMatchObject({ _id: docId, _rev: '3-a', annotation: { memo: 'A third reading' } });
    expect(written.slice(1)).toEqual([
      { _id: docId, _rev: '3-b', _deleted: true },
      { _id: docId, _rev: '3-c', _deleted: true },
    ]);
    expect(resolved).toHaveBeenCalledWith(docId);
  });

  it('says the versions are on the server when it cannot be reached', async () => {
    const db: Partial<PouchDatabase> = { get: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as PouchDatabase['get'] };
    act(() => view.root.render(<ConflictList engine={engineWith(db)} workspace={workspace()} />));
    await settle();
    expect(view.host.querySelector('[role="status"]')?.textContent).toBe('The versions of one conflict are on the team’s server; they show here when it can be reached.');
  });
});
