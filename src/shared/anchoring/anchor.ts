/**
 * Re-anchoring: places annotations, recorded as a quote with context and a position, on a
 * possibly changed text. Attempts, in order (after hypothesis/client `anchoring/html.ts`):
 * the recorded position (`exact`), an exact quote search (`moved`), an approximate search
 * that must clear a minimum score and a margin over the runner-up (`fuzzy`), else `orphan`.
 * Every search looks in a window around the expected position before the whole text.
 */
import type { AnchorCounts, AnchorHint, AnchorKind, AnchorResult } from './types';
import { ANCHOR_LIMITS } from '../limits';
import { CONTEXT_LENGTH } from '../model';
import { prefixBefore, snapToCodePoint, suffixAfter } from '../text/offsets';
import { bestOccurrence, occurrences } from './exact-search';
import { fuzzySearch } from './fuzzy-search';
import { Work } from './myers';
import { type Candidate, FUZZY_MARGIN, MIN_FUZZY_SCORE, exactAcceptable, scoreCandidate } from './scoring';

/**
 * Half-width (UTF-16 units) of the window searched around the expected position before the
 * whole text. Edits between two neighbouring annotations rarely shift text further.
 */
export const SEARCH_WINDOW = 4096;

const ORPHAN: AnchorResult = { kind: 'orphan', start: -1, end: -1, score: 0 };

/** Builds a quote selector for `[start, end)` with `CONTEXT_LENGTH` code points of context. */
export function quoteAt(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: prefixBefore(text, start, CONTEXT_LENGTH),
    suffix: suffixAfter(text, end, CONTEXT_LENGTH),
  };
}

/** Options of `anchorAll`. */
export interface AnchorAllOptions {
  /** Called now and then with the number of hints placed so far and the total. */
  onProgress?(done: number, total: number): void;
  /** Steps all hints together may take (`ANCHOR_LIMITS.workPerFile`); beyond, searches stop early. */
  workPerFile?: number;
}

/** What `anchorAll` returns: per-hint results in input order, counts, and what was adjusted. */
export interface AnchorAllResult {
  results: AnchorResult[];
  counts: AnchorCounts;
  /** Spans widened outward because a boundary fell inside a surrogate pair. */
  widened: number;
  /** Hints whose search stopped at the work bound (those not placed are orphans). */
  stopped: number;
}

/** Hints between two progress reports. */
const PROGRESS_EVERY = 500;

/** A hint's prefix and suffix cut to `CONTEXT_LENGTH` code points next to the span. */
function boundedContext(hint: AnchorHint): AnchorHint {
  const long = (s: string): boolean => s.length > CONTEXT_LENGTH;
  if (!long(hint.prefix) && !long(hint.suffix)) return hint;
  return {
    ...hint,
    prefix: prefixBefore(hint.prefix, hint.prefix.length, CONTEXT_LENGTH),
    suffix: suffixAfter(hint.suffix, 0, CONTEXT_LENGTH),
  };
}

