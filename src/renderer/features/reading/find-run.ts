import { searchSteps, type TextHit } from '../../../shared/search/document-search';
import type { CompiledQuery } from '../../../shared/search/query';
import { MAX_SEARCH_HITS, SEARCH_BUDGET_MS } from '../../../shared/limits';
import { nextTurn } from '../../workers/next-turn';

/** How a search of the open document ended. */
export interface FindOutcome {
  hits: TextHit[];
  /** False when stopped by the time budget or the hit limit (the count is then a lower bound). */
  complete: boolean;
}

/**
 * Searches the open document a chunk of lines at a time (`searchSteps`), giving the event loop a
 * turn after each chunk so that typing and scrolling stay smooth; `onHits` hears the hits so far
 * after each chunk (the first ones after the first chunk). Stops when `signal` aborts (resolves
 * to null then), after `SEARCH_BUDGET_MS`, or at `MAX_SEARCH_HITS`.
 */
export async function findInText(text: string, query: CompiledQuery, signal: AbortSignal, onHits: (hits: readonly TextHit[]) => void): Promise<FindOutcome | null> {
  const deadline = performance.now() + SEARCH_BUDGET_MS;
  let timedOut = false;
  const stop = () => signal.aborted || (timedOut = performance.now() > deadline);
  const hits: TextHit[] = [];
  for (const batch of searchSteps(text, query, { shouldStop: stop })) {
    for (const h of batch) hits.push(h);
    if (signal.aborted) return null;
    onHits(hits);
    if (hits.length >= MAX_SEARCH_HITS) return { hits: hits.slice(0, MAX_SEARCH_HITS), complete: false };
    await nextTurn();
    if (signal.aborted) return null;
  }
  return { hits, complete: !timedOut };
}

/** The index of the first hit starting at or after `offset` (wrapping to 0), or -1 without hits. */
export function hitAtOrAfter(hits: readonly TextHit[], offset: number): number {
  if (hits.length === 0) return -1;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === hits.length ? 0 : lo;
}
