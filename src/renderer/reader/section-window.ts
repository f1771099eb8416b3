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

/** Sections drawn in the observer's callback; more wait for idle time (see `update`). */
const MAX_AT_ONCE = 1;

/** At the latest this long after a step is due it runs, even if the page is never idle. */
const IDLE_TIMEOUT_MS = 500;

/**
 * Watches the view's sections with an IntersectionObserver rooted at `scroller` (the element
 * that scrolls the reader; asking the page which one that is would force a style pass) and
 * reports the sorted indices of the sections to draw: the nearest ones that came near at once,
 * the rest and the removal of those that left a step at a time when the page is idle. The observer
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
    idle ? win.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS }) : win.setTimeout(fn, 50);
  const cancelIdle = (id: number) => (idle ? win.cancelIdleCallback(id) : win.clearTimeout(id));
  const near = new Set(initial);
  // What the caller draws: converges on `near`, a few sections at a time.
  let drawn = new Set(initial);
  // Distance of each section from the middle of the visible part, as last reported.
  const distance = new Map<number, number>();
  let pending = 0;

  const report = (next: Set<number>) => {
    drawn = next;
    onChange([...next].sort((a, b) => a - b));
  };
  const byDistance = (a: number, b: number) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0);
  const missing = () => [...near].filter((s) => !drawn.has(s)).sort(byDistance);
  const extra = () => [...drawn].filter((s) => !near.has(s)).sort(byDistance);
  // One step when the page is idle: draw the nearest missing section, else drop the farthest
  // one that left. A jump brings several sections near at once; drawing them one a task keeps
  // every task short, and sections that left are off screen, so dropping them can wait.
  const settle = () => {
    pending = 0;
    const add = missing()[0];
    const drop = extra().at(-1);
    if (add !== undefined) report(new Set([...drawn, add]));
    else if (drop !== undefined) report(new Set([...drawn].filter((s) => s !== drop)));
    schedule();
  };
  const schedule = () => {
    if (!pending && (missing().length || extra().length)) pending = whenIdle(settle);
  };
  // The nearest section that came near is drawn at once (all of them for a jump, `urgent`),
  // the others step by step.
  const update = (urgent: boolean) => {
    const now = missing().slice(0, urgent ? undefined : MAX_AT_ONCE);
    if (now.length) report(new Set([...drawn, ...now]));
    schedule();
  };

  const indexOf = new Map<Element, number>();
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = indexOf.get(entry.target);
        if (index === undefined) continue;
        if (entry.isIntersecting) near.add(index);
        else near.delete(index);
        const root = entry.rootBounds;
        const middle = root ? (root.top + root.bottom) / 2 : 0;
        const box = entry.boundingClientRect;
        distance.set(index, box.bottom < middle ? middle - box.bottom : Math.max(0, box.top - middle));
      }
      update(false);
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
      distance.set(section, 0);
      update(true);
    },
    destroy() {
      observer.disconnect();
      if (pending) cancelIdle(pending);
    },
  };
}
