/**
 * How well a recorded prefix or suffix agrees with the text beside a candidate span.
 *
 * The comparison is anchored at the span boundary: the suffix must start right at the end of
 * the span, the prefix must end right at its start, while the far end of the context may
 * stretch or shrink (the text there may have gained or lost characters). Units are UTF-16.
 */

/** Which side of a span a context string sits on. */
export type Side = 'prefix' | 'suffix';

// Reused DP rows; grown on demand for unusually long contexts.
let rowA = new Int32Array(256);
let rowB = new Int32Array(256);

/**
 * Edit distance between `context` and the stretch of `text` that ends at `pos` (prefix) or
 * starts at `pos` (suffix), minimised over the stretch's length.
 *
 * The stretch is at most 1.5 × the context long: longer stretches cost more than half the
 * context in deletions, which only matters for contexts that disagree anyway.
 */
export function anchoredDistance(text: string, pos: number, context: string, side: Side): number {
  const m = context.length;
  if (m === 0) return 0;
  const available = side === 'prefix' ? pos : text.length - pos;
  const n = Math.min(available, m + (m >> 1) + 1);
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(2 * (n + 1));
    rowB = new Int32Array(2 * (n + 1));
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    // Walk away from the boundary: the prefix backwards, the suffix forwards.
    const c = side === 'prefix' ? context.charCodeAt(m - i) : context.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const t = side === 'prefix' ? text.charCodeAt(pos - j) : text.charCodeAt(pos + j - 1);
      const sub = prev[j - 1] + (t === c ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j] < best) best = prev[j];
  return best;
}

/** Similarity in [0, 1] of `context` with the text beside `pos`; 1 for an empty context. */
export function contextSimilarity(text: string, pos: number, context: string, side: Side): number {
  if (context.length === 0) return 1;
  // Cheap and common: the context is still there verbatim.
  const verbatim =
    side === 'prefix'
      ? pos >= context.length && text.startsWith(context, pos - context.length)
      : text.startsWith(context, pos);
  if (verbatim) return 1;
  return 1 - anchoredDistance(text, pos, context, side) / context.length;
}

/**
 * Number of characters of `context` that agree with the text, counted outwards from the
 * boundary until the first difference. A cheap pre-ranking for quotes with many occurrences.
 */
export function boundaryRun(text: string, pos: number, context: string, side: Side): number {
  const m = context.length;
  let k = 0;
  if (side === 'prefix') {
    while (k < m && pos - k - 1 >= 0 && text.charCodeAt(pos - k - 1) === context.charCodeAt(m - k - 1)) k++;
  } else {
    while (k < m && pos + k < text.length && text.charCodeAt(pos + k) === context.charCodeAt(k)) k++;
  }
  return k;
}
