/**
 * Exact quote search: every occurrence of the quote in a range of the text, and the one
 * whose context and position agree best with the hint.
 */
import { ANCHOR_LIMITS } from '../limits';
import type { AnchorHint } from './types';
import { boundaryRun } from './context-similarity';
import type { Work } from './myers';
import { type Candidate, scoreCandidate } from './scoring';

/**
 * Above this many occurrences, only the `MAX_SCORED` with the longest verbatim context runs
 * at the boundary get a full (edit-distance) context score. Keeps very common short quotes
 * from costing milliseconds each.
 */
const MAX_SCORED = 64;

/**
 * indexOf scans a text many times faster than the approximate search advances: one step of
 * work stands for this many units scanned.
 */
const UNITS_PER_STEP = 16;

/**
 * Starts of the occurrences of `exact` lying wholly inside `[from, to)`, ascending, at most
 * `ANCHOR_LIMITS.maxOccurrences` of them (the first ones). The scan is charged to `work`.
 */
export function occurrences(text: string, exact: string, from: number, to: number, work?: Work): number[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (exact.length === 0 || hi - lo < exact.length) return [];
  work?.spend(Math.ceil((hi - lo) / UNITS_PER_STEP));
  // Searching a slice bounds the scan: indexOf on the whole text would run to its end
  // whenever the range holds no occurrence.
  const region = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  const found: number[] = [];
  for (let i = region.indexOf(exact); i !== -1 && found.length < ANCHOR_LIMITS.maxOccurrences; i = region.indexOf(exact, i + 1)) found.push(lo + i);
  return found;
}

/** Keeps the occurrences most likely to win, ranked by verbatim context, then closeness. */
function preselect(text: string, hint: AnchorHint, starts: number[], expected: number | undefined): number[] {
  if (starts.length <= MAX_SCORED) return starts;
  const len = hint.exact.length;
  const ranked = starts.map((start) => ({
    start,
    run: boundaryRun(text, start, hint.prefix, 'prefix') + boundaryRun(text, start + len, hint.suffix, 'suffix'),
    distance: expected === undefined ? 0 : Math.abs(start - expected),
  }));
  ranked.sort((a, b) => b.run - a.run || a.distance - b.distance);
  return ranked.slice(0, MAX_SCORED).map((r) => r.start);
}

/**
 * The best of the given exact occurrences: highest score (context first, position as the
 * tie-breaker); on equal scores the earlier occurrence. Undefined when there are none.
 */
export function bestOccurrence(
  text: string,
  hint: AnchorHint,
  starts: number[],
  expected: number | undefined,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const start of preselect(text, hint, starts, expected)) {
    const candidate = scoreCandidate(text, hint, start, start + hint.exact.length, 1, expected);
    if (!best || candidate.score > best.score || (candidate.score === best.score && start < best.start)) {
      best = candidate;
    }
  }
  return best;
}
