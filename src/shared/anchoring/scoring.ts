/**
 * Scores and acceptance thresholds for re-anchoring candidates.
 *
 * Weights follow hypothesis/client `match-quote.ts` (quote 50, prefix 20, suffix 20,
 * position 2), normalised so that a perfect candidate scores 1. Unlike hypothesis, which
 * accepts any match inside the error budget, approximate matches must also clear a minimum
 * score and beat the runner-up by a margin (see `MIN_FUZZY_SCORE`, `FUZZY_MARGIN`).
 */
import type { AnchorHint } from './types';
import { contextSimilarity } from './context-similarity';

/** Relative weights of the four agreements that make up a candidate's score. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Lowest normalised score an approximate match may have. A quote with a quarter of its
 * characters changed (the error budget) still passes with an intact context (0.86); a
 * quote with 10 % errors whose context on both sides is rewritten does not (≈ 0.6).
 */
export const MIN_FUZZY_SCORE = 0.75;

/**
 * An approximate match must beat the best match at another place by this much. It exceeds
 * the whole position weight (2/92 ≈ 0.022), so closeness alone never decides between two
 * equally plausible approximate matches: those become orphans for a person to place.
 */
export const FUZZY_MARGIN = 0.05;

/**
 * An exact occurrence away from the recorded position (or one whose context changed) is
 * taken only when its context agrees at least this much (mean of the recorded sides), so a
 * short quote such as "the" does not land on an arbitrary occurrence.
 */
export const MIN_MOVED_CONTEXT = 0.5;

/** Quotes at least this long (UTF-16 units) are distinctive enough to move without context. */
export const LONG_QUOTE = 32;

/** A place in the text proposed for a hint, with its score in [0, 1]. */
export interface Candidate {
  start: number;
  end: number;
  score: number;
  /** Mean agreement of the recorded prefix and suffix (1 when the hint has neither). */
  context: number;
}

/** Closeness in [0, 1] of `start` to the expected position; 1 when there is none. */
export function positionScore(start: number, expected: number | undefined, textLength: number): number {
  if (expected === undefined || textLength === 0) return 1;
  return Math.max(0, 1 - Math.abs(start - expected) / textLength);
}

/**
 * Scores the span `[start, end)` for `hint`, given how well the quote itself agrees
 * (`quote` in [0, 1]) and where the span was expected.
 */
export function scoreCandidate(
  text: string,
  hint: AnchorHint,
  start: number,
  end: number,
  quote: number,
  expected: number | undefined,
): Candidate {
  const prefix = contextSimilarity(text, start, hint.prefix, 'prefix');
  const suffix = contextSimilarity(text, end, hint.suffix, 'suffix');
  const position = positionScore(start, expected, text.length);
  const score =
    (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) /
    WEIGHT_SUM;
  const sides = (hint.prefix ? 1 : 0) + (hint.suffix ? 1 : 0);
  const context = sides === 0 ? 1 : ((hint.prefix ? prefix : 0) + (hint.suffix ? suffix : 0)) / sides;
  return { start, end, score, context };
}

/** Whether an exact occurrence with this context agreement may be taken for `hint`. */
export function exactAcceptable(hint: AnchorHint, candidate: Candidate): boolean {
  return hint.exact.length >= LONG_QUOTE || candidate.context >= MIN_MOVED_CONTEXT;
}
