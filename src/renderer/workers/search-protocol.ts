/**
 * The messages between the page and the library search worker (`search-worker.ts`). The page
 * sends the library's texts and transcript structures as they change (the worker keeps the
 * positional index), and searches; the worker answers with progress and concordance lines.
 */
import type { KwicRow } from '../../shared/search/kwic';
import type { SearchOptions } from '../../shared/search/query';

/** A document as the worker indexes it. */
export interface IndexedDocument {
  id: string;
  hash: string;
  text: string;
  /**
   * The structure the library stores for it (speakers, turns, regions that are not speech), or
   * undefined; the worker checks it against the text and detects the turns where it does not fit,
   * so that work stays off the page.
   */
  stored: unknown;
}

/** A search across the library. */
export interface LibrarySearchRequest {
  type: 'search';
  /** Chosen by the page; replies carry it. */
  id: number;
  query: string;
  options: SearchOptions;
  /** Only these documents; all when absent. */
  documents?: string[];
  /** Code points of context on each side. */
  context: number;
  /** Keep hits in regions marked as not speech (left out by default). */
  includeExcluded: boolean;
}

/** What the page sends. */
export type SearchWorkerRequest =
  | { type: 'reset'; documents: IndexedDocument[] }
  | { type: 'put'; documents: IndexedDocument[] }
  | { type: 'remove'; ids: string[] }
  | LibrarySearchRequest
  | { type: 'cancel'; id: number };

/** The answer to a search. */
export interface LibrarySearchResult {
  id: number;
  /** At most `MAX_CONCORDANCE_ROWS`, in library order. */
  rows: KwicRow[];
  /** Hits found (those in excluded regions left out unless asked for). */
  total: number;
  /** Hits left out because they lie in regions marked as not speech. */
  excluded: number;
  /** False when stopped early: cancelled, out of time, or at the hit limit. */
  complete: boolean;
  cancelled: boolean;
  /** The positional index answered (a word or phrase); false for a scan (a pattern). */
  usedIndex: boolean;
  ms: number;
}

/** What the worker sends. */
export type SearchWorkerReply =
  | { type: 'indexed'; documents: number; ms: number }
  | { type: 'progress'; id: number; done: number; total: number; hits: number }
  | ({ type: 'result' } & LibrarySearchResult)
  | { type: 'refused'; id: number; error: string };