/** A fresh all-zero count per kind. */
function emptyCounts(): AnchorCounts {
  return { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
}

/** Places many annotations on one text; construct once per text and reuse. */
export class Anchorer {
  constructor(private readonly text: string) {}

  /** Places one annotation, trusting its recorded position as is. */
  anchor(hint: AnchorHint): AnchorResult {
    return this.place(hint, 0, new Work(ANCHOR_LIMITS.workPerAnnotation)).result;
  }

  /**
   * Places many annotations. Hints are visited in order of recorded position, and the shift
   * learned from the previous placement (text inserted or deleted earlier in the document)
   * is applied to the next expected position, so most hints are placed by one comparison.
   * Results come back in the order of `hints`.
   *
   * Work is bounded: each hint's searches get `ANCHOR_LIMITS.workPerAnnotation` steps, and
   * never more than what is left of the file's `workPerFile`, so a hostile file can make only
   * its own import slow. Spans are never left splitting a surrogate pair.
   */
  anchorAll(hints: AnchorHint[], options: AnchorAllOptions = {}): AnchorAllResult {
    const order = hints.map((_, i) => i);
    // Hints without a position go last, in their given order (sort is stable).
    const key = (i: number): number => finiteOrUndefined(hints[i].start) ?? Number.POSITIVE_INFINITY;
    order.sort((a, b) => key(a) - key(b) || a - b);
    const results = new Array<AnchorResult>(hints.length);
    const counts = emptyCounts();
    const file = new Work(options.workPerFile ?? ANCHOR_LIMITS.workPerFile);
    let delta = 0;
    let widened = 0;
    let stopped = 0;
    let done = 0;
    for (const i of order) {
      const hint = hints[i];
      const budget = Math.min(ANCHOR_LIMITS.workPerAnnotation, file.remaining);
      const work = new Work(budget);
      const placed = this.place(hint, delta, work);
      file.spend(budget - work.remaining);
      const result = placed.result;
      results[i] = result;
      counts[result.kind]++;
      if (placed.widened) widened++;
      if (!work.available) stopped++;
      const start = finiteOrUndefined(hint.start);
      if (result.kind !== 'orphan' && start !== undefined) delta = result.start - start;
      if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done, hints.length);
    }
    options.onProgress?.(hints.length, hints.length);
    return { results, counts, widened, stopped };
  }

  /** The attempts in order, with `delta` added to the recorded position; spans snapped to whole characters. */
  private place(original: AnchorHint, delta: number, work: Work): { result: AnchorResult; widened: boolean } {
    const result = this.search(boundedContext(original), delta, work);
    if (result.kind === 'orphan') return { result, widened: false };
    // A quote that starts or ends with half a surrogate pair must not leave half a character.
    const start = snapToCodePoint(this.text, result.start, -1);
    const end = snapToCodePoint(this.text, result.end, 1);
    if (start === result.start && end === result.end) return { result, widened: false };
    return { result: { ...result, start, end }, widened: true };
  }

  /** The searches, cheapest first, while the work budget lasts. */
  private search(hint: AnchorHint, delta: number, work: Work): AnchorResult {
    const text = this.text;
    const exact = hint.exact;
    if (exact.length === 0) return ORPHAN;
    const recorded = validPosition(hint.start, text.length);
    const recordedEnd = recorded === undefined ? undefined : (hint.end ?? recorded + exact.length);

    // 1. The recorded position, and the position shifted by the running delta.
    if (recorded !== undefined && recordedEnd === recorded + exact.length) {
      const atRecorded = this.tryAt(hint, recorded, recorded);
      if (atRecorded) return this.exactResult(hint, atRecorded);
    }
    // A recorded start past the end (the text shrank) still says roughly where to look.
    const base = finiteOrUndefined(hint.start);
    const expected = base === undefined ? undefined : clamp(Math.round(base + delta), 0, text.length);
    if (expected !== undefined && expected !== recorded) {
      const atExpected = this.tryAt(hint, expected, expected);
      if (atExpected) return this.exactResult(hint, atExpected);
    }

    // 2. Exact occurrences: in the window, then everywhere.
    const windowed = expected !== undefined;
    const lo = windowed ? expected - SEARCH_WINDOW : 0;
    const hi = windowed ? expected + exact.length + SEARCH_WINDOW : text.length;
    const coversAll = lo <= 0 && hi >= text.length;
    const near = bestOccurrence(text, hint, occurrences(text, exact, lo, hi, work), expected);
    if (near && exactAcceptable(hint, near)) return this.exactResult(hint, near);
    if (!coversAll && work.available) {
      const far = bestOccurrence(text, hint, occurrences(text, exact, 0, text.length, work), expected);
      if (far && exactAcceptable(hint, far)) return this.exactResult(hint, far);
    }

    // 3. Approximate matches: in the window, then (last resort) everywhere.
    if (!work.available) return ORPHAN;
    const fuzzyNear = this.fuzzy(hint, lo, hi, expected, work);
    if (fuzzyNear) return fuzzyNear;
    if (!coversAll && work.available) {
      const fuzzyFar = this.fuzzy(hint, 0, text.length, expected, work);
      if (fuzzyFar) return fuzzyFar;
    }

    // 4. Nothing convincing.
    return ORPHAN;
  }

  /**
   * The exact quote at `start`, if it is there with its whole context. A partly changed
   * context is left to the window search, which compares this place with the others: a
   * position a few characters off still shares half its context with the right one.
   */
  private tryAt(hint: AnchorHint, start: number, expected: number): Candidate | undefined {
    if (!this.text.startsWith(hint.exact, start)) return undefined;
    const candidate = scoreCandidate(this.text, hint, start, start + hint.exact.length, 1, expected);
    return candidate.context === 1 ? candidate : undefined;
  }

  /** `exact` when found at the recorded position, otherwise `moved`; score 1 either way. */
  private exactResult(hint: AnchorHint, c: Candidate): AnchorResult {
    const kind: AnchorKind = c.start === hint.start ? 'exact' : 'moved';
    return { kind, start: c.start, end: c.end, score: 1 };
  }

  /** A `fuzzy` result if the best approximate match clears the minimum and the margin. */
  private fuzzy(hint: AnchorHint, from: number, to: number, expected: number | undefined, work: Work): AnchorResult | undefined {
    const { best, runnerUp, exhausted } = fuzzySearch(this.text, hint, from, to, expected, work);
    if (exhausted || !best || best.score < MIN_FUZZY_SCORE) return undefined;
    if (runnerUp && best.score - runnerUp.score < FUZZY_MARGIN) return undefined;
    return { kind: 'fuzzy', start: best.start, end: best.end, score: best.score };
  }
}

/** The recorded start if it is a usable offset into a text of `length` units. */
function validPosition(start: number | undefined, length: number): number | undefined {
  return start !== undefined && Number.isInteger(start) && start >= 0 && start <= length ? start : undefined;
}

function finiteOrUndefined(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
