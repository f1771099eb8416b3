/**
 * Searching one text: the hits of a compiled query as UTF-16 ranges of the source, in text
 * order, never splitting a surrogate pair. The text is folded and searched a chunk of whole
 * lines at a time, so the first hits of a 2 MB document come after one chunk, and a caller
 * can stop between chunks (and, for regular expressions, between lines).
 */
import { MAX_SEARCH_HITS, SEARCH_BUDGET_MS } from '../limits';
import { isWordBoundary } from '../text/words';
import { foldRange, foldUnits } from './fold';
import type { CompiledQuery } from './query';

/** One hit: a half-open UTF-16 range of the searched text. */
export interface TextHit {
  start: number;
  end: number;
}

/** UTF-16 units folded and searched at a time (extended to the end of a line). */
export const CHUNK_UNITS = 64 * 1024;

/** True when the hit may be kept under the query's whole-word option. */
function wholeWordOk(query: CompiledQuery, text: string, start: number, end: number): boolean {
  return !query.options.wholeWord || (isWordBoundary(text, start) && isWordBoundary(text, end));
}

/**
 * Appends to `out` the hits of `query` that lie in `text[from, to)`, where `from` and `to`
 * are line starts/ends or stand inside one line (a window around an index candidate). Word
 * boundaries are judged on the whole text. Regular expressions run on each line separately;
 * `shouldStop` is asked between lines and ends the search early (returns false then).
 */
export function matchRange(text: string, from: number, to: number, query: CompiledQuery, out: TextHit[], shouldStop?: () => boolean): boolean {
  if (query.needle !== null && to - from <= SMALL_WINDOW) {
    matchWindow(text, from, to, query, out);
    return true;
  }
  const folded = foldRange(text, from, to, query.fold, true);
  const f = folded.text;
  const origin = folded.origin;
  if (query.needle !== null) {
    const needle = query.needle;
    if (needle === '') return true;
    for (let i = f.indexOf(needle); i !== -1; ) {
      const start = origin[i];
      const end = origin[i + needle.length];
      if (wholeWordOk(query, text, start, end)) {
        out.push({ start, end });
        i = f.indexOf(needle, i + needle.length);
      } else {
        i = f.indexOf(needle, i + 1);
      }
    }
    return true;
  }
  const pattern = query.pattern!;
  for (let lineStart = 0; lineStart <= f.length; ) {
    let lineEnd = f.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = f.length;
    if (shouldStop?.()) return false;
    if (lineEnd > lineStart) {
      const line = f.slice(lineStart, lineEnd);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        const a = lineStart + m.index;
        const b = a + m[0].length;
        // An empty match finds nothing, and a match that is not a whole word is tried again
        // one code point further on.
        const next = m.index + ((line.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
        if (b === a) {
          pattern.lastIndex = next;
          continue;
        }
        const start = origin[a];
        const end = origin[b];
        if (wholeWordOk(query, text, start, end)) out.push({ start, end });
        else pattern.lastIndex = next;
      }
    }
    lineStart = lineEnd + 1;
  }
  return true;
}

/** Ranges up to this many UTF-16 units are matched without making a string (index windows). */
const SMALL_WINDOW = 512;

/** `matchRange` for a plain query on a small range: the folded units compared in place. */
function matchWindow(text: string, from: number, to: number, query: CompiledQuery, out: TextHit[]): void {
  const needle = query.needle!;
  const m = needle.length;
  if (m === 0) return;
  const { units, origin, length } = foldUnits(text, from, to, query.fold, true);
  const first = needle.charCodeAt(0);
  for (let i = 0; i + m <= length; ) {
    let j = 0;
    if (units[i] === first) for (j = 1; j < m && units[i + j] === needle.charCodeAt(j); j++);
    if (j === m) {
      const start = origin[i];
      const end = origin[i + m];
      if (wholeWordOk(query, text, start, end)) {
        out.push({ start, end });
        i += m;
        continue;
      }
    }
    i++;
  }
}

/** The end of the chunk that starts at `from`: the first line end at or after `from + size`. */
function chunkEnd(text: string, from: number, to: number, size: number): number {
  if (to - from <= size) return to;
  const lf = text.indexOf('\n', from + size);
  return lf === -1 || lf >= to ? to : lf;
}

/**
 * The hits of `query` in `text[from, to)`, a chunk of whole lines at a time: each step yields
 * the hits of one chunk (possibly none). `shouldStop` is asked before each chunk and passed on
 * to `matchRange`; when it says stop, the generator yields what it found and ends.
 */
export function* searchSteps(
  text: string,
  query: CompiledQuery,
  options: { from?: number; to?: number; chunkUnits?: number; shouldStop?: () => boolean } = {},
): Generator<TextHit[], void> {
  const to = options.to ?? text.length;
  const size = options.chunkUnits ?? CHUNK_UNITS;
  for (let at = options.from ?? 0; at < to; ) {
    if (options.shouldStop?.()) return;
    const end = chunkEnd(text, at, to, size);
    const hits: TextHit[] = [];
    const finished = matchRange(text, at, end, query, hits, options.shouldStop);
    yield hits;
    if (!finished) return;
    at = end + 1;
  }
}

/** The result of a search run to its end or to its budget. */
export interface TextSearch {
  hits: TextHit[];
  /** False when the search stopped early: the time budget ran out or `limit` hits were found. */
  complete: boolean;
}

/**
 * All hits of `query` in `text`, stopping after `budgetMs` (by `clock`, in milliseconds) or
 * `limit` hits. Without a clock there is no time budget.
 */
export function searchText(
  text: string,
  query: CompiledQuery,
  options: { clock?: () => number; budgetMs?: number; limit?: number } = {},
): TextSearch {
  const { clock } = options;
  const deadline = clock ? clock() + (options.budgetMs ?? SEARCH_BUDGET_MS) : Infinity;
  const limit = options.limit ?? MAX_SEARCH_HITS;
  const hits: TextHit[] = [];
  let stopped = false;
  const stop = clock ? () => (stopped = clock() > deadline) : undefined;
  for (const batch of searchSteps(text, query, { shouldStop: stop })) {
    for (const h of batch) hits.push(h);
    if (hits.length >= limit) return { hits: hits.slice(0, limit), complete: false };
  }
  return { hits, complete: !stopped };
}
