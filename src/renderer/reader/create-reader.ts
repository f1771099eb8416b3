import { EditorState, Plugin, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { focusKey, focusPlugin } from './focus';
import { highlightKey, highlightPlugin, spansAt, type HighlightAction, type Painter } from './highlights';
import { buildDocument, PositionMap, SECTION_SIZE } from './position-map';
import { watchSections, type SectionWindow } from './section-window';
import type { HighlightSpan } from './segments';
import type { Turn } from '../../shared/transcript/detect';
import { searchHitsKey, searchHitsPlugin } from './search-hits';
import { sentenceAt } from './sentence';
import { transcriptKey, transcriptPlugin, type TranscriptLayer } from './transcript-layer';

/** Milliseconds without scrolling after which the reading position is read and reported. */
const POSITION_PAUSE_MS = 150;

/** A selection in text offsets (UTF-16, half-open); empty when `start === end`. */
export interface TextRange {
  start: number;
  end: number;
}

/** What the reader tells its host. */
export interface ReaderCallbacks {
  /** The selection changed (mouse, keyboard, or a command). */
  onSelectionChange(range: TextRange): void;
  /** A key the reader does not use itself; return true when the host handled it. */
  onKey(event: KeyboardEvent): boolean;
  /** A click landed on highlighted text; `ids` are the annotations under it, in start order. */
  onHighlightClick(ids: string[], at: { x: number; y: number }): void;
  /** The context menu was asked for (right click, the Menu key or Shift+F10). */
  onContextMenu(at: { x: number; y: number }): void;
  /** The reader was scrolled: the text offset now at the top of the view (for "where was I"). */
  onScrollPosition?(offset: number): void;
}

/** The reader's interface for the React layer. Offsets are text offsets, never positions. */
export interface ReaderHandle {
  readonly view: EditorView;
  readonly positions: PositionMap;
  /** Replaces every highlight (document opened, codebook changed). */
  resetHighlights(spans: TextSpan[], paint: Painter): void;
  /** Adds or updates highlights in place. */
  upsertHighlights(spans: TextSpan[]): void;
  removeHighlights(ids: string[]): void;
  /** Outlines a span (null clears); `flash` draws attention after a jump. */
  focus(range: TextRange | null, flash?: boolean): void;
  selection(): TextRange;
  select(range: TextRange): void;
  /** Selects the sentence at the caret, never a speaker label (`turns`: the document's, else detected). */
  selectSentence(turns?: readonly Turn[]): void;
  /** Draws the transcript: turns with their speakers, regions that are not speech, the speaker filter. */
  setTranscript(layer: TranscriptLayer): void;
  /** Draws search hits (text offsets, sorted, not overlapping); `current` is marked (-1: none). */
  setSearchHits(hits: readonly TextRange[], current: number): void;
  /**
   * Scrolls the reader (and nothing else) so that `offset` is in the middle of the view, or at
   * its top with `align: 'start'` (restoring a reading position).
   */
  scrollTo(offset: number, align?: 'center' | 'start'): void;
  /** Scrolls a span into view only if it is not already visible. */
  reveal(range: TextRange): void;
  /** Ids of the annotations covering the caret, in start order, and where the caret is. */
  annotationsAtCaret(): { ids: string[]; at: { x: number; y: number } };
  destroy(): void;
}

/** A highlight in text offsets. */
export interface TextSpan {
  id: string;
  start: number;
  end: number;
  categoryId: string;
  coderId?: string;
}

/** Longer than the time between the clicks of a double click on common settings. */
const CLICK_DELAY_MS = 300;

/**
 * Sections drawn before the viewport is known, so that the first paint of a document opened
 * at the top already shows its highlights: those holding the first 30 paragraphs, about the
 * window the observer will report there (a screen shows 6–10 paragraphs).
 */
const INITIAL_SECTIONS = Array.from({ length: Math.ceil(30 / SECTION_SIZE) }, (_, i) => i);

/**
 * Read-only behaviour with a live caret. The view stays `contenteditable` so that the browser's
 * own caret movement and Shift+arrow selection work (a non-editable view has no keyboard
 * caret), while every document change is refused: `beforeinput`, typing, paste, cut and drop
 * are stopped, and any transaction that would change the document is filtered out.
 */
function readOnlyPlugin(callbacks: ReaderCallbacks, jumpToEdge?: (edge: 'start' | 'end', extend: boolean) => void): Plugin {
  // A click on a highlight is reported after the double-click interval, so that focusing the
  // annotation (which redraws its text) never swallows a double click that selects a word.
  let pendingClick: ReturnType<typeof setTimeout> | undefined;
  return new Plugin({
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleKeyDown(_view, event) {
        if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
          const rect = window.getSelection()?.getRangeAt(0)?.getBoundingClientRect();
          callbacks.onContextMenu({ x: rect?.left ?? 0, y: rect?.bottom ?? 0 });
          return true;
        }
        const mod = event.ctrlKey || event.metaKey;
        const toStart = (mod && event.key === 'Home') || (event.metaKey && event.key === 'ArrowUp');
        const toEnd = (mod && event.key === 'End') || (event.metaKey && event.key === 'ArrowDown');
        if ((toStart || toEnd) && !event.altKey) {
          // Done here rather than by the browser, which scrolls whichever ancestor it likes to
          // reach a caret in a section whose layout it skipped.
          jumpToEdge?.(toStart ? 'start' : 'end', event.shiftKey);
          return true;
        }
        if (callbacks.onKey(event)) return true;
        // Let navigation and copying through; stop everything that would edit.
        if (event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter') return true;
        if ((event.ctrlKey || event.metaKey) && ['x', 'v', 'z', 'y'].includes(event.key.toLowerCase())) return false;
        return false;
      },
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
        mousedown: (view, event) => {
          // Pressing inside a selection would start dragging the text (the view is
          // contenteditable); a reader wants a new selection instead, so drop the old one.
          const selection = view.dom.ownerDocument.getSelection();
          if (event.button === 0 && !event.shiftKey && selection && !selection.isCollapsed) selection.removeAllRanges();
          return false;
        },
        dragstart: (_view, event) => {
          event.preventDefault();
          return true;
        },
        cut: (_view, event) => {
          event.preventDefault();
          return true;
        },
        contextmenu: (_view, event) => {
          event.preventDefault();
          callbacks.onContextMenu({ x: event.clientX, y: event.clientY });
          return true;
        },
      },
      handleClick(view, pos, event) {
        // A drag that selected text is not a click on a highlight. The DOM selection is the
        // fresh one here; the state's may still be the previous selection.
        if (view.dom.ownerDocument.getSelection()?.isCollapsed === false) return false;
        const spans = spansAt(view.state, pos);
        if (spans.length === 0) return false;
        const ids = spans.map((s) => s.id);
        const at = { x: event.clientX, y: event.clientY };
        clearTimeout(pendingClick);
        pendingClick = setTimeout(() => callbacks.onHighlightClick(ids, at), CLICK_DELAY_MS);
        return false;
      },
      handleDoubleClick() {
        clearTimeout(pendingClick);
        return false;
      },
    },
  });
}

