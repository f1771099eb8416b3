/**
 * Every budget of the workbench in one place: sizes, counts, lengths and times beyond which an
 * input is refused (or cut, where that is said). Each is documented in the README's "Budgets"
 * table; a refusal message names the file, the item and the limit.
 */

/** Bytes of one imported document file (.txt, .md, .html, .docx) as read from disk. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Bytes of a file opened for reading by the user (annotation, workspace or backup files). */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** Characters of text crossing the IPC boundary in one message (a whole-library export fits). */
export const MAX_IPC_TEXT = 512 * 1024 * 1024;

/** Limits beyond which an annotation file is refused as a whole. */
export const IMPORT_LIMITS = {
  /** Characters of JSON text (about 100 MB of ASCII). */
  maxChars: 100_000_000,
  /** Annotations (or Hypothesis rows) in one file. */
  maxAnnotations: 200_000,
} as const;

/** Characters of a search query or regular expression. */
export const MAX_QUERY_LENGTH = 1000;

/**
 * Milliseconds a search may run before it stops and reports the hits found so far as
 * incomplete (a regular expression across a large library, or a slow pattern).
 */
export const SEARCH_BUDGET_MS = 30_000;

/** Hits a search collects; past this it stops counting and says the list is incomplete. */
export const MAX_SEARCH_HITS = 1_000_000;

/** Limits of the agreement statistics (`src/shared/agreement`). */
export const AGREEMENT_LIMITS = {
  /** Resamples of the bootstrap interval for alpha. */
  bootstrapResamples: 1000,
  /**
   * Units drawn by the bootstrap in all (units × resamples), about 2–3 s of work; beyond it
   * the interval is not computed and says why (200,000 units at 1,000 resamples).
   */
  bootstrapWork: 200_000_000,
  /** Coders on one text or in one table; the span measures compare every pair of them. */
  maxCoders: 200,
  /** Distinct values (categories or numbers): the coincidence matrix is values × values. */
  maxValues: 1000,
} as const;
