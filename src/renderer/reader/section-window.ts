import type { EditorView } from 'prosemirror-view';

/** Which sections are near the viewport, kept up to date while the reader scrolls. */
export interface SectionWindow {
  /** Adds a section to the window at once (before a jump to it); the observer confirms it later. */
  ensure(section: number): void;
  destroy(): void;
}

/**
 * How far beyond the visible part of the scroll container a section counts as near: three
 * container heights above and below. A section drawn before the browser lays it out (CSS
 * `content-visibility` starts closer to the screen) is laid out once, with its highlights;
 * drawn after, it is laid out twice. Three screens keep that true for Page Down held and for
 * fast scrolling; the cost is a few more sections drawn (about 40 lines).
 */
const ROOT_MARGIN = '300% 0px';

/** At the latest this long after a section left, its highlights are dropped even if never idle. */
const TRIM_TIMEOUT_MS = 1000;

/**
 * Watches the view's sections with an IntersectionObserver rooted at `scroller` (the element
 * that scrolls the reader; asking the page which one that is would force a style pass) and
 * reports the sorted indices of the sections to draw: those that came near are added at once,
 * those that left are dropped a little later, when the page is idle. The observer
 * delivers all of a frame's changes in one callback, so there is at most one report per
 * frame; it runs as a task right after the frame that scrolled, so the new sections are drawn
 * in the next frame (waiting for an animation frame would add one frame, and a key pressed in
 * between would tag text whose section is not drawn yet). `initial` is what the caller drew
 * before the first report. Returns null where IntersectionObserver does not exist (the caller
 * then draws every section).
 */
export function watchSections(
  view: EditorView,
  scroller: Element,
  initial: number[],
  onChange: (sections: number[]) => void,
): SectionWindow | null {
  const win = view.dom.ownerDocument.defaultView;
  if (!win || typeof win.IntersectionObserver !== 'function') return null;
  // Safari has no requestIdleCallback; a short timer does there.
  const idle = typeof win.requestIdleCallback === 'function';
  const whenIdle = (fn: () => void): number =>
    idle ? win.requestIdleCallback(fn, { timeout: TRIM_TIMEOUT_MS }) : win.setTimeout(fn, 200);
  const cancelIdle = (id: number) => (idle ? win.cancelIdleCallback(id) : win.clearTimeout(id));
  const near = new Set(initial);
  // What the caller draws: `near` plus sections that left but are not dropped yet.
  let drawn = new Set(initial);
  let trim = 0;

  const report = (next: Set<number>) => {
    drawn = next;
    onChange([...next].sort((a, b) => a - b));
  };
  // Sections that came near are drawn at once; those that left are dropped when the page is
  // idle (they are off screen, so nothing shows), which keeps each task to half the work.
  const update = () => {
    if ([...near].some((s) => !drawn.has(s))) report(new Set([...drawn, ...near]));
    if (!trim && [...drawn].some((s) => !near.has(s))) {
      trim = whenIdle(() => {
        trim = 0;
        if ([...drawn].some((s) => !near.has(s))) report(new Set(near));
      });
    }
  };

  const indexOf = new Map<Element, number>();
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = indexOf.get(entry.target);
        if (index === undefined) continue;
        if (entry.isIntersecting) near.add(index);
        else near.delete(index);
      }
      update();
    },
    { root: scroller, rootMargin: ROOT_MARGIN },
  );
  // A section's DOM node lives as long as the view: the document never changes, and
  // ProseMirror updates a section's children in place when its decorations change.
  view.state.doc.forEach((_node, offset, index) => {
    const dom = view.nodeDOM(offset);
    if (dom instanceof win.Element) {
      indexOf.set(dom, index);
      observer.observe(dom);
    }
  });

  return {
    ensure(section) {
      near.add(section);
      update();
    },
    destroy() {
      observer.disconnect();
      if (trim) cancelIdle(trim);
    },
  };
}
