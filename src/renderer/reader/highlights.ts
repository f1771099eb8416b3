import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { segmentsOf, type HighlightSpan, type Segment } from './segments';
import {
  bucketsOf,
  rebucket,
  sectionAt,
  sectionBounds,
  sectionsOverlapping,
  type SectionBounds,
  type SectionBuckets,
} from './sections';
import { SpanIndex } from './span-index';

/** DOM attributes for a segment covered by the given spans (colours, labels). */
export type Painter = (spans: HighlightSpan[]) => { [attr: string]: string };

/** Changes to the highlights, sent as transaction metadata (`tr.setMeta(highlightKey, action)`). */
export type HighlightAction =
  | { type: 'reset'; spans: HighlightSpan[]; paint: Painter }
  | { type: 'upsert'; spans: HighlightSpan[] }
  | { type: 'remove'; ids: string[] }
  /** The sections to draw from now on (those near the viewport); the others are not drawn. */
  | { type: 'window'; sections: number[] };

/**
 * The plugin's state. `spans` and `buckets` hold every highlight; `decorations` draws only the
 * sections in `drawn`, and always equals the union, over the drawn sections, of the segments
 * of the spans overlapping the section, clipped to it (no segment crosses a section boundary).
 */
export interface HighlightState {
  decorations: DecorationSet;
  spans: SpanIndex;
  paint: Painter;
  sections: SectionBounds;
  buckets: SectionBuckets;
  drawn: ReadonlySet<number>;
}

/** The key to read the state and to address actions to the plugin. */
export const highlightKey = new PluginKey<HighlightState>('highlights');

function decorate(segments: Segment[], paint: Painter): Decoration[] {
  return segments.map((s) =>
    Decoration.inline(s.from, s.to, paint(s.spans), { ids: s.spans.map((span) => span.id) }),
  );
}

function spansOf(state: HighlightState, ids: Iterable<string>): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const id of ids) {
    const span = state.spans.get(id);
    if (span) spans.push(span);
  }
  return spans;
}

/** The decorations of one section, computed from scratch. */
function sectionDecorations(state: HighlightState, s: number): Decoration[] {
  const spans = spansOf(state, state.buckets[s]);
  return decorate(segmentsOf(spans, state.sections.starts[s], state.sections.ends[s]), state.paint);
}

/** The decorations of every drawn section, from scratch. */
function drawAll(state: HighlightState, doc: PMNode): DecorationSet {
  return DecorationSet.create(doc, [...state.drawn].flatMap((s) => sectionDecorations(state, s)));
}

/**
 * Redraws the highlights between `from` and `to` after spans changed there: removes the
 * segments that overlap the range (widening it to their full extent), recomputes segments
 * from the spans that covered them plus the changed ones, and adds them back. Each range is
 * cut at section boundaries and only drawn sections are touched. Cost depends on the spans in
 * the range, not on the whole set.
 */
function redraw(state: HighlightState, doc: PMNode, ranges: [number, number][], changedIds: string[]): DecorationSet {
  let set = state.decorations;
  const { starts, ends } = state.sections;
  for (const [rangeFrom, rangeTo] of ranges) {
    const [first, last] = sectionsOverlapping(state.sections, rangeFrom, rangeTo);
    for (let s = first; s <= last; s++) {
      if (!state.drawn.has(s)) continue;
      let from = Math.max(rangeFrom, starts[s]);
      let to = Math.min(rangeTo, ends[s]);
      // Touching segments are included too, so that runs with the same spans merge again.
      // Segments never cross sections, so everything found lies in section `s`.
      const found = set.find(from, to).filter((d) => d.from <= to && d.to >= from);
      const ids = new Set<string>(changedIds);
      for (const d of found) {
        from = Math.min(from, d.from);
        to = Math.max(to, d.to);
        for (const id of (d.spec as { ids: string[] }).ids) ids.add(id);
      }
      set = set.remove(found).add(doc, decorate(segmentsOf(spansOf(state, ids), from, to), state.paint));
    }
  }
  return set;
}

