import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_CATEGORIES } from '../shared/codebook';
import type { DocumentRecord } from '../shared/model';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../shared/sample-document';
import { canonicalText } from '../shared/text/canonical';
import { contentHash } from '../shared/text/hash';
import { detectStructure } from '../shared/transcript/structure';
import { App } from './App';
import { WorkbenchDatabase } from './db/database';
import { Repository } from './db/repository';
import { WorkspaceContext } from './features/workspace/workspace-context';
import { DraftJournal } from './features/workspace/draft-journal';
import { Workspace } from './features/workspace/workspace';
import { currentPlatform } from './platform/current-platform';

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

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const db = new WorkbenchDatabase();
    await db.open();
    db.on('versionchange', () => {
      // Another tab upgrades the schema: let it, and say why this tab stops saving.
      db.close();
      document.body.dataset.closed = 'true';
      alert('The workbench was opened in a newer version elsewhere. Reload this tab to keep working.');
    });
    const repo = new Repository(db);
    const sample = sampleDocument();
    await repo.seedOnce(DEFAULT_CATEGORIES, sample, { documentId: sample.id, structure: detectStructure(sample.text, sample.hash) });
    const workspace = new Workspace(repo, currentPlatform(), new DraftJournal(window.localStorage));
    await workspace.load();
    await workspace.recoverDrafts();
    const storageNote = await requestPersistence();
    const documents = await repo.documents();
    const last = documents.filter((d) => d.lastOpenedAt).sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))[0];
    const first = last ?? documents.find((d) => d.id === sample.id) ?? documents[0];
    if (first) await workspace.open(first.id);
    root.render(
      <StrictMode>
        <WorkspaceContext.Provider value={workspace}>
          <App storageNote={storageNote} />
        </WorkspaceContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    root.render(
      <main className="fatal" role="alert">
        <h1>The workbench could not open its database</h1>
        <p>{detail}</p>
        <p>Your data has not been changed. Close other windows of the workbench and reload; if this persists, free disk space.</p>
      </main>,
    );
  }
}

void boot();
