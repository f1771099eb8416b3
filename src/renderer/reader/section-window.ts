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

/**
 * Watches the view's sections with an IntersectionObserver rooted at `scroller` (the element
 * that scrolls the reader; asking the page which one that is would force a style pass) and
 * reports the sorted indices of those near the viewport when they change. The observer
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
  const near = new Set(initial);
  let reported = [...near].sort((a, b) => a - b).join(' ');

  const report = () => {
    const sections = [...near].sort((a, b) => a - b);
    const key = sections.join(' ');
    if (key === reported) return;
    reported = key;
    onChange(sections);
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
      report();
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
      report();
    },
    destroy: () => observer.disconnect(),
  };
}
