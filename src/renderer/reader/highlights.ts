import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { segmentsOf, type HighlightSpan, type Segment } from './segments';

/** DOM attributes for a segment covered by the given spans (colours, labels). */
export type Painter = (spans: HighlightSpan[]) => { [attr: string]: string };

/** Changes to the highlights, sent as transaction metadata (`tr.setMeta(highlightKey, action)`). */
export type HighlightAction =
  | { type: 'reset'; spans: HighlightSpan[]; paint: Painter }
  | { type: 'upsert'; spans: HighlightSpan[] }
  | { type: 'remove'; ids: string[] };

/** The plugin's state: one persistent decoration set and the spans it was drawn from. */
export interface HighlightState {
  decorations: DecorationSet;
  spans: Map<string, HighlightSpan>;
  paint: Painter;
}

/** The key to read the state and to address actions to the plugin. */
export const highlightKey = new PluginKey<HighlightState>('highlights');

function decorate(segments: Segment[], paint: Painter): Decoration[] {
  return segments.map((s) =>
    Decoration.inline(s.from, s.to, paint(s.spans), { ids: s.spans.map((span) => span.id) }),
  );
}

/**
 * Redraws the highlights between `from` and `to` after spans changed there: removes the
 * segments that overlap the range (widening it to their full extent), recomputes segments
 * from the spans that covered them plus the changed ones, and adds them back. Cost depends on
 * the spans in the range, not on the whole set.
 */
function redraw(state: HighlightState, doc: EditorState['doc'], ranges: [number, number][], changedIds: string[]): DecorationSet {
  let set = state.decorations;
  for (const [rangeFrom, rangeTo] of ranges) {
    let from = rangeFrom;
    let to = rangeTo;
    // Touching segments are included too, so that runs with the same spans merge again.
    const found = set.find(from, to).filter((d) => d.from <= to && d.to >= from);
    const ids = new Set<string>(changedIds);
    for (const d of found) {
      from = Math.min(from, d.from);
      to = Math.max(to, d.to);
      for (const id of (d.spec as { ids: string[] }).ids) ids.add(id);
    }
    const spans = [...ids].flatMap((id) => {
      const span = state.spans.get(id);
      return span ? [span] : [];
    });
    set = set.remove(found).add(doc, decorate(segmentsOf(spans, from, to), state.paint));
  }
  return set;
}

function apply(tr: Transaction, value: HighlightState, _old: EditorState, newState: EditorState): HighlightState {
  const action = tr.getMeta(highlightKey) as HighlightAction | undefined;
  const mapped = tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
  if (!action) return mapped;
  if (action.type === 'reset') {
    const spans = new Map(action.spans.map((s) => [s.id, s]));
    const decorations = DecorationSet.create(newState.doc, decorate(segmentsOf(spans.values()), action.paint));
    return { decorations, spans, paint: action.paint };
  }
  const spans = new Map(mapped.spans);
  const ranges: [number, number][] = [];
  const ids = action.type === 'upsert' ? action.spans.map((s) => s.id) : action.ids;
  for (const id of ids) {
    const old = spans.get(id);
    if (old) ranges.push([old.from, old.to]);
  }
  if (action.type === 'upsert') {
    for (const span of action.spans) {
      spans.set(span.id, span);
      ranges.push([span.from, span.to]);
    }
  } else {
    for (const id of action.ids) spans.delete(id);
  }
  const next = { ...mapped, spans };
  return { ...next, decorations: redraw(next, newState.doc, ranges, action.type === 'upsert' ? ids : []) };
}

/** The highlight plugin: draws annotations as inline decorations; never edits the document. */
export function highlightPlugin(paint: Painter): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, spans: new Map(), paint }),
      apply,
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations,
    },
  });
}

/** The spans covering a position, in start order (for "which annotation did I click?"). */
export function spansAt(state: EditorState, pos: number): HighlightSpan[] {
  const plugin = highlightKey.getState(state);
  if (!plugin) return [];
  const found = plugin.decorations.find(pos, pos).filter((d) => d.from <= pos && d.to > pos);
  const ids = new Set(found.flatMap((d) => (d.spec as { ids: string[] }).ids));
  return [...ids].flatMap((id) => plugin.spans.get(id) ?? []).sort((a, b) => a.from - b.from);
}
