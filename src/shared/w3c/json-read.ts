/** Small helpers for reading untyped JSON safely (no `any`). */

/** A JSON object. */
export type Obj = { [key: string]: unknown };

/** True for a plain JSON object (not an array, not null). */
export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON-LD value that may be one item or an array, as an array (absent → empty). */
export function many(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** True when `types` (a JSON-LD `type` value) contains `name`. */
export function hasType(types: unknown, name: string): boolean {
  // Called several times per annotation: no array is made for the usual single value.
  return types === name || (Array.isArray(types) && types.includes(name));
}

/** The first string among a value or array of values, or null. */
export function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') return v;
  return null;
}

/** A thrown error that names the property at fault, caught per annotation by the readers. */
export class PropertyError extends Error {
  constructor(
    readonly property: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * `error` moved inside `where`: a PropertyError for `exact` thrown while reading
 * `target.selector[0]` becomes one for `target.selector[0].exact`; other errors come back as
 * they are. Readers catch and re-throw with this, so that the path of a property is only built
 * when something is wrong and reading good annotations makes no message strings.
 */
import { UTC_TIME } from '../patterns';
export function inside(error: unknown, where: string): Error {
  if (!(error instanceof PropertyError)) return error instanceof Error ? error : new Error(String(error));
  return new PropertyError(error.property === '' ? where : `${where}.${error.property}`, error.message);
}

/**
 * A date-time as ISO 8601 UTC ending in `Z`, or '' when absent. A time with an offset is
 * converted to UTC; an unreadable one throws a PropertyError for `property`.
 */
export function utcTime(value: unknown, property: string): string {
  if (value === undefined || value === null || value === '') return '';
  const text = firstString(value);
  if (text === null) throw new PropertyError(property, 'is not a date-time string');
  if (UTC_TIME.test(text)) return text;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new PropertyError(property, `“${text}” is not an ISO 8601 date-time`);
  return new Date(ms).toISOString();
}

/** A non-negative integer at `property`, or a PropertyError. */
export function offset(value: unknown, property: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new PropertyError(property, 'must be a non-negative whole number');
  return value;
}

/** An optional string at `property` ('' when absent), or a PropertyError. */
export function optionalString(value: unknown, property: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new PropertyError(property, 'must be a string');
  return value;
}

/**
 * True when JSON text nests arrays and objects deeper than `max` (strings skipped). Checked
 * before parsing: the parser copes with any depth, but what walks the result afterwards
 * (structured clone to a worker, JSON.stringify, recursive checks) may not.
 */
export function nestsDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, escapes included.
      for (i++; i < json.length; i++) {
        const d = json.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
