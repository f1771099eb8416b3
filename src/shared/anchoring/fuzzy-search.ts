/**
 * Approximate quote search (Myers' bit-parallel algorithm in `myers.ts`, which handles patterns
 * of any length in blocks of 32 units at O(k/32 · n) expected time), within a work budget.
 */
import { ANCHOR_LIMITS } from '../limits';
import type { AnchorHint } from './types';
import { snapToCodePoint } from '../text/offsets';
import { type Work, searchBounded } from './myers';
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
  /** True when the work budget ran out: nothing found can be trusted to be the best. */
  exhausted?: boolean;
}

/** Thrown inside the search when the budget is spent; caught by `fuzzySearch`. */
class Exhausted extends Error {}

/** Scores the lowest-error matches of the quote inside `[from, to)`. */
function candidatesIn(
  text: string,
  hint: AnchorHint,
  from: number,
  to: number,
  expected: number | undefined,
  work: Work,
): Candidate[] {
  const pattern = hint.exact;
  const maxErrors = maxErrorsFor(pattern.length);
  if (to - from < pattern.length - maxErrors) return [];
  const matches = searchBounded(text, pattern, maxErrors, from, to, expected, ANCHOR_LIMITS.maxFuzzyPlaces, work);
  if (matches === null) throw new Exhausted();
  return matches.map((m) => {
    // Approximate boundaries may fall inside a surrogate pair: widen them to whole characters.
    const start = snapToCodePoint(text, m.start, -1);
    const end = snapToCodePoint(text, m.end, 1);
    // Scoring compares the (at most 32-code-point) contexts: a bounded cost per candidate.
    if (!work.spend(4 * 64 * 97)) throw new Exhausted();
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
 *
 * Quotes longer than `ANCHOR_LIMITS.maxFuzzyQuote` are not searched approximately, and the
 * search stops (`exhausted`) when `work` runs out, so one annotation's cost is bounded.
 */
export function fuzzySearch(
  text: string,
  hint: AnchorHint,
  from: number,
  to: number,
  expected: number | undefined,
  work: Work,
): FuzzyOutcome {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (maxErrorsFor(hint.exact.length) === 0 || hint.exact.length > ANCHOR_LIMITS.maxFuzzyQuote) return {};
  try {
    const first = candidatesIn(text, hint, lo, hi, expected, work);
    const pivot = highest(first);
    if (!pivot) return {};
    const all = [
      ...first,
      ...candidatesIn(text, hint, lo, pivot.start, expected, work),
      ...candidatesIn(text, hint, pivot.end, hi, expected, work),
    ];
    const best = highest(all);
    if (!best) return {};
    return { best, runnerUp: highest(all.filter((c) => !overlaps(c, best))) };
  } catch (error) {
    if (error instanceof Exhausted) return { exhausted: true };
    throw error;
  }
}
