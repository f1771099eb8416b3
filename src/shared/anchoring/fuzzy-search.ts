/**
 * Approximate quote search with `approx-string-match` (Myers' bit-parallel algorithm, which
 * handles patterns of any length in blocks of 32 units at O(k/32 · n) expected time).
 */
import search from 'approx-string-match';
import type { AnchorHint } from './types';
import { snapToCodePoint } from '../text/offsets';
import { type Candidate, scoreCandidate } from './scoring';

/** Upper bound on the error budget, so very long quotes do not match nearly anything. */
export const MAX_FUZZY_ERRORS = 64;

/**
 * Errors (UTF-16 unit insertions, deletions, substitutions) allowed in an approximate match
 * of a quote `length` units long: a quarter of the quote, at most `MAX_FUZZY_ERRORS`. Quotes
 * under 4 units get 0, i.e. they are never matched approximately.
 */
export function maxErrorsFor(length: number): number {
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(length / 4));
}

/** The best approximate match and the best one at a different (non-overlapping) place. */
export interface FuzzyOutcome {
  best?: Candidate;
  runnerUp?: Candidate;
}

/** Scores the lowest-error matches of the quote inside `[from, to)`. */
function candidatesIn(
  text: string,
  hint: AnchorHint,
  from: number,
  to: number,
  expected: number | undefined,
): Candidate[] {
  const pattern = hint.exact;
  const maxErrors = maxErrorsFor(pattern.length);
  if (to - from < pattern.length - maxErrors) return [];
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(region, pattern, maxErrors).map((m) => {
    // Approximate boundaries may fall inside a surrogate pair: widen them to whole characters.
    const start = snapToCodePoint(text, from + m.start, -1);
    const end = snapToCodePoint(text, from + m.end, 1);
    return scoreCandidate(text, hint, start, end, 1 - m.errors / pattern.length, expected);
  });
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function highest(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  return best;
}

/**
 * Searches `[from, to)` for approximate matches of the hint's quote and returns the best
 * candidate with its runner-up.
 *
 * `approx-string-match` reports only the matches with the fewest errors, so a second place
 * with one error more would go unseen; the text before and after the first best place is
 * therefore searched again for the runner-up (and for a better-scoring place, since context
 * can outweigh a few errors).
 */
export function fuzzySearch(
  text: string,
  hint: AnchorHint,
  from: number,
  to: number,
  expected: number | undefined,
): FuzzyOutcome {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (maxErrorsFor(hint.exact.length) === 0) return {};
  const first = candidatesIn(text, hint, lo, hi, expected);
  const pivot = highest(first);
  if (!pivot) return {};
  const all = [
    ...first,
    ...candidatesIn(text, hint, lo, pivot.start, expected),
    ...candidatesIn(text, hint, pivot.end, hi, expected),
  ];
  const best = highest(all);
  if (!best) return {};
  return { best, runnerUp: highest(all.filter((c) => !overlaps(c, best))) };
}
