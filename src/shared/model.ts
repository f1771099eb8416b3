/**
 * The workbench's domain model, shared by the renderer, the main process and the command line.
 *
 * Offsets: every `start`/`end` stored in the model counts UTF-16 code units (JavaScript string
 * indices) into the document's canonical text (see `text/canonical.ts`), half-open `[start, end)`.
 * Exchange formats that count Unicode code points (W3C Web Annotation, the dataset tables)
 * convert at their boundary with `text/offsets.ts`.
 */

/** A codebook category, e.g. "claim". `id` is stable: renaming changes `label` only. */
export interface Category {
  id: string;
  label: string;
  /** One-line definition shown to coders. */
  definition: string;
  /** CSS colour, `#rrggbb`. */
  colour: string;
  /** A single key (`1`…`9`, a letter) that tags the current selection; empty for none. */
  shortcut: string;
  /** Position in the codebook, ascending. */
  order: number;
  /** A retired category keeps its annotations but cannot be used for new tags. */
  retired: boolean;
}

/** A document in the library. The text is canonical and never changes after import. */
export interface DocumentRecord {
  id: string;
  title: string;
  /** Canonical text (decoded, no BOM, LF line ends, NFC). */
  text: string;
  /** Lower-case hex SHA-256 of the canonical text encoded as UTF-8. */
  hash: string;
  /** Name of the file it was imported from, if any. */
  sourceName: string;
  /** ISO 8601 UTC time of import. */
  importedAt: string;
  /** ISO 8601 UTC time the document was last opened in the reader; empty when never. */
  lastOpenedAt: string;
}

/** Where an annotation stands relative to its document's text. */
export type AnnotationStatus = 'placed' | 'orphan';

/** One coded span: one category on one span of one document. */
export interface Annotation {
  /** A UUID, generated on the client so that a repeated write is idempotent. */
  id: string;
  documentId: string;
  categoryId: string;
  /** UTF-16 offsets into the canonical text, half-open. Meaningless for orphans. */
  start: number;
  end: number;
  /** The exact quote and up to 32 code points of context either side, for re-anchoring. */
  exact: string;
  prefix: string;
  suffix: string;
  memo: string;
  /** The coder's name. */
  coder: string;
  /** ISO 8601 UTC times ending in `Z`. */
  created: string;
  modified: string;
  status: AnnotationStatus;
  /**
   * Set on an annotation placed by an approximate match when it was imported, until the user
   * confirms its place or sets it anew ("check placement"); absent otherwise.
   */
  check?: true;
}

/** Number of code points of prefix and suffix kept beside each quote. */
export const CONTEXT_LENGTH = 32;
