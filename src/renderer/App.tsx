import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sortCategories } from '../shared/codebook';
import type { ImportBatch } from '../shared/ipc';
import { ok } from '../shared/result';
import { useCommands } from './features/commands/use-commands';
import { CodebookEditor } from './features/codebook/CodebookEditor';
import { AppMenu } from './features/exchange/AppMenu';
import { useExchange } from './features/exchange/use-exchange';
import { ImportReport } from './features/library/ImportReport';
import { storeImportedFiles, type FileOutcome } from './features/library/import-documents';
import { LibraryView } from './features/library/LibraryView';
import { ReadingView } from './features/reading/ReadingView';
import { CoderDialog } from './features/status/CoderDialog';
import { Dialog } from './features/status/Dialog';
import { StatusBar } from './features/status/StatusBar';
import { useWorkspace } from './features/workspace/workspace-context';
import { UndoRedoButtons } from './features/workspace/UndoRedoButtons';

/** The workbench: library, reader with annotation panel, codebook, exchange, status line. */
export function App({ storageNote }: { storageNote: string }) {
  const workspace = useWorkspace();
  const categoriesRaw = useLiveQuery(() => workspace.repo.categories(), [workspace]);
  const categories = useMemo(() => sortCategories(categoriesRaw ?? []), [categoriesRaw]);
  const [askCoder, setAskCoder] = useState(false);
  const [report, setReport] = useState<FileOutcome[] | null>(null);
  const [codebookOpen, setCodebookOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [overlay, setOverlay] = useState<ReactNode>(null);
  const exchange = useExchange(workspace, setOverlay);

  const importDocuments = useCallback(
    async (files?: File[] | ImportBatch) => {
      const batch = Array.isArray(files) ? await workspace.platform.importDroppedFiles(files) : files ? ok(files) : await workspace.platform.importDocuments();
      if (!batch.ok) return workspace.failed(new Error(batch.error), 'Import');
      if (batch.value.cancelled) return;
      const outcomes = await storeImportedFiles(workspace, batch.value);
      const imported = outcomes.filter((o) => o.status === 'imported');
      workspace.say(`Import finished: ${imported.length} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'} imported.`);
      setReport(outcomes);
      if (imported.length === 1 && outcomes.length === 1) await workspace.open(imported[0].documentId!);
    },
    [workspace],
  );

  const command = useCommands({ workspace, importDocuments, runExchange: exchange.run, show: setOverlay });

  useEffect(() => {
    if (!workspace.coder) setAskCoder(true);
  }, [workspace.coder]);

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) void importDocuments(files);
  };

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={onDrop}
    >
      <header className="app-head">
        <span className="app-name">Discourse Workbench</span>
        <AppMenu workspace={workspace} onCommand={command} />
        <button type="button" onClick={() => setCodebookOpen(true)}>
          Codebook…
        </button>
        <UndoRedoButtons workspace={workspace} onCommand={command} />
        <button type="button" className="coder" onClick={() => setAskCoder(true)} aria-label={`Coder: ${workspace.coder || 'not set'}. Change coder name`}>
          Coder: {workspace.coder || '—'}
        </button>
      </header>
      <div className="app-body">
        <LibraryView
          workspace={workspace}
          categories={categories}
          openId={workspace.document?.id ?? null}
          onOpen={(id) => void workspace.open(id)}
          onImport={() => void importDocuments()}
        />
        <main className="app-main">
          {workspace.document && workspace.session && categoriesRaw ? (
            <ReadingView
              key={workspace.document.id}
              workspace={workspace}
              document={workspace.document}
              session={workspace.session}
              categories={categories}
            />
          ) : (
            <p className="empty">Choose a document in the library, or import one (Ctrl+O, or drop files on the window).</p>
          )}
        </main>
      </div>
      <StatusBar workspace={workspace} storageNote={storageNote} />
      {dragging && <div className="drop-hint" aria-hidden="true">Drop files to import them</div>}
      {report && (
        <ImportReport
          outcomes={report}
          onClose={() => setReport(null)}
          onOpen={(id) => {
            setReport(null);
            void workspace.open(id);
          }}
        />
      )}
      {codebookOpen && (
        <Dialog title="Codebook" onClose={() => setCodebookOpen(false)}>
          <CodebookEditor workspace={workspace} categories={categories} />
        </Dialog>
      )}
      {askCoder && (
        <CoderDialog
          initial={workspace.coder}
          onClose={workspace.coder ? () => setAskCoder(false) : undefined}
          onSave={(name) => {
            setAskCoder(false);
            workspace.setCoder(name).catch((error) => workspace.failed(error, 'Saving the coder name'));
          }}
        />
      )}
      {overlay}
    </div>
  );
}
