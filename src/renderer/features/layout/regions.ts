/**
 * The screen's main regions in F6 order: library, reader (or the view shown instead), annotation panel (or the comparison
 * view). Each names how to
 * find its root and which element inside takes the focus when the region is entered.
 */
const REGIONS: { root: string; enter: (root: HTMLElement) => HTMLElement | null }[] = [
  {
    root: 'nav[aria-label="Library"]',
    enter: (root) => root.querySelector<HTMLElement>('li[aria-current="true"] .doc-title') ?? root.querySelector<HTMLElement>('.doc-title, input, button'),
  },
  { root: '[role="textbox"][aria-label^="Reader: "]', enter: (root) => root },
  // A view over the library shown instead of the reader (hidden ones are not regions).
  { root: '.main-view-page:not([hidden]) .analysis-view', enter: (root) => root.querySelector<HTMLElement>('input, select, button') ?? root },
  {
    root: 'section[aria-label="Annotations"]',
    enter: (root) => root.querySelector<HTMLElement>('li[aria-current="true"] .quote') ?? root.querySelector<HTMLElement>('.quote') ?? root,
  },
  // The comparison view stands where the panel stands, when it is shown instead.
  { root: 'section[aria-label="Compare coders"]', enter: (root) => root.querySelector<HTMLElement>('.quote, select') ?? root },
];

/**
 * Moves the keyboard focus to the next region (F6) or the previous one (Shift+F6), skipping
 * regions that are hidden. Returns false when there is no region to go to.
 */
export function cycleRegion(doc: Document, backwards: boolean): boolean {
  const present = REGIONS.flatMap((r) => {
    const root = doc.querySelector<HTMLElement>(r.root);
    return root ? [{ root, enter: r.enter }] : [];
  });
  if (present.length === 0) return false;
  const active = doc.activeElement;
  const at = present.findIndex((r) => active instanceof Node && r.root.contains(active));
  const next = at === -1 ? (backwards ? present.length - 1 : 0) : (at + (backwards ? present.length - 1 : 1)) % present.length;
  const target = present[next].enter(present[next].root);
  target?.focus();
  return Boolean(target);
}
