import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_CATEGORIES } from '../shared/codebook';
import type { DocumentRecord } from '../shared/model';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../shared/sample-document';
import { canonicalText } from '../shared/text/canonical';
import { contentHash } from '../shared/text/hash';
import { detectStructure } from '../shared/transcript/structure';
import { App } from './App';
import type { BackupInfo } from '../shared/ipc';
import { deleteWorkbenchDatabase, openWorkbenchDatabase, type OpenFailure } from './db/database';
import type { Platform } from './platform/platform';
import { Repository } from './db/repository';
import { readWorkspaceFileOffThread } from './workers/parse-client';
import { WorkspaceContext } from './features/workspace/workspace-context';
import { DraftJournal } from './features/workspace/draft-journal';
import { Workspace } from './features/workspace/workspace';
import { currentPlatform } from './platform/current-platform';
import { SyncStore } from './db/sync-store';
import { SyncContext } from './features/sync/sync-context';
import { SyncEngine } from './features/sync/sync-engine';
import { loadPouch } from './features/sync/pouch-types';

/** The sample document as a record; its id is fixed so that it is recognised everywhere. */
function sampleDocument(): DocumentRecord {
  const text = canonicalText(SAMPLE_TEXT);
  return {
    id: 'sample-harbour-briefing',
    title: SAMPLE_TITLE,
    text,
    hash: contentHash(text),
    sourceName: '',
    importedAt: new Date().toISOString(),
    lastOpenedAt: '',
  };
}

/** Asks the browser not to evict the database; returns a note for the status line if refused. */
async function requestPersistence(): Promise<string> {
  try {
    if (!navigator.storage?.persist) return '';
    if (await navigator.storage.persisted()) return '';
    return (await navigator.storage.persist())
      ? ''
      : 'Storage is not marked persistent: under disk pressure the browser may clear it. Export the workspace regularly.';
  } catch {
    return '';
  }
}

/**
 * Restores a backup into a fresh database, replacing one that cannot be opened (only on the
 * user's explicit request), then reloads.
 */
async function restoreInto(platform: Platform, backup: BackupInfo): Promise<void> {
  const json = await platform.backups!.read(backup.name);
  if (!json.ok) throw new Error(json.error);
  const data = await readWorkspaceFileOffThread(json.value, backup.name);
  if (!data.ok) throw new Error(data.error);
  await deleteWorkbenchDatabase();
  const opened = await openWorkbenchDatabase();
  if (!opened.ok) throw new Error(opened.message);
  await new Repository(opened.db).replaceAll(data.value);
  opened.db.close();
  location.reload();
}

/**
 * What the user sees when the database cannot be used: why, that nothing was changed, and a
 * way on (the latest backup on the desktop, a workspace export in the browser).
 */
function DatabaseProblem({ failure, platform }: { failure: OpenFailure; platform: Platform }) {
  const [latest, setLatest] = useState<BackupInfo | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    if (failure.reason !== 'unavailable' || !platform.backups) return setLatest(null);
    void platform.backups.list().then((list) => setLatest(list.ok ? ([...list.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null) : null));
  }, [failure, platform]);
  return (
    <main className="fatal" role="alert">
      <h1>{failure.reason === 'newer' ? 'This library belongs to a newer workbench' : 'The workbench could not open its database'}</h1>
      <p>{failure.message}</p>
      {failure.reason === 'unavailable' && (
        <>
          <p>Your data has not been changed. Close other windows of the workbench and reload; if this persists, free disk space.</p>
          {platform.backups ? (
            latest ? (
              <p>
                The latest backup is “{latest.name}” ({new Date(latest.createdAt).toLocaleString()}).{' '}
                {confirming ? (
                  <button type="button" className="danger" onClick={() => void restoreInto(platform, latest).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))}>
                    Replace the damaged library with this backup
                  </button>
                ) : (
                  <button type="button" onClick={() => setConfirming(true)}>
                    Restore the latest backup…
                  </button>
                )}
              </p>
            ) : (
              latest === null && <p>No backup was found in the workbench’s backup folder.</p>
            )
          ) : (
            <p>If you exported your workspace (File → Export workspace…), the export holds everything: after clearing this site’s data in the browser, import it with File → Import workspace….</p>
          )}
          {error && <p>{error}</p>}
        </>
      )}
    </main>
  );
}

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const platform = currentPlatform();
  const opened = await openWorkbenchDatabase();
  if (!opened.ok) {
    root.render(<DatabaseProblem failure={opened} platform={platform} />);
    return;
  }
  try {
    const db = opened.db;
    db.on('versionchange', () => {
      // Another tab upgrades the schema: let it, and say why this tab stops saving.
      db.close();
      document.body.dataset.closed = 'true';
      alert('The workbench was opened in a newer version elsewhere. Reload this tab to keep working.');
    });
    const repo = new Repository(db);
    const sample = sampleDocument();
    await repo.seedOnce(DEFAULT_CATEGORIES, sample, { documentId: sample.id, structure: detectStructure(sample.text, sample.hash) });
    const workspace = new Workspace(repo, platform, new DraftJournal(window.localStorage));
    const sync = new SyncEngine(workspace, new SyncStore(db), loadPouch);
    await workspace.load();
    await workspace.recoverDrafts();
    const storageNote = await requestPersistence();
    const documents = await repo.documents();
    const last = documents.filter((d) => d.lastOpenedAt).sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))[0];
    const first = last ?? documents.find((d) => d.id === sample.id) ?? documents[0];
    if (first) await workspace.open(first.id);
    // The desktop app resumes team sync with the password main keeps (the browser twin asks again).
    await sync.prepare();
    void sync.resume().catch(() => undefined);
    root.render(
      <StrictMode>
        <WorkspaceContext.Provider value={workspace}>
          <SyncContext.Provider value={sync}>
            <App storageNote={storageNote} />
          </SyncContext.Provider>
        </WorkspaceContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    root.render(<DatabaseProblem failure={{ reason: 'unavailable', message }} platform={platform} />);
  }
}

void boot();