/** Highlights to draw from the start (they are then part of the view's first DOM). */
export interface InitialHighlights {
  spans: TextSpan[];
  paint: Painter;
  /** The transcript layer drawn from the start (turns, speakers, regions that are not speech). */
  transcript?: TranscriptLayer;
}

/**
 * Creates the reader for a canonical text inside `mount`, which is the element that scrolls:
 * highlights are drawn only in the sections near its visible part.
 */
export function createReader(
  mount: HTMLElement,
  text: string,
  label: string,
  callbacks: ReaderCallbacks,
  initial: InitialHighlights = { spans: [], paint: () => ({}) },
): ReaderHandle {
  const positions = new PositionMap(text);
  const toHighlight = (s: TextSpan): HighlightSpan => ({
    id: s.id,
    from: positions.toPos(s.start),
    to: positions.toPos(s.end),
    categoryId: s.categoryId,
    coderId: s.coderId,
  });
  let lastReported = '';
  // Drawing every highlight of a long transcript costs seconds, so only the sections near the
  // viewport are drawn; without IntersectionObserver (unit tests) every section is.
  const windowed = typeof mount.ownerDocument.defaultView?.IntersectionObserver === 'function';
  const highlights = highlightPlugin({
    paint: initial.paint,
    spans: initial.spans.map(toHighlight),
    window: windowed ? INITIAL_SECTIONS : undefined,
  });
  const view = new EditorView(mount, {
    state: EditorState.create({
      doc: buildDocument(text),
      plugins: [readOnlyPlugin(callbacks, (edge, extend) => jumpToEdge(edge, extend)), highlights, focusPlugin(), transcriptPlugin(positions, initial.transcript), searchHitsPlugin()],
    }),
    attributes: {
      role: 'textbox',
      'aria-readonly': 'true',
      'aria-multiline': 'true',
      'aria-label': label,
      spellcheck: 'false',
      // Editable content is in the tab order anyway; saying so lets checkers (axe) see that the
      // scrolling reader is reachable by keyboard.
      tabindex: '0',
      class: 'reader-text',
    },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      // Only a transaction that sets the selection can change it (the document never changes).
      // Reading the DOM selection makes Chrome lay out the page at once, which a highlight or
      // window transaction must not pay for: it would lay out freshly drawn sections in the
      // middle of a task instead of in the next frame.
      if (!tr.selectionSet) return;
      const range = handle.selection();
      const key = `${range.start}:${range.end}`;
      if (key !== lastReported) {
        lastReported = key;
        callbacks.onSelectionChange(range);
      }
    },
  });
  const send = (action: HighlightAction) => view.dispatch(view.state.tr.setMeta(highlightKey, action));

  /** Scrolls the mount (only) so that the DOM at text `offset` sits at `align` in the view. */
  const scrollMountTo = (offset: number, align: 'center' | 'start') => {
    sections?.ensure(Math.floor(positions.paragraphAt(offset) / SECTION_SIZE));
    const { node } = view.domAtPos(positions.toPos(offset));
    const element = node instanceof HTMLElement ? node : node.parentElement;
    if (!element) return;
    const target = element.getBoundingClientRect();
    const box = mount.getBoundingClientRect();
    const delta = align === 'start' ? target.top - box.top - 8 : target.top + target.height / 2 - (box.top + mount.clientHeight / 2);
    mount.scrollTop = Math.max(0, mount.scrollTop + delta);
  };
  const jumpToEdge = (edge: 'start' | 'end', extend: boolean) => {
    const doc = view.state.doc;
    const pos = edge === 'start' ? TextSelection.atStart(doc).from : TextSelection.atEnd(doc).to;
    const anchor = extend ? view.state.selection.anchor : pos;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, anchor, pos)));
    const last = sectionCount - 1;
    sections?.ensure(edge === 'start' ? 0 : last);
    mount.scrollTop = edge === 'start' ? 0 : mount.scrollHeight;
  };
  const sectionCount = view.state.doc.childCount;
  // The reading position is read once scrolling pauses: `posAtCoords` lays out the sections just
  // drawn at once, which in every frame of a scroll made long tasks (bench: scroll).
  let positionTimer: ReturnType<typeof setTimeout> | 0 = 0;
  const onScroll = () => {
    if (!callbacks.onScrollPosition) return;
    if (positionTimer) clearTimeout(positionTimer);
    positionTimer = setTimeout(() => {
      positionTimer = 0;
      const box = mount.getBoundingClientRect();
      const found = view.posAtCoords({ left: box.left + box.width / 2, top: box.top + 12 });
      callbacks.onScrollPosition?.(mount.scrollTop <= 0 || !found ? 0 : positions.toOffset(found.pos));
    }, POSITION_PAUSE_MS);
  };
  mount.addEventListener('scroll', onScroll, { passive: true });
  const sections: SectionWindow | null = windowed
    ? watchSections(view, mount, INITIAL_SECTIONS, (near) => send({ type: 'window', sections: near }))
    : null;

  const handle: ReaderHandle = {
    view,
    positions,
    resetHighlights: (spans, paint) => send({ type: 'reset', spans: spans.map(toHighlight), paint }),
    upsertHighlights: (spans) => send({ type: 'upsert', spans: spans.map(toHighlight) }),
    removeHighlights: (ids) => send({ type: 'remove', ids }),
    focus(range, flash = false) {
      const meta = range ? { from: positions.toPos(range.start), to: positions.toPos(range.end), flash } : null;
      view.dispatch(view.state.tr.setMeta(focusKey, meta));
    },
    selection() {
      // The DOM selection can be ahead of the state (ProseMirror reads it on 'selectionchange',
      // which fires after a click but may come after the next key press): prefer it.
      const dom = view.dom.ownerDocument.getSelection();
      if (dom && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
        try {
          const a = positions.toOffset(view.posAtDOM(dom.anchorNode, dom.anchorOffset));
          const b = positions.toOffset(view.posAtDOM(dom.focusNode, dom.focusOffset));
          return { start: Math.min(a, b), end: Math.max(a, b) };
        } catch {
          // fall through to the state's selection
        }
      }
      const { from, to } = view.state.selection;
      return { start: positions.toOffset(from), end: positions.toOffset(to) };
    },
    select(range) {
      const sel = TextSelection.create(view.state.doc, positions.toPos(range.start), positions.toPos(range.end));
      view.dispatch(view.state.tr.setSelection(sel));
    },
    selectSentence(turns) {
      const { start, end } = sentenceAt(text, handle.selection().start, turns);
      handle.select({ start, end });
    },
    setTranscript(layer) {
      view.dispatch(view.state.tr.setMeta(transcriptKey, layer));
    },
    setSearchHits(hits, current) {
      const ranges = hits.map((h) => ({ from: positions.toPos(h.start), to: positions.toPos(h.end) }));
      view.dispatch(view.state.tr.setMeta(searchHitsKey, { hits: ranges, current }));
    },
    scrollTo(offset, align = 'center') {
      // Draw the target's section now, so the jump never lands on undrawn text; the observer
      // reports the new window after the scroll. Only the reader scrolls: `scrollIntoView`
      // also scrolled the page's other containers (sideways, when they overflowed).
      scrollMountTo(offset, align);
    },
    reveal(range) {
      const box = mount.getBoundingClientRect();
      const start = view.coordsAtPos(positions.toPos(range.start));
      const end = view.coordsAtPos(positions.toPos(range.end));
      if (start.top >= box.top && end.bottom <= box.bottom) return;
      scrollMountTo(range.start, 'center');
    },
    annotationsAtCaret() {
      const pos = positions.toPos(handle.selection().start);
      const ids = spansAt(view.state, pos).map((s) => s.id);
      const coords = view.coordsAtPos(pos);
      return { ids, at: { x: coords.left, y: coords.bottom } };
    },
    destroy() {
      mount.removeEventListener('scroll', onScroll);
      if (positionTimer) clearTimeout(positionTimer);
      sections?.destroy();
      view.destroy();
    },
  };
  return handle;
}
