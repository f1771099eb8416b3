import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { adoptEdit, boundsEdit, confirmPlacementEdit, deleteEdit, modifyEdit } from '../../../shared/annotation-edits';
import { mayChange } from '../../../shared/coders/rules';
import type { Annotation, Category, DocumentRecord } from '../../../shared/model';
import type { ReaderCallbacks, ReaderHandle, TextRange } from '../../reader/create-reader';
import { trimSpan } from '../../reader/sentence';
import { AnnotationPanel, type PanelCoders, type PanelHandlers } from '../annotations/AnnotationPanel';
import { useStructure } from '../transcripts/use-structure';
import { Splitter } from '../layout/Splitter';
import type { DocumentSession } from '../workspace/document-session';
import { LAYOUT_RANGES } from '../workspace/preferences';
import { usePreferences } from '../workspace/use-stores';
import type { Workspace } from '../workspace/workspace';
import type { CodeMapBy } from '../../../shared/pictures/code-map';
import { CodeMap } from './CodeMap';
import { CodeMapControls } from './CodeMapControls';
import { readerCommands } from './reader-commands';
import { transcriptMenuEntries } from './transcript-menu';
import { FindBar } from './FindBar';
import { useCodeMap } from './use-code-map';
import { PopupMenu, type MenuEntry } from './PopupMenu';
import { ReaderPane } from './ReaderPane';
import type { ReadingTarget } from './reading-target';
import { shorten, tagSelection } from './tagging';
import { TagToolbar } from './TagToolbar';
import { placeOf } from '../../../shared/transcript/place';
import { layerOf, speechOf, turnFor } from './transcript';
import { TranscriptBar } from './TranscriptBar';
import { LayersControl } from './LayersControl';
import { useReaderLayers } from './use-reader-layers';
import { CompareView } from '../compare/CompareView';
import { useCompareState } from '../workspace/use-stores';

interface Props {
  workspace: Workspace;
  document: DocumentRecord;
  session: DocumentSession;
  categories: Category[];
  /** Where the menu's reading commands reach this view. */
  reading: ReadingTarget;
  /** Opens the speaker review of this document. */
  onReviewSpeakers(): void;
}

/** The category key a Shift+key press stands for (`Shift+1` is `!` as a key, `Digit1` as a code). */
function baseKey(event: KeyboardEvent): string {
  const m = /^(?:Digit|Numpad|Key)(.)$/.exec(event.code);
  return (m ? m[1] : event.key).toLowerCase();
}

type Popup = { kind: 'context' | 'pick'; at: { x: number; y: number }; ids: string[] } | null;

