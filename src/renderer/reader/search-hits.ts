import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { highlightKey } from './highlights';

/** A search hit in ProseMirror positions. */
export interface HitRange {
  from: number;
  to: number;
}

/** The hits to draw and which one is current (-1: none). Hits are sorted and do not overlap. */
export interface SearchHitsAction {
  hits: readonly HitRange[];
  current: number;
}

/** The key to address the plugin: `tr.setMeta(searchHitsKey, action)`. */
export const searchHitsKey = new PluginKey<SearchHitsState>('search-hits');

interface SearchHitsState {
  hits: readonly HitRange[];
  current: number;
  /** The highlight plugin's drawn sections these decorations were made for. */
  drawnFor: ReadonlySet<number> | null;
  decorations: DecorationSet;
}

/** Index of the first hit ending after `pos`. */
function firstAfter(hits: readonly HitRange[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].to <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Draws the hits in the sections the highlight plugin draws (those near the viewport; a common
 * word has tens of thousands of hits in a long transcript), plus the current hit wherever it is.
 */
function draw(state: EditorState, hits: readonly HitRange[], current: number): { decorations: DecorationSet; drawnFor: ReadonlySet<number> | null } {
  const highlight = highlightKey.getState(state);
  const decorations: Decoration[] = [];
  const add = (i: number) =>
    decorations.push(Decoration.inline(hits[i].from, hits[i].to, { class: i === current ? 'search-hit search-current' : 'search-hit' }));
  if (!highlight) {
    hits.forEach((_h, i) => add(i));
    return { decorations: DecorationSet.create(state.doc, decorations), drawnFor: null };
  }
  const { starts, ends } = highlight.sections;
  for (const s of [...highlight.drawn].sort((a, b) => a - b)) {
    for (let i = firstAfter(hits, starts[s]); i < hits.length && hits[i].from < ends[s]; i++) {
      // A hit never spans a line, so never two sections: each is added once.
      if (hits[i].from >= starts[s]) add(i);
    }
  }
  if (current >= 0 && current < hits.length && !decorations.some((d) => d.from === hits[current].from)) add(current);
  return { decorations: DecorationSet.create(state.doc, decorations), drawnFor: highlight.drawn };
}

/** Search hits in the open document as decorations (the document never changes). */
export function searchHitsPlugin(): Plugin<SearchHitsState> {
  return new Plugin<SearchHitsState>({
    key: searchHitsKey,
    state: {
      init: () => ({ hits: [], current: -1, drawnFor: null, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const action = tr.getMeta(searchHitsKey) as SearchHitsAction | undefined;
        if (action) return { hits: action.hits, current: action.current, ...draw(state, action.hits, action.current) };
        // Follow the highlight plugin's window as the reader scrolls.
        const drawn = highlightKey.getState(state)?.drawn ?? null;
        if (value.hits.length === 0 || drawn === value.drawnFor) return value;
        return { ...value, ...draw(state, value.hits, value.current) };
      },
    },
    props: { decorations: (state) => searchHitsKey.getState(state)?.decorations },
  });
}
