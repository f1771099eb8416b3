/**
 * What the command line needs from the outside world, passed in so that `run` can be tested
 * with real temporary directories and a captured stdout/stderr, and the errors it exits with.
 */

/** File system and console access used by the commands (node:fs/promises shapes). */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Like `fs.mkdir(path, { recursive: true })`: resolves to the first directory created, if any. */
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  rm(path: string, options: { force: true; recursive?: boolean }): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The current time; defaults to the system clock. */
  now?: () => Date;
  /** A fresh UUID for written collections; defaults to `crypto.randomUUID`. */
  newId?: () => string;
  /** The workbench version written as the generator of collections. */
  version?: string;
}

/** Exit codes: success, invalid data, usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A failure that ends the command with a message and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error (unknown command or option, missing argument or file): exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** Invalid data in a file the user gave: exit code 1. */
export function dataError(message: string): CliError {
  return new CliError(message, EXIT.invalid);
}