/** Draws the sections that came into the window, drops the decorations of those that left. */
function moveWindow(state: HighlightState, doc: PMNode, sections: number[]): HighlightState {
  const count = state.sections.starts.length;
  const drawn = new Set(sections.filter((s) => Number.isInteger(s) && s >= 0 && s < count));
  const next = { ...state, drawn };
  const left = [...state.drawn].filter((s) => !drawn.has(s));
  const entered = [...drawn].filter((s) => !state.drawn.has(s));
  let set = state.decorations;
  if (left.length) {
    set = set.remove(left.flatMap((s) => set.find(state.sections.starts[s], state.sections.ends[s])));
  }
  if (entered.length) set = set.add(doc, entered.flatMap((s) => sectionDecorations(next, s)));
  return { ...next, decorations: set };
}

/** Applies an upsert or a removal: updates the spans and buckets, redraws the changed ranges. */
function change(state: HighlightState, doc: PMNode, action: Extract<HighlightAction, { type: 'upsert' | 'remove' }>): HighlightState {
  const ids = action.type === 'upsert' ? action.spans.map((s) => s.id) : action.ids;
  const old = ids.flatMap((id) => state.spans.get(id) ?? []);
  // The last span given for an id wins.
  const added = action.type === 'upsert' ? [...new Map(action.spans.map((s) => [s.id, s])).values()] : [];
  const ranges = [...old, ...added].map((s): [number, number] => [s.from, s.to]);
  const next = {
    ...state,
    spans: state.spans.with(ids, added),
    buckets: rebucket(state.sections, state.buckets, old, added),
  };
  return { ...next, decorations: redraw(next, doc, ranges, action.type === 'upsert' ? ids : []) };
}

// The reader's document never changes (its read-only plugin filters such transactions), so
// section bounds, buckets and span positions are never mapped.
function apply(tr: Transaction, value: HighlightState, _old: EditorState, newState: EditorState): HighlightState {
  const action = tr.getMeta(highlightKey) as HighlightAction | undefined;
  if (!action) return value;
  switch (action.type) {
    case 'reset': {
      const spans = SpanIndex.of(action.spans);
      const next = { ...value, spans, paint: action.paint, buckets: bucketsOf(value.sections, spans.values()) };
      return { ...next, decorations: drawAll(next, newState.doc) };
    }
    case 'window':
      return moveWindow(value, newState.doc, action.sections);
    default:
      return change(value, newState.doc, action);
  }
}

/** How the highlight plugin starts. */
export interface HighlightOptions {
  paint: Painter;
  /** Highlights drawn from the start, so that the view's first DOM already shows them. */
  spans?: HighlightSpan[];
  /** The sections drawn before the first `window` action; by default every section. */
  window?: number[];
}

/**
 * The highlight plugin: draws annotations as inline decorations; never edits the document.
 * Without a `window` every section is drawn (a reader that never learns what is on screen).
 */
export function highlightPlugin(options: HighlightOptions): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: (_config, state) => {
        const sections = sectionBounds(state.doc);
        const count = sections.starts.length;
        const spans = SpanIndex.of(options.spans ?? []);
        const initial: HighlightState = {
          decorations: DecorationSet.empty,
          spans,
          paint: options.paint,
          sections,
          buckets: bucketsOf(sections, spans.values()),
          drawn: new Set(options.window ? options.window.filter((s) => s >= 0 && s < count) : sections.starts.map((_, i) => i)),
        };
        return options.spans?.length ? { ...initial, decorations: drawAll(initial, state.doc) } : initial;
      },
      apply,
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations,
    },
  });
}

/**
 * The spans covering a position, in start order (for "which annotation did I click?"). Read
 * from the section buckets, so it answers the same whether or not the section is drawn.
 */
export function spansAt(state: EditorState, pos: number): HighlightSpan[] {
  const plugin = highlightKey.getState(state);
  if (!plugin) return [];
  const s = sectionAt(plugin.sections, pos);
  if (s < 0) return [];
  return spansOf(plugin, plugin.buckets[s])
    .filter((span) => span.from <= pos && pos < span.to)
    .sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