/** The reading and coding screen: toolbar, reader, annotation panel (when shown), menus. */
export function ReadingView({ workspace, document, session, categories, reading, onReviewSpeakers }: Props) {
  const reader = useRef<ReaderHandle | null>(null);
  const layers = useReaderLayers(workspace, session, document);
  const side = useCompareState(workspace).side;
  const structure = useStructure(workspace);
  const [speaker, setSpeaker] = useState<string | null>(null);
  const transcript = useMemo(() => layerOf(structure, speaker), [structure, speaker]);
  const [find, setFind] = useState<{ open: boolean; request: number }>({ open: false, request: 0 });
  const [mapBy, setMapBy] = useState<CodeMapBy | 'off'>('category');
  const settled = useCallback(() => workspace.history.settled(), [workspace]);
  const lanes = useCodeMap(session, categories, structure, mapBy, settled);
  const [selection, setSelection] = useState<TextRange>({ start: 0, end: 0 });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [popup, setPopup] = useState<Popup>(null);
  const preferences = usePreferences(workspace);
  const active = useMemo(() => categories.filter((c) => !c.retired), [categories]);
  const byId = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);

  const focus = useCallback((a: Annotation | null, flash = false) => {
    setFocusedId(a?.id ?? null);
    reader.current?.focus(a && a.status === 'placed' ? { start: a.start, end: a.end } : null, flash);
  }, []);

  const tag = useCallback(
    async (category: Category) => {
      const range = reader.current?.selection() ?? selection;
      const id = await tagSelection(workspace, range, category);
      const tagged = id ? session.get(id) : undefined;
      if (!tagged) return;
      focus(tagged);
      reader.current?.reveal({ start: tagged.start, end: tagged.end });
    },
    [workspace, session, selection, focus],
  );

  /** Tags the speech of the turn at the caret (without its label) with a category. */
  const tagTurn = useCallback(
    async (category: Category) => {
      const at = reader.current?.selection().start ?? selection.start;
      const turn = turnFor(workspace.structure, at);
      if (!turn) return workspace.say('The caret is not in a speaker’s turn: there is no turn to tag.', 'error');
      const id = await tagSelection(workspace, speechOf(document.text, turn), category);
      const tagged = id ? session.get(id) : undefined;
      if (tagged) focus(tagged);
    },
    [workspace, document, session, selection, focus],
  );

  // The menu's reading commands (Alt+S, Alt+T, Ctrl+F, Exclude) act on this reader while it is shown.
  useEffect(
    () => reading.register(document.id, readerCommands(workspace, document, () => reader.current, () => setFind((f) => ({ open: true, request: f.request + 1 })))),
    [reading, workspace, document],
  );

  /** Shows an annotation: the reader scrolls to it and selects it, the panel marks it. */
  const go = useCallback(
    (a: Annotation) => {
      if (a.status !== 'placed') {
        workspace.say('This annotation is not placed in the text; select its span and choose “Place at selection”.');
        focus(a);
        return;
      }
      reader.current?.scrollTo(a.start);
      focus(a, true);
      reader.current?.select({ start: a.start, end: a.end });
      reader.current?.view.focus();
    },
    [workspace, focus],
  );

  useEffect(
    () =>
      workspace.onReveal((id) => {
        const a = session.get(id);
        if (a) go(a);
      }),
    [workspace, session, go],
  );

  // Where the reader was in this document last time.
  useEffect(() => {
    let live = true;
    void workspace.preferences.readingPosition(document.id).then((offset) => {
      if (live && offset > 0 && reader.current && reader.current.view.dom.parentElement?.scrollTop === 0) reader.current.scrollTo(offset, 'start');
    });
    return () => {
      live = false;
    };
  }, [workspace, document.id]);

  const callbacks: ReaderCallbacks = {
    onSelectionChange: setSelection,
    onKey(event) {
      if (event.altKey && event.key === 'Enter' && reader.current) {
        // The keyboard's way to "click" a highlight: show the annotation at the caret.
        const { ids, at } = reader.current.annotationsAtCaret();
        const only = ids.length === 1 ? session.get(ids[0]) : undefined;
        if (ids.length === 0) workspace.say('There is no annotation at the caret.');
        else callbacks.onHighlightClick(ids, at);
        // Say what is there, since a keyboard user may not see the outline.
        if (only) workspace.say(`${byId.get(only.categoryId)?.label ?? 'Annotation'}: “${shorten(only.exact)}”${only.memo ? `, memo: ${shorten(only.memo)}` : ''}.`);
        return true;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      if (event.shiftKey) {
        // Shift with a category's key tags the whole turn at the caret.
        const key = baseKey(event);
        const turnCategory = active.find((c) => c.shortcut !== '' && c.shortcut === key);
        if (!turnCategory) return false;
        void tagTurn(turnCategory);
        return true;
      }
      const category = active.find((c) => c.shortcut !== '' && c.shortcut === event.key.toLowerCase());
      if (!category) return false;
      void tag(category);
      return true;
    },
    onHighlightClick(ids, at) {
      if (ids.length === 1) focus(session.get(ids[0]) ?? null);
      else setPopup({ kind: 'pick', at, ids });
    },
    onContextMenu(at) {
      setPopup({ kind: 'context', at, ids: [] });
    },
    onScrollPosition(offset) {
      workspace.preferences.setReadingPosition(document.id, offset);
    },
  };

  const placeInTranscript = useCallback(
    (a: Annotation): string | null => {
      const place = a.status === 'placed' ? placeOf(structure, a.start) : null;
      return place ? `${place.speaker} · turn ${place.turn}` : null;
    },
    [structure],
  );
  const handlers = useMemo((): PanelHandlers => {
    // The panel follows the session after each write, so the record it shows can be a step
    // behind: every change starts from the session's current record.
    const current = (a: Annotation) => session.get(a.id) ?? a;
    const now = () => workspace.stamp();
    return {
      onGo: go,
      onCategory(a, categoryId) {
        const label = byId.get(categoryId)?.label ?? categoryId;
        void workspace.run(modifyEdit(`Change category to ${label}`, current(a), { categoryId }, now()), `Category changed to ${label}.`);
      },
      onMemo(a, memo, stretch, final) {
        const record = current(a);
        if (record.memo === memo) {
          workspace.drafts.written(a.id, memo);
          if (final) workspace.say('Memo saved.');
          return;
        }
        void workspace.run(modifyEdit('Edit memo', record, { memo }, now()), final ? 'Memo saved.' : undefined, { stretch }).then((done) => {
          if (done) workspace.drafts.written(a.id, memo);
        });
      },
      onDraft(a, memo) {
        workspace.drafts.put({ annotationId: a.id, documentId: a.documentId, memo });
      },
      onBounds(a) {
        const range = reader.current?.selection();
        const { start, end } = range ? trimSpan(document.text, range.start, range.end) : { start: 0, end: 0 };
        if (start >= end) {
          workspace.say('Select the new span in the reader first, then choose “Set to selection”.', 'error');
          return;
        }
        void workspace.run(boundsEdit(document, current(a), start, end, now()), `Annotation now covers “${shorten(document.text.slice(start, end))}”.`);
      },
      onConfirmPlacement(a) {
        void workspace.run(confirmPlacementEdit(current(a), now()), `Placement of “${shorten(a.exact)}” confirmed.`);
      },
      onDelete(a) {
        if (focusedId === a.id) focus(null);
        void workspace.run(deleteEdit([current(a)]), `Deleted the ${byId.get(a.categoryId)?.label ?? ''} annotation “${shorten(a.exact)}”. Undo with ${workspace.undoKey()}.`);
      },
      onAdopt(list) {
        const edit = adoptEdit(list.map(current), document, session.list(), workspace.layer(), workspace.stamp(), () => crypto.randomUUID());
        if (!edit) {
          workspace.say(list.length === 1 ? 'Your layer already has this annotation (same span and category).' : 'Your layer already has all of these annotations (same spans and categories).');
          return;
        }
        const n = edit.annotations.length;
        void workspace.run(edit, `Adopted ${n} annotation${n === 1 ? '' : 's'} into your layer (the coder's memos stay theirs). Undo with ${workspace.undoKey()}.`);
      },
      registerFlush: (flush) => workspace.onFlush(flush),
    };
  }, [workspace, session, document, byId, focus, focusedId, go]);
  const localId = workspace.localCoder?.id ?? '';
  const panelCoders = useMemo(
    (): PanelCoders => ({
      nameOf: (a) => workspace.coders.nameOf(a.coderId, a.coder),
      mayChange: (a) => mayChange(localId, a, workspace.coders.kindOf),
      options: layers.entries.map((e) => ({ id: e.id, name: `${e.name}${e.you ? ' (you)' : ''}` })),
    }),
    [workspace, localId, layers.entries],
  );

  const hasSelection = selection.end > selection.start;
  const popupEntries: MenuEntry[] = !popup
    ? []
    : popup.kind === 'context'
      ? [
          ...active.map((c) => ({ label: `Tag as ${c.label}`, hint: c.shortcut, onSelect: () => void tag(c) })),
          { label: 'Select sentence', hint: 'Alt+S', onSelect: () => reading.get()?.selectSentence() },
          ...transcriptMenuEntries({ workspace, document, structure, selection, active, commands: reading.get(), tagTurn: (c) => void tagTurn(c), onReviewSpeakers }),
        ]
      : popup.ids.flatMap((id) => {
          const a = session.get(id);
          if (!a) return [];
          return [{ label: `${byId.get(a.categoryId)?.label ?? 'unknown'}: “${shorten(a.exact, 40)}” (${workspace.coders.nameOf(a.coderId, a.coder)})`, onSelect: () => focus(a) }];
        });

  const [minPanel, maxPanel] = LAYOUT_RANGES.panelWidth;
  return (
    <div className={`reading${preferences.panelOpen ? '' : ' no-panel'}`}>
      <div className="reading-main">
        <header className="reading-head">
          <h1>{document.title}</h1>
          <div className="reading-tools">
            <TagToolbar
              categories={categories}
              hasSelection={hasSelection}
              onTag={(c) => void tag(c)}
              onSelectSentence={() => reader.current?.selectSentence(workspace.structure?.turns)}
            />
            {layers.entries.length > 1 && (
              <LayersControl
                layers={layers.entries}
                view={workspace.layers.get()}
                differencesNote={layers.differencesNote}
                onToggle={(id, shown) => workspace.layers.toggle(id, shown)}
                onDifferencesOnly={(on) => workspace.layers.set({ differencesOnly: on })}
              />
            )}
            {layers.entries.length > 1 && side !== 'compare' && (
              <button
                type="button"
                onClick={() => {
                  workspace.compare.show('compare');
                  workspace.preferences.set({ panelOpen: true });
                }}
              >
                Compare coders
              </button>
            )}
          </div>
          <div className="reading-status">
            <p className="selection-info" aria-live="off">
              {hasSelection ? `Selected: “${shorten(document.text.slice(selection.start, selection.end), 80)}”` : 'Nothing selected'}
            </p>
            {structure && structure.turns.length > 0 && <TranscriptBar structure={structure} speaker={speaker} onSpeaker={setSpeaker} onReview={onReviewSpeakers} />}
            <CodeMapControls workspace={workspace} title={document.title} length={document.text.length} by={mapBy} onBy={setMapBy} lanes={lanes} hasTurns={Boolean(structure?.turns.length)} />
          </div>
          {find.open && (
            <FindBar
              text={document.text}
              focusRequest={find.request}
              caret={() => reader.current?.selection().start ?? 0}
              onHits={(hits, current) => reader.current?.setSearchHits(hits, current)}
              onGo={(hit) => {
                reader.current?.scrollTo(hit.start);
                reader.current?.select(hit);
              }}
              onClose={(toReader) => {
                setFind((f) => ({ ...f, open: false }));
                reader.current?.setSearchHits([], -1);
                if (toReader) reader.current?.view.focus();
              }}
            />
          )}
        </header>
        <div className="reader-frame">
          <ReaderPane
            document={document}
            session={session}
            categories={categories}
            lanes={layers.lanes}
            visible={layers.visible}
            viewKey={layers.viewKey}
            transcript={transcript}
            callbacks={callbacks}
            onReady={(r) => (reader.current = r)}
          />
          <CodeMap off={mapBy === 'off'} lanes={lanes} length={document.text.length} caret={() => reader.current?.selection().start ?? 0} onJump={(range) => reading.get()?.show(range)} />
        </div>
      </div>
      {preferences.panelOpen && (
        <>
          <Splitter
            label="Resize the annotation panel"
            value={preferences.panelWidth}
            min={minPanel}
            max={maxPanel}
            direction={-1}
            onResize={(panelWidth, done) => workspace.preferences.set({ panelWidth }, done)}
          />
          {side === 'compare' ? (
            <CompareView
              workspace={workspace}
              document={document}
              session={session}
              categories={categories}
              selection={() => reader.current?.selection() ?? selection}
              onGo={go}
            />
          ) : (
            <AnnotationPanel session={session} categories={categories} coders={panelCoders} focusedId={focusedId} settled={settled} placeOf={placeInTranscript} {...handlers} />
          )}
        </>
      )}
      {popup && (
        <PopupMenu
          label={popup.kind === 'context' ? 'Tag selection' : 'Choose an annotation'}
          at={popup.at}
          entries={popupEntries}
          onClose={() => setPopup(null)}
        />
      )}
    </div>
  );
}
