import { useEffect, useRef } from 'react';
import type { Annotation, Category, DocumentRecord } from '../../../shared/model';
import { createReader, type ReaderCallbacks, type ReaderHandle, type TextSpan } from '../../reader/create-reader';
import { makePainter, type CoderLane } from '../../reader/painter';
import type { TranscriptLayer } from '../../reader/transcript-layer';
import type { DocumentSession } from '../workspace/document-session';

/** Which annotations the reader draws (the layers shown); null draws all. */
export type Visible = ((a: Annotation) => boolean) | null;

/** The span of a placed, visible annotation for the reader; orphans are not drawn. */
function spanOf(a: Annotation, visible: Visible): TextSpan | null {
  return a.status === 'placed' && a.end > a.start && (visible === null || visible(a)) ? { id: a.id, start: a.start, end: a.end, categoryId: a.categoryId, coderId: a.coderId } : null;
}

/** Every drawable span of a session (in no particular order: the highlight plugin needs none). */
function spansOfSession(session: DocumentSession, visible: Visible): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const a of session.values()) {
    const span = spanOf(a, visible);
    if (span) spans.push(span);
  }
  return spans;
}

interface Props {
  document: DocumentRecord;
  session: DocumentSession;
  categories: Category[];
  /** The shown coders' lanes when several layers are drawn (null: one layer, the usual style). */
  lanes: ReadonlyMap<string, CoderLane> | null;
  visible: Visible;
  /** Changes whenever `lanes` or `visible` mean something else: everything is drawn again. */
  viewKey: string;
  /** Turns, speakers and regions that are not speech, drawn over the text. */
  transcript: TranscriptLayer;
  callbacks: ReaderCallbacks;
  /** Receives the reader once created (and null when it goes away). */
  onReady(reader: ReaderHandle | null): void;
}

/**
 * Hosts the ProseMirror reader for one document. Highlights follow the session: a change is
 * drawn in place (no rebuild), a codebook change or another choice of layers repaints everything.
 */
export function ReaderPane({ document, session, categories, lanes, visible, viewKey, transcript, callbacks, onReady }: Props) {
  const mount = useRef<HTMLDivElement>(null);
  const reader = useRef<ReaderHandle | null>(null);
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;
  const view = useRef({ lanes, visible });
  view.current = { lanes, visible };
  // What the highlights were last drawn from: a new reader draws them as it is built (its first
  // DOM is then complete), so the reset effect that follows in the same commit has nothing to do.
  const drawnFrom = useRef<{ categories: Category[]; session: DocumentSession; viewKey: string } | null>(null);
  const transcriptDrawn = useRef<TranscriptLayer | null>(null);

  useEffect(() => {
    const element = mount.current!;
    const handle = createReader(element, document.text, `Reader: ${document.title}`, {
      onSelectionChange: (r) => callbacksRef.current.onSelectionChange(r),
      onKey: (e) => callbacksRef.current.onKey(e),
      onHighlightClick: (ids, at) => callbacksRef.current.onHighlightClick(ids, at),
      onContextMenu: (at) => callbacksRef.current.onContextMenu(at),
      onScrollPosition: (offset) => callbacksRef.current.onScrollPosition?.(offset),
    }, { spans: spansOfSession(session, view.current.visible), paint: makePainter(categories, view.current.lanes), transcript });
    drawnFrom.current = { categories, session, viewKey };
    transcriptDrawn.current = transcript;
    reader.current = handle;
    onReady(handle);
    const unsubscribe = session.subscribe((change) => {
      const shown = view.current.visible;
      const upsert = change.upserted.flatMap((a) => spanOf(a, shown) ?? []);
      const drawnNowhere = change.upserted.filter((a) => !spanOf(a, shown)).map((a) => a.id);
      if (change.removed.length || drawnNowhere.length) handle.removeHighlights([...change.removed, ...drawnNowhere]);
      if (upsert.length) handle.upsertHighlights(upsert);
    });
    return () => {
      unsubscribe();
      handle.destroy();
      drawnFrom.current = null;
      reader.current = null;
      onReady(null);
    };
    // A new reader only for a new document or session; callbacks and the view go through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document.id, session]);

  useEffect(() => {
    const drawn = drawnFrom.current;
    if (drawn && drawn.categories === categories && drawn.session === session && drawn.viewKey === viewKey) return;
    drawnFrom.current = { categories, session, viewKey };
    reader.current?.resetHighlights(spansOfSession(session, view.current.visible), makePainter(categories, view.current.lanes));
  }, [categories, session, viewKey]);

  useEffect(() => {
    if (transcriptDrawn.current === transcript) return;
    transcriptDrawn.current = transcript;
    reader.current?.setTranscript(transcript);
  }, [transcript]);

  return <div className="reader" ref={mount} />;
}
