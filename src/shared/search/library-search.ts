/**
 * Searching the whole library. A plain query (a word, part of a word, a phrase) goes through
 * the positional index: its rarest token's occurrences are looked up, and only a window of
 * text around each (from the token before the phrase to the token after it) is folded and
 * matched, with the same matcher as the open document, so both find exactly the same hits.
 * A regular expression, or a query without any word in it, cannot use the index and scans the
 * texts one document at a time.
 *
 * `librarySearchSteps` is a generator: it yields progress after each document so that a
 * worker can report it and stop when asked; `searchLibrary` runs it to the end.
 */
import { MAX_SEARCH_HITS, SEARCH_BUDGET_MS } from '../limits';
import { matchRange, searchSteps, type TextHit } from './document-search';
import type { CompiledQuery } from './query';
import type { SearchIndex } from './search-index';
import { LONG_MARK, MAX_TERM_UNITS, queryTokens, tokenMatches } from './tokens';

/** A hit in a document of the library; offsets are UTF-16 units of its text. */
export interface LibraryHit {
  documentId: string;
  start: number;
  end: number;
}

/** Progress of a library search, yielded between documents. */
export interface LibraryProgress {
  documentsDone: number;
  documentsTotal: number;
  hits: number;
}

/** What a library search found. */
export interface LibraryResult {
  /** Hits in library order (documents as indexed), each document's in text order. */
  hits: LibraryHit[];
  /** False when stopped early (asked to, the time budget ran out, or `limit` hits). */
  complete: boolean;
  /** True when the positional index answered; false when the texts were scanned. */
  usedIndex: boolean;
}

/** Options of a library search. */
export interface LibrarySearchOptions {
  /** Only these documents (by id); all when absent. */
  documents?: ReadonlySet<string>;
  /** Asked between documents (and between lines for regular expressions). */
  shouldStop?: () => boolean;
  /** Stop after this many hits (default `MAX_SEARCH_HITS`). */
  limit?: number;
}

/** Per query token: the ids of the terms it matches. */
function matchingTerms(index: SearchIndex, query: CompiledQuery): { tokens: number; driver: number; terms: number[] } | null {
  const tokens = queryTokens(query.source, query.options.wholeWord);
  if (tokens.length === 0) return null;
  let best: { driver: number; terms: number[]; frequency: number } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    let terms: number[];
    if (token.match === 'exact') {
      const key = token.term.length > MAX_TERM_UNITS ? token.term.slice(0, MAX_TERM_UNITS) + LONG_MARK : token.term;
      const id = index.termId(key);
      terms = id === undefined ? [] : [id];
    } else {
      terms = index.termsWhere((t) => tokenMatches(token, t));
    }
    const frequency = terms.reduce((n, t) => n + index.frequency(t), 0);
    if (best === null || frequency < best.frequency) best = { driver: k, terms, frequency };
  }
  return { tokens: tokens.length, driver: best!.driver, terms: best!.terms };
}

/**
 * The search, one document per step. Yields progress; returns the result. Plain queries use
 * the index (documents without the rarest token are never read); regular expressions scan.
 */
export function* librarySearchSteps(index: SearchIndex, query: CompiledQuery, options: LibrarySearchOptions = {}): Generator<LibraryProgress, LibraryResult> {
  const limit = options.limit ?? MAX_SEARCH_HITS;
  const wanted = options.documents;
  const hits: LibraryHit[] = [];
  const stop = options.shouldStop;
  const plan = query.needle !== null ? matchingTerms(index, query) : null;
  const total = wanted ? wanted.size : index.size;
  let done = 0;
  const collect = (id: string, found: readonly TextHit[]): boolean => {
    for (const h of found) {
      if (hits.length >= limit) return false;
      hits.push({ documentId: id, start: h.start, end: h.end });
    }
    return true;
  };

  if (plan) {
    const { tokens, driver } = plan;
    const terms = [...plan.terms].sort((a, b) => a - b);
    for (let slot = 0; slot < index.slotCount && terms.length > 0; slot++) {
      const entry = index.entry(slot);
      if (!entry || (wanted && !wanted.has(entry.id))) continue;
      const positions = index.positionsIn(slot, terms);
      if (positions.length === 0) continue;
      if (stop?.()) return { hits, complete: false, usedIndex: true };
      const { text, starts } = entry;
      const found: TextHit[] = [];
      // Windows from the token before the phrase to the token after it, merged when they meet.
      let from = -1;
      let to = -1;
      for (const p of positions) {
        const before = p - driver - 1;
        const after = p + tokens - driver;
        const a = before >= 0 ? starts[before] : 0;
        const b = after < starts.length ? starts[after] : text.length;
        if (from >= 0 && a <= to) {
          to = Math.max(to, b);
          continue;
        }
        if (from >= 0) matchRange(text, from, to, query, found);
        from = a;
        to = b;
      }
      if (from >= 0) matchRange(text, from, to, query, found);
      done++;
      if (!collect(entry.id, found)) return { hits, complete: false, usedIndex: true };
      yield { documentsDone: done, documentsTotal: total, hits: hits.length };
    }
    return { hits, complete: true, usedIndex: true };
  }

  for (const entry of index.allEntries()) {
    if (wanted && !wanted.has(entry.id)) continue;
    let stopped = false;
    const shouldStop = stop ? () => (stopped = stop()) : undefined;
    for (const batch of searchSteps(entry.text, query, { shouldStop })) {
      if (!collect(entry.id, batch)) return { hits, complete: false, usedIndex: false };
    }
    if (stopped) return { hits, complete: false, usedIndex: false };
    done++;
    yield { documentsDone: done, documentsTotal: total, hits: hits.length };
  }
  return { hits, complete: true, usedIndex: false };
}

/**
 * Runs a library search to its end, or until `budgetMs` (by `clock`) has passed; without a
 * clock there is no time budget. `onProgress` hears after each document.
 */
export function searchLibrary(
  index: SearchIndex,
  query: CompiledQuery,
  options: LibrarySearchOptions & { clock?: () => number; budgetMs?: number; onProgress?: (p: LibraryProgress) => void } = {},
): LibraryResult {
  const { clock } = options;
  const deadline = clock ? clock() + (options.budgetMs ?? SEARCH_BUDGET_MS) : Infinity;
  const outer = options.shouldStop;
  const shouldStop = clock || outer ? () => (outer?.() ?? false) || (clock ? clock() > deadline : false) : undefined;
  const steps = librarySearchSteps(index, query, { ...options, shouldStop });
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}
