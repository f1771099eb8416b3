/**
 * Names of the REFI-QDA exchange format (QDA-XML 1.0, REFI-QDA specification 1.5) that the
 * export and the import share.
 */

/** Namespace of `project.qde` inside a `.qdpx`. */
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';

/** Namespace of a `.qdc` codebook. */
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

/** The project file inside a `.qdpx`. */
export const PROJECT_ENTRY = 'project.qde';

/** The folder of a `.qdpx` that holds internal files (`internal://NAME` is `sources/NAME`). */
export const SOURCES_FOLDER = 'sources';

/** Scheme of files inside the archive. */
export const INTERNAL_SCHEME = 'internal://';

/**
 * A memo longer than this (in characters) is also written as a `Note` referenced from its
 * selection: some packages show only the start of a `Description`, none truncates a note.
 */
export const LONG_MEMO_CHARS = 255;

/** The schema's `xsd:dateTime` (what the export writes; the import reads more leniently). */
export const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
