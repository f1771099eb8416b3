import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** Height assumed for an item not measured yet (px): a compact item with a two-line quote. */
const ESTIMATE = 84;
/** Extra height drawn above and below the visible part (px), so quick scrolling finds items. */
const OVERSCAN = 800;
/** Never fewer items than this, so a panel not laid out yet (or a test DOM) still lists some. */
const MIN_ITEMS = 12;

/** One item to draw, and the space to leave above it for items not drawn (px, 0 for none). */
export interface VirtualRow {
  index: number;
  gap: number;
}

/** Which items of a long list to draw, and the space to leave for the others. */
export interface VirtualWindow {
  first: number;
  /** One past the last item of the window around the visible part. */
  last: number;
  /**
   * The items to draw in order: the window, plus pinned items outside it (an item being edited
   * stays in the page however far the list scrolls). Each carries the gap above it.
   */
  rows: VirtualRow[];
  /** Space above the first drawn item and below the last one (px). */
  before: number;
  after: number;
  /**
   * Use as the `ref` of each drawn item's element, which carries its key as
   * `data-virtual-key`: its real height then replaces the estimate.
   */
  measure(element: HTMLElement | null): (() => void) | undefined;
  /** Scrolls so that item `index` is in view (a jump to an item that is not drawn yet). */
  reveal(index: number): void;
}

/**
 * A list virtualised by hand: only the items near the visible part of `scroller` are drawn,
 * with the rest stood in for by padding of their measured (or estimated) height. Tagging in a
 * document with 20,000 annotations then redraws a few dozen panel items, not hundreds.
 * `list` is the element holding the items inside the scroller (its offset is subtracted).
 * `pinned` items are drawn wherever the list is scrolled. An item's measured height is its
 * border box plus its bottom margin: the top margin is where a row's gap goes.
 */
export function useVirtualWindow(
  keys: readonly string[],
  scroller: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  pinned: readonly number[] = [],
): VirtualWindow {
  const heights = useRef(new Map<string, number>());
  // Until the first frame has been laid out, assume the panel is at the top and a window tall
  // (reading the layout at once would force one while the document is being built).
  const [view, setView] = useState(() => ({ top: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight }));

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const top = el.scrollTop - (list.current ? list.current.offsetTop - el.offsetTop : 0);
      setView((v) => (v.top === top && v.height === el.clientHeight ? v : { top, height: el.clientHeight }));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    onScroll();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scroller, list]);

  // Offsets of every item (prefix sums of heights), recomputed only when the list or a
  // measured height changes; finding the window is then two binary searches per render.
  const [measured, setMeasured] = useState(0);
  const offsets = useMemo(() => {
    const out = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) out[i + 1] = out[i] + (heights.current.get(keys[i]) ?? ESTIMATE);
    return out;
    // `measured` stands for the contents of `heights`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, measured]);
  const total = offsets[keys.length];
  const first = Math.min(keys.length, Math.max(0, indexAt(offsets, view.top - OVERSCAN)));
  let last = Math.max(first, indexAt(offsets, view.top + view.height + OVERSCAN) + 1);
  last = Math.min(keys.length, Math.max(last, first + MIN_ITEMS));
  const indices = [...new Set([...pinned.filter((i) => i >= 0 && i < keys.length && (i < first || i >= last)), ...range(first, last)])].sort((a, b) => a - b);
  const rows: VirtualRow[] = indices.map((index, k) => ({ index, gap: k === 0 ? 0 : offsets[index] - offsets[indices[k - 1] + 1] }));
  const before = indices.length ? offsets[indices[0]] : 0;
  const after = total - (indices.length ? offsets[indices[indices.length - 1] + 1] : 0);

  // Items report their real height through one ResizeObserver (after layout, so measuring
  // never forces a layout of its own); a change re-renders once for all of them.
  const observer = useRef<ResizeObserver | null>(null);
  if (!observer.current && typeof ResizeObserver !== 'undefined') {
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        const key = element.dataset.virtualKey;
        if (!key || !element.isConnected) continue;
        const style = getComputedStyle(element);
        const h = element.offsetHeight + (parseFloat(style.marginBottom) || 0);
        if (h > 0 && Math.abs((heights.current.get(key) ?? ESTIMATE) - h) > 1) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed) setMeasured((n) => n + 1);
    });
  }
  useLayoutEffect(() => () => observer.current?.disconnect(), []);
  const measure = useCallback((element: HTMLElement | null) => {
    const ro = observer.current;
    if (!element || !ro) return undefined;
    ro.observe(element);
    return () => ro.unobserve(element); // React 19 calls this when the item goes away
  }, []);

  const reveal = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el || index < 0) return;
      const top = offsets[Math.min(index, keys.length)];
      const listTop = list.current ? list.current.offsetTop - el.offsetTop : 0;
      const itemTop = listTop + top;
      const itemBottom = listTop + offsets[Math.min(index + 1, keys.length)];
      if (itemTop < el.scrollTop || itemBottom > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, itemTop - el.clientHeight / 3);
    },
    [offsets, keys.length, scroller, list],
  );

  return { first, last, rows, before, after, measure, reveal };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** The index of the item whose extent holds `y` (offsets are ascending prefix sums). */
function indexAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
