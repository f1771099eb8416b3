/** A value or a sentence saying what went wrong: what crosses every boundary (IPC, parsers). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a user-facing message as a failure. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
