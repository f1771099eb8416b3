/**
 * Small rules that several layers check, written once: the patterns of absolute IRIs, UTC
 * times, colours and backup file names, and the base name of a path from any system.
 */

/** An absolute IRI: a scheme (`https:`, `urn:`, `ni:`), then anything. */
export const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:/i;

/** Characters an IRI may not contain (RFC 3987: spaces, quotes, angle and curly brackets, …). */
export const IRI_FORBIDDEN = /[\s"<>{}|\\^`]/;

/** An absolute IRI: a scheme, a colon, and none of the forbidden characters (RFC 3987 in outline). Rejects `_:b0`. */
export function isAbsoluteIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value) && !IRI_FORBIDDEN.test(value);
}

/** An ISO 8601 date-time in UTC written with `Z` (`2024-05-02T09:31:12Z`, fractions allowed). */
export const UTC_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

/** A colour as six hex digits (`#1a2b3c`), the codebook's form. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Names of the desktop app's backup files: `workspace-YYYYMMDD-HHMMSS-mmm.json`, in UTC so they sort by time. */
export const BACKUP_FILE_NAME = /^workspace-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.json$/;

/** The last component of a path written with `/` or `\` (a file's name, whatever system named it). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
