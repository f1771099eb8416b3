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

/**
 * Concordance lines a library search sends back and shows (with their count of all hits):
 * enough to read and tag, few enough to sort and draw at once.
 */
export const MAX_CONCORDANCE_ROWS = 5_000;

/**
 * How long a cancelled library search may take to stop before its worker is ended (and the
 * index rebuilt in a fresh one): a regular expression stuck on one long line never yields.
 */
export const SEARCH_CANCEL_GRACE_MS = 1_000;

/**
 * Limits on what one annotation of an imported file may carry. Beyond `maxMemoChars` or
 * `maxQuoteChars`, or with more than `maxCategories` tags, the annotation is not read (a
 * problem naming it, the property and the limit); the rest of the file is.
 */
export const ANNOTATION_LIMITS = {
  /** Characters of a memo (all text bodies together): about 30 pages. */
  maxMemoChars: 100_000,
  /** Characters of the annotated quote (`exact`). */
  maxQuoteChars: 1_000_000,
  /** Categories (tags, classifying bodies) on one annotation. */
  maxCategories: 100,
} as const;

/**
 * Limits on what one annotation or workspace file may bring in as a whole; beyond them the
 * file is refused before anything is written.
 */
export const FILE_LIMITS = {
  /** Distinct categories one file may use or ship (a large grounded-theory codebook has hundreds). */
  maxCategories: 2_000,
  /** Distinct coders named in one file. */
  maxCoders: 1_000,
  /** Documents in one workspace file. */
  maxDocuments: 10_000,
  /** Annotations in one workspace file (a year of a team's coding fits many times over). */
  maxWorkspaceAnnotations: 2_000_000,
  /** Nesting depth of JSON, XML and HTML in an imported file (real files stay under 50). */
  maxDepth: 512,
} as const;

/**
 * Code points of prefix or suffix kept when reading a quote selector: what the workbench
 * writes (`CONTEXT_LENGTH` in `model.ts`). Longer contexts are cut to this when read, and the
 * import report says how many were cut.
 */
export const MAX_CONTEXT_CODE_POINTS = 32;

/**
 * Limits on the text of one imported document, checked while it is extracted (a .docx is
 * never inflated past them), so a small file cannot expand into a huge text.
 */
export const TEXT_LIMITS = {
  /** UTF-16 units of canonical text: the file limit applied to the text. */
  maxChars: MAX_FILE_BYTES,
  /** Lines (paragraphs) of one document; the reader holds one node per line. */
  maxLines: 500_000,
  /** Bytes of XML inflated from one .docx (its main document part and the parts it needs). */
  maxDocxXmlBytes: 128 * 1024 * 1024,
  /** Entries in a .docx archive (Word writes a few dozen). */
  maxDocxEntries: 10_000,
  /** Bytes of a .docx's package relationships part, read to find the main document (Word writes a few hundred). */
  maxDocxRelationshipsBytes: 1024 * 1024,
} as const;

/**
 * Work bounds of re-anchoring: a file can make its own import slow, never the app.
 * `workPerAnnotation` counts elementary steps (a character compared, a 32-unit block of the
 * approximate search advanced by one character); an annotation whose searches would exceed it
 * stops searching and, unless placed already, becomes an orphan.
 */
export const ANCHOR_LIMITS = {
  /** Steps one annotation's searches may take (about 0.2 s on a laptop). */
  workPerAnnotation: 20_000_000,
  /** Steps all annotations of one file may take together (about 20 s). */
  workPerFile: 2_000_000_000,
  /** Exact occurrences of a quote looked at; a quote found more often is told apart by context among these. */
  maxOccurrences: 10_000,
  /** Distinct places an approximate search scores (each costs a reverse search of the quote). */
  maxFuzzyPlaces: 32,
  /** UTF-16 units of a quote searched approximately; longer quotes are only matched exactly. */
  maxFuzzyQuote: 8_192,
} as const;

/** Time budgets of work done off the interface thread on untrusted input. */
export const TIME_LIMITS = {
  /** Milliseconds to convert one document file (read, decode, extract) before it is refused. */
  convertMs: 30_000,
  /** Milliseconds to place one file's annotations on a document before the import is refused. */
  placeMs: 120_000,
  /** Milliseconds to read one annotation or workspace file (JSON, checks) before it is refused. */
  parseMs: 60_000,
} as const;

/** Megabytes of heap a worker converting one untrusted document file may use (desktop). */
export const WORKER_HEAP_MB = 1_024;

/**
 * Limits of a REFI-QDA import (`.qdpx` project or `.qdc` codebook, `src/shared/qdpx/`). Sizes
 * of what is inflated are counted while inflating, never taken from the zip's own headers, so a
 * zip bomb stops at the first byte over a limit. Beyond any of these the file is refused as a
 * whole with a message naming the file, the item and the limit.
 */
