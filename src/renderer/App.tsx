import { useCallback, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { ImportBatch } from '../shared/ipc';
import { ok } from '../shared/result';
import { MainArea } from './features/analysis/MainArea';
import type { MainView } from './features/analysis/main-views';
import { useCommands } from './features/commands/use-commands';
import { CodebookEditor } from './features/codebook/CodebookEditor';
import { AppMenu } from './features/exchange/AppMenu';
import { useExchange } from './features/exchange/use-exchange';
import { cycleRegion } from './features/layout/regions';
import { Splitter } from './features/layout/Splitter';
import { ImportReport } from './features/library/ImportReport';
import { importFailed, planDocumentImport, type FileOutcome } from './features/library/import-documents';
import { LibraryView } from './features/library/LibraryView';
import { ReadingTarget } from './features/reading/reading-target';
import { SpeakerReview } from './features/transcripts/SpeakerReview';
import { CoderDialog } from './features/status/CoderDialog';
import { Dialog } from './features/status/Dialog';
import { StatusBar } from './features/status/StatusBar';
import { LAYOUT_RANGES } from './features/workspace/preferences';
import { useCodebook, usePreferences } from './features/workspace/use-stores';
import { useWorkspace } from './features/workspace/workspace-context';
import { UndoRedoButtons } from './features/workspace/UndoRedoButtons';

/** The workbench: library, reader with annotation panel, codebook, exchange, status line. */
export function App({ storageNote }: { storageNote: string }) {
  const workspace = useWorkspace();
  const categories = useCodebook(workspace);
  const preferences = usePreferences(workspace);
  const [askCoder, setAskCoder] = useState(false);
  const [report, setReport] = useState<{ outcomes: FileOutcome[]; transcripts: string[] } | null>(null);
  const [view, setView] = useState<MainView>('reader');
  const reading = useMemo(() => new ReadingTarget(), []);
  const [codebookOpen, setCodebookOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [overlay, setOverlay] = useState<ReactNode>(null);
  const exchange = useExchange(workspace, setOverlay);

  const importDocuments = useCallback(
    async (files?: File[] | ImportBatch) => {
      const batch = Array.isArray(files) ? await workspace.platform.importDroppedFiles(files) : files ? ok(files) : await workspace.platform.importDocuments();
      if (!batch.ok) return workspace.failed(new Error(batch.error), 'Import');
      if (batch.value.cancelled) return;
      const planned = await planDocumentImport(workspace.read, batch.value, new Date().toISOString());
      let outcomes = planned.outcomes;
      const imported = outcomes.filter((o) => o.status === 'imported');
      if (planned.edit) {
        const only = imported.length === 1 && outcomes.length === 1 ? imported[0].documentId! : undefined;
        const done = await workspace.runImport(planned.edit, `Import finished: ${imported.length} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'} imported. Undo with ${workspace.undoKey()}.`, only);
        if (!done) outcomes = importFailed(outcomes);
      } else {
        workspace.say(`Import finished: none of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'} imported.`);
      }
      setReport({ outcomes, transcripts: outcomes === planned.outcomes ? planned.transcripts : [] });
    },
    [workspace],
  );

  const showSpeakerReview = useCallback(() => setOverlay(<SpeakerReview workspace={workspace} onClose={() => setOverlay(null)} />), [workspace]);
  const command = useCommands({ workspace, importDocuments, runExchange: exchange.run, show: setOverlay, reading, showView: setView });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey && !document.querySelector('dialog[open]')) {
        if (cycleRegion(document, e.shiftKey)) e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // What is being typed is written when the page is hidden or goes away (reload, closing the tab).
  useEffect(() => {
    const flush = () => void workspace.flush();
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [workspace]);

  useEffect(() => {
    if (!workspace.coder) setAskCoder(true);
  }, [workspace.coder]);

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) void importDocuments(files);
  };

  const [minLibrary, maxLibrary] = LAYOUT_RANGES.libraryWidth;
  const style = {
    '--library-width': `${preferences.libraryWidth}px`,
    '--panel-width': `${preferences.panelWidth}px`,
    '--reader-font-size': `${preferences.fontSize}px`,
    '--reader-line-width': `${preferences.lineWidth}ch`,
  } as CSSProperties;
  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      style={style}
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
        <span className="head-gap" />
        <button type="button" aria-pressed={preferences.libraryOpen} onClick={() => workspace.preferences.set({ libraryOpen: !preferences.libraryOpen })}>
          Library
        </button>
        <button type="button" aria-pressed={preferences.panelOpen} onClick={() => workspace.preferences.set({ panelOpen: !preferences.panelOpen })}>
          Annotations
        </button>
        <button type="button" className="coder" onClick={() => setAskCoder(true)} aria-label={`Coder: ${workspace.coder || 'not set'}. Change coder name`}>
          Coder: {workspace.coder || '—'}
        </button>
      </header>
      <div className={`app-body${preferences.libraryOpen ? '' : ' no-library'}`}>
        {preferences.libraryOpen && (
          <LibraryView
            workspace={workspace}
            categories={categories}
            openId={workspace.document?.id ?? null}
            onOpen={(id) => {
              setView('reader');
              void workspace.open(id);
            }}
            onImport={() => void importDocuments()}
            splitter={
              <Splitter
                label="Resize the library"
                value={preferences.libraryWidth}
                min={minLibrary}
                max={maxLibrary}
                direction={1}
                onResize={(libraryWidth, done) => workspace.preferences.set({ libraryWidth }, done)}
              />
            }
          />
        )}
        <MainArea workspace={workspace} categories={categories} view={view} onView={setView} reading={reading} onReviewSpeakers={showSpeakerReview} />
      </div>
      <StatusBar workspace={workspace} storageNote={storageNote} />
      {dragging && <div className="drop-hint" aria-hidden="true">Drop files to import them</div>}
      {report && (
        <ImportReport
          outcomes={report.outcomes}
          transcripts={report.transcripts}
          onClose={() => setReport(null)}
          onOpen={(id) => {
            setReport(null);
            setView('reader');
            void workspace.open(id);
          }}
          onReview={(id) => {
            setReport(null);
            setView('reader');
            void (workspace.document?.id === id ? Promise.resolve() : workspace.open(id)).then(showSpeakerReview);
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
          current={workspace.localCoder}
          others={workspace.coders.list().filter((c) => c.kind === 'person' && c.name !== '' && c.id !== workspace.localCoder?.id)}
          onClose={workspace.coder ? () => setAskCoder(false) : undefined}
          onSave={(name) => {
            setAskCoder(false);
            workspace.setCoder(name).catch((error) => workspace.failed(error, 'Saving the coder name'));
          }}
          onNewCoder={(name) => {
            setAskCoder(false);
            workspace.newCoder(name).catch((error) => workspace.failed(error, 'Adding the coder'));
          }}
          onContinueAs={(id) => {
            setAskCoder(false);
            workspace.continueAs(id).catch((error) => workspace.failed(error, 'Choosing the coder'));
          }}
        />
      )}
      {overlay}
    </div>
  );
}
