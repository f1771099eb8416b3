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
  /**
   * Coding rules under the definition (from adjudication: "a reason saved as a rule"), each with
   * the quote it was decided on as its example; absent when there are none.
   */
  rules?: CategoryRule[];
}

/** A rule for applying a category, kept under its definition in the codebook. */
export interface CategoryRule {
  /** A UUID. */
  id: string;
  /** The rule, in the words of whoever adjudicated. */
  text: string;
  /** The quote it was decided on. */
  example: string;
  /** ISO 8601 UTC time ending in `Z`. */
  created: string;
}

/** What a coder is: a person, or a group's consensus (the layer adjudication writes). */
export type CoderKind = 'person' | 'consensus';

/**
 * Someone whose annotations form a layer. `id` is stable for life (a UUID, exported as the W3C
 * `creator.id` `urn:uuid:…`); renaming changes `name` only.
 */
export interface Coder {
  id: string;
  /** The name shown and exported. */
  name: string;
  kind: CoderKind;
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

/** What an adjudication decided for a place where coders differ. */
export type AdjudicationDecision = 'accepted' | 'written' | 'unresolved';

/**
 * A decision on a place where coders differ (see `compare/compare-layers.ts`). What it decides
 * is written into the consensus layer as annotations (`annotationIds`); the record keeps the
 * decision itself, including "accepted a version that marks nothing" and "unresolved", which
 * leave no annotation.
 */
export interface Adjudication {
  /** A UUID. */
  id: string;
  documentId: string;
  /** The place, UTF-16 offsets of the canonical text (the union of the versions' spans). */
  start: number;
  end: number;
  decision: AdjudicationDecision;
  /** With `accepted`: the coder whose version was taken. */
  acceptedCoderId?: string;
  /** Why, in the adjudicator's words ('' for none). */
  reason: string;
  /** The consensus layer's annotations this decision wrote. */
  annotationIds: string[];
  /** Who decided (a coder id), and when (ISO 8601 UTC ending in `Z`). */
  editorId: string;
  modified: string;
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
  /** Id of the coder whose annotation this is, for life: no edit changes it (see `coders/rules.ts`). */
  coderId: string;
  /**
   * The coder's name when the record was last written. The coders table is the truth (a rename
   * changes only the table); this is the fallback where a coder record is missing.
   */
  coder: string;
  /**
   * Id of the coder who made the last change (`modified`): the coder, or, in a consensus layer,
   * whoever adjudicated. Workbench data only (W3C has no such property).
   */
  editorId: string;
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
