import type { EditorView } from 'prosemirror-view';

/** Which sections are near the viewport, kept up to date while the reader scrolls. */
export interface SectionWindow {
  /** Adds a section to the window at once (before a jump to it); the observer confirms it later. */
  ensure(section: number): void;
  destroy(): void;
}

/**
 * How far beyond the visible part of the scroll container a section counts as near: one
 * container height above and below, so that a section is drawn a screen before it shows.
 */
const ROOT_MARGIN = '100% 0px';

/**
 * Watches the view's sections with an IntersectionObserver rooted at `scroller` (the element
 * that scrolls the reader; asking the page which one that is would force a style pass) and
 * reports the sorted indices of those near the viewport, at most once per animation frame and
 * only when they changed. `initial` is what the caller drew before the first report. Returns
 * null where IntersectionObserver does not exist (the caller then draws every section).
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
  let frame = 0;

  const flush = () => {
    frame = 0;
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
      if (!frame) frame = win.requestAnimationFrame(flush);
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
      if (near.has(section)) return;
      near.add(section);
      if (frame) win.cancelAnimationFrame(frame);
      flush();
    },
    destroy() {
      observer.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
