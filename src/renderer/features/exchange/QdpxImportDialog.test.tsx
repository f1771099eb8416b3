import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import { fixtureGuid, fixtureQdpx, MIXED_TEXT } from '../../../shared/qdpx/test-projects';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { inThreadWorker, type QdpxWorkerLike } from '../../workers/qdpx-client';
import { DraftJournal } from '../workspace/draft-journal';
import { Workspace } from '../workspace/workspace';
import { QdpxImportDialog } from './QdpxImportDialog';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const refused = async () => ({ ok: false as const, error: 'not in tests' });
const platform = { kind: 'browser', mac: false, importDocuments: refused, importDroppedFiles: refused, openFile: refused, saveFile: refused, openBinaryFile: refused, saveBinaryFile: refused, saveTables: refused, backups: null, desktop: null } satisfies Platform;

const CODE = fixtureGuid();
const SOURCE = fixtureGuid();
/** A QualCoder-style project: UTF-16 positions, the quote as each selection's name. */
const BYTES = fixtureQdpx({
  origin: 'QualCoder 3.5',
  convention: { unit: 'utf-16', bomCounted: false, crlfAsOne: false },
  users: [],
  codes: [{ guid: CODE, name: 'Blame' }],
  sources: [{ guid: SOURCE, name: 'Hearing.txt', text: MIXED_TEXT, selections: [{ quote: 'You hid the numbers 🙈 from the committee!', code: CODE }] }],
});

let db: WorkbenchDatabase;
let workspace: Workspace;
let host: HTMLDivElement;
let root: Root;
let counter = 0;

beforeEach(async () => {
  db = new WorkbenchDatabase(`qdpx-dialog-${Date.now()}-${counter++}`);
  await db.open();
  const repo = new Repository(db);
  await repo.replaceAll({ documents: [], annotations: [], categories: [...DEFAULT_CATEGORIES] });
  workspace = new Workspace(repo, platform, new DraftJournal(null));
  await workspace.load();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  act(() => root.unmount());
  host.remove();
  await db.delete();
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);

/** Waits (in real time) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}

describe('the REFI-QDA import dialog', () => {
  it('shows progress while the worker reads, and Cancel ends the worker and writes nothing', async () => {
    const worker: QdpxWorkerLike & { ended: boolean } = { onmessage: null, onerror: null, postMessage: () => undefined, ended: false, terminate() { this.ended = true; } };
    const onDone = vi.fn();
    act(() => root.render(<QdpxImportDialog workspace={workspace} fileName="big.qdpx" bytes={BYTES} onDone={onDone} createWorker={() => worker} />));
    expect(host.querySelector('progress')?.getAttribute('aria-label')).toBe('Reading and placing sources');
    act(() => button('Cancel')?.click());
    expect(worker.ended).toBe(true);
    expect(onDone).toHaveBeenCalled();
    expect(workspace.status.text).toBe('Import of “big.qdpx” cancelled: nothing was written.');
    expect((await workspace.read.snapshot()).documents).toEqual([]);
  });

  it('reports the reading, re-reads with another one on request, and imports as one step', async () => {
    const onDone = vi.fn();
    act(() => root.render(<QdpxImportDialog workspace={workspace} fileName="qc.qdpx" bytes={BYTES} onDone={onDone} createWorker={inThreadWorker} />));
    await until(() => host.textContent?.includes('positions read as UTF-16 code units (the selections’ names read as their quotes); 1 placed') ?? false);
    expect((await workspace.read.snapshot()).documents).toEqual([]);
    const select = host.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['UTF-16 code units (fits best)', 'Unicode code points']);
    act(() => {
      select.value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => host.textContent?.includes('positions read as Unicode code points (chosen by you)') ?? false);
    act(() => {
      const again = host.querySelector('select')!;
      again.value = '0';
      again.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => host.textContent?.includes('positions read as UTF-16 code units (chosen by you); 1 placed') ?? false);
    await act(async () => button('Import 1 annotation and 1 document')?.click());
    await until(() => onDone.mock.calls.length > 0);
    const library = await workspace.read.snapshot();
    expect(library.documents.map((d) => d.title)).toEqual(['Hearing']);
    expect(library.annotations.map((a) => a.exact)).toEqual(['You hid the numbers 🙈 from the committee!']);
    expect(library.categories.map((c) => c.label)).toContain('Blame');
    expect(workspace.history.peek().undo).toBe('Import of 1 annotation and 1 document from “qc.qdpx”');
  });
});
