/** Types of the re-anchoring API (implemented in `anchor.ts`). Offsets are UTF-16 units. */

/** What is known of an annotation's place: its quote with context, and maybe a position. */
export interface AnchorHint {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the span was in the text it was made on (UTF-16 units), if known. */
  start?: number;
  end?: number;
}

/**
 * How an annotation was placed: `exact` at its recorded position, `moved` by an exact quote
 * match elsewhere, `fuzzy` by an approximate match, or `orphan` when it could not be placed.
 */
export type AnchorKind = 'exact' | 'moved' | 'fuzzy' | 'orphan';

/** The outcome for one hint. `start`/`end` are -1 for orphans. */
export interface AnchorResult {
  kind: AnchorKind;
  start: number;
  end: number;
  /** Match quality in [0, 1]; 1 for exact and moved. */
  score: number;
}

/** Counts per kind, as shown in import reports. */
export type AnchorCounts = Record<AnchorKind, number>;
