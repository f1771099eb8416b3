import { useEffect, useRef } from 'react';
import type { Category, DocumentRecord } from '../../../shared/model';
import { createReader, type ReaderCallbacks, type ReaderHandle, type TextSpan } from '../../reader/create-reader';
import { makePainter } from '../../reader/painter';
import type { TranscriptLayer } from '../../reader/transcript-layer';
import type { DocumentSession } from '../workspace/document-session';

/** The span of a placed annotation for the reader; orphans are not drawn. */
function spanOf(a: { id: string; start: number; end: number; categoryId: string; status: string }): TextSpan | null {
  return a.status === 'placed' && a.end > a.start ? { id: a.id, start: a.start, end: a.end, categoryId: a.categoryId } : null;
}

/** Every drawable span of a session. */
function spansOfSession(session: DocumentSession): TextSpan[] {
  return session.list().flatMap((a) => spanOf(a) ?? []);
}

interface Props {
  document: DocumentRecord;
  session: DocumentSession;
  categories: Category[];
  /** Turns, speakers and regions that are not speech, drawn over the text. */
  transcript: TranscriptLayer;
  callbacks: ReaderCallbacks;
  /** Receives the reader once created (and null when it goes away). */
  onReady(reader: ReaderHandle | null): void;
}

/**
 * Hosts the ProseMirror reader for one document. Highlights follow the session: a change is
 * drawn in place (no rebuild), a codebook change repaints everything.
 */
export function ReaderPane({ document, session, categories, transcript, callbacks, onReady }: Props) {
  const mount = useRef<HTMLDivElement>(null);
  const reader = useRef<ReaderHandle | null>(null);
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;
  // What the highlights were last drawn from: a new reader draws them as it is built (its first
  // DOM is then complete), so the reset effect that follows in the same commit has nothing to do.
  const drawnFrom = useRef<{ categories: Category[]; session: DocumentSession } | null>(null);
  const transcriptDrawn = useRef<TranscriptLayer | null>(null);

  useEffect(() => {
    const element = mount.current!;
    const handle = createReader(element, document.text, `Reader: ${document.title}`, {
      onSelectionChange: (r) => callbacksRef.current.onSelectionChange(r),
      onKey: (e) => callbacksRef.current.onKey(e),
      onHighlightClick: (ids, at) => callbacksRef.current.onHighlightClick(ids, at),
      onContextMenu: (at) => callbacksRef.current.onContextMenu(at),
      onScrollPosition: (offset) => callbacksRef.current.onScrollPosition?.(offset),
    }, { spans: spansOfSession(session), paint: makePainter(categories), transcript });
    drawnFrom.current = { categories, session };
    transcriptDrawn.current = transcript;
    reader.current = handle;
    onReady(handle);
    const unsubscribe = session.subscribe((change) => {
      const upsert = change.upserted.flatMap((a) => spanOf(a) ?? []);
      const drawnNowhere = change.upserted.filter((a) => !spanOf(a)).map((a) => a.id);
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
    // A new reader only for a new document or session; callbacks go through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document.id, session]);

  useEffect(() => {
    const drawn = drawnFrom.current;
    if (drawn && drawn.categories === categories && drawn.session === session) return;
    drawnFrom.current = { categories, session };
    reader.current?.resetHighlights(spansOfSession(session), makePainter(categories));
  }, [categories, session]);

  useEffect(() => {
    if (transcriptDrawn.current === transcript) return;
    transcriptDrawn.current = transcript;
    reader.current?.setTranscript(transcript);
  }, [transcript]);

  return <div className="reader" ref={mount} />;
}
