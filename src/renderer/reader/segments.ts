/** A highlighted span in ProseMirror positions, with the category that colours it and its coder. */
export interface HighlightSpan {
  id: string;
  from: number;
  to: number;
  categoryId: string;
  /** The coder whose layer it belongs to (drawn in that coder's band style when several are shown). */
  coderId?: string;
}

/** A maximal run of positions covered by the same set of spans. */
export interface Segment {
  from: number;
  to: number;
  /** The covering spans, ordered by start, then id (a stable order for painting). */
  spans: HighlightSpan[];
}

/**
 * Splits spans, clipped to `[rangeFrom, rangeTo)`, into elementary segments: each position is in
 * at most one segment, and each segment lists every span that covers it. A sweep over the
 * sorted boundaries: O(n log n) plus the output.
 */
export function segmentsOf(spans: Iterable<HighlightSpan>, rangeFrom = 0, rangeTo = Infinity): Segment[] {
  type Event = { pos: number; open: boolean; span: HighlightSpan };
  const events: Event[] = [];
  for (const span of spans) {
    const from = Math.max(span.from, rangeFrom);
    const to = Math.min(span.to, rangeTo);
    if (from >= to) continue;
    events.push({ pos: from, open: true, span }, { pos: to, open: false, span });
  }
  events.sort((a, b) => a.pos - b.pos);
  const active = new Map<string, HighlightSpan>();
  const result: Segment[] = [];
  let i = 0;
  while (i < events.length) {
    const pos = events[i].pos;
    while (i < events.length && events[i].pos === pos) {
      const event = events[i++];
      if (event.open) active.set(event.span.id, event.span);
      else active.delete(event.span.id);
    }
    if (active.size > 0 && i < events.length) {
      const spansHere = [...active.values()].sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : 1));
      result.push({ from: pos, to: events[i].pos, spans: spansHere });
    }
  }
  return result;
}