export const QDPX_LIMITS = {
  /** Bytes of the `.qdpx` file itself. Media inside it is never inflated, only skipped. */
  maxArchiveBytes: 1024 * 1024 * 1024,
  /** Entries in the zip's central directory. */
  maxEntries: 20_000,
  /** Bytes of `project.qde` (or a `.qdc`) once inflated. */
  maxXmlBytes: 200 * 1024 * 1024,
  /** Bytes of one plain-text source once inflated: the document limit. */
  maxSourceBytes: MAX_FILE_BYTES,
  /** Bytes inflated from one archive in total (XML, texts and notes together). */
  maxInflatedBytes: 1024 * 1024 * 1024,
  /** Nesting depth of XML elements (the code hierarchy is the deepest part of a project). */
  maxXmlDepth: 100,
  /** XML elements in one file. */
  maxXmlElements: 5_000_000,
  /** Attributes on one XML element. */
  maxXmlAttributes: 64,
  /** Sources (text, PDF, picture, audio, video) in one project. */
  maxSources: 10_000,
  /** Codes in one codebook, groups included. */
  maxCodes: 20_000,
  /** Users (coders) in one project. */
  maxUsers: 1_000,
  /** Codings in one project: each becomes an annotation, so the annotation-file limit. */
  maxCodings: IMPORT_LIMITS.maxAnnotations,
  /** Characters of one memo (a selection's description with its notes); longer memos are cut and reported. */
  maxMemoChars: 100_000,
  /**
   * Milliseconds the app's REFI-QDA worker may take for one file (reading and placing an
   * import, or writing an export); beyond it the worker is ended, nothing is changed, and the
   * message says so.
   */
  workerMs: 300_000,
} as const;

/** Bytes of a binary file crossing the IPC boundary in one message (a `.qdpx` opened or saved): the largest project an import accepts. */
export const MAX_IPC_BYTES = QDPX_LIMITS.maxArchiveBytes;

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
  /** Milliseconds the app's agreement worker may run before it is stopped and says so. */
  workerMs: 120_000,
} as const;

/** Limits of the comparison of coders' layers (`src/shared/compare`) as the app runs it. */
export const COMPARE_LIMITS = {
  /** Milliseconds the comparison worker may run (one document or the whole library) before it is stopped and says so. */
  workerMs: 60_000,
} as const;

/**
 * Milliseconds `npm start` and `npm run dist` wait for the next byte of the Electron download
 * (or for the first one) before they stop and explain; a slow download that keeps moving is
 * never cut off.
 */
export const ELECTRON_DOWNLOAD_STALL_MS = 30_000;

/**
 * Milliseconds quitting (or closing the window) waits for the renderer to write pending edits
 * and the last backup; beyond it the app quits anyway and the next start says so.
 */
export const QUIT_BACKUP_TIMEOUT_MS = 10_000;

/**
 * Limits of team sync (CouchDB through PouchDB, `shared/sync/`). A document pulled from the
 * server beyond them is not applied: it is listed in the sync log with the reason, and the rest
 * of the sync goes on.
 */
export const SYNC_LIMITS = {
  /** Characters of one pulled document's JSON (an annotation with the longest memo and quote fits). */
  maxDocChars: 4 * 1024 * 1024,
  /** Characters of a document's text pulled as an attachment (as `TEXT_LIMITS.maxChars`). */
  maxTextChars: MAX_FILE_BYTES,
  /** Characters of an id or a user name in a pulled document. */
  maxIdChars: 200,
  /** Characters of a server URL, a database or a user name typed into the Team sync dialog. */
  maxSettingChars: 2_000,
  /** Outbox entries pushed to the server in one request (and deferred documents asked for again at once). */
  batchSize: 2_000,
  /**
   * Documents in the first page pulled from the server; each next page doubles, up to
   * `maxPullPage` (the first annotations show at once, the rest comes in few writer transactions:
   * annotations are stored in packs, so fewer, larger pages rewrite each pack fewer times).
   */
  firstPullPage: 500,
  /** Most documents pulled in one page (one request, one writer transaction): 8,000 annotations are about 25 MB of JSON. */
  maxPullPage: 8_000,
  /**
   * Bytes of one answer of the server read for a pull (a page is halved until it fits; a document
   * that alone is larger is refused by id), and of the texts fetched with one page (past it the
   * page ends before the next text, which begins the next page).
   */
  maxPageBytes: 64 * 1024 * 1024,
  /** Milliseconds a page of the server may take to arrive and be checked (in its worker) before it is given up and tried again. */
  pullPageMs: 120_000,
  /** Milliseconds one wait for the server's next change lasts (CouchDB's long poll); then the wait starts again. */
  watchMs: 30_000,
  /** Milliseconds between checks when nothing happens (the server's live feed wakes sync at once). */
  idleCheckMs: 10_000,
  /** Longest wait in milliseconds before trying the server again after a failure (500 ms, doubling). */
  retryMaxMs: 5_000,
  /** Entries kept in the sync log of what arrived from whom (older ones are dropped). */
  maxLogEntries: 200,
  /** Milliseconds the Test connection button waits for the server. */
  connectTimeoutMs: 10_000,
} as const;
