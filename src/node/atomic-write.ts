/**
 * Writing a file so that a crash, a full disk or a power cut leaves either the old content or
 * the new, never a truncated mix.
 *
 * Written directly on `node:fs/promises` rather than with the `write-file-atomic` package:
 * it lets tests inject failing operations through plain dependencies, it fsyncs the folder
 * after the rename (so the rename itself survives a power cut), and it is thirty lines we can
 * read. It does not copy the old file's owner or mode, which the workbench's files do not need.
 */
import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The part of a `FileHandle` the write uses. */
export interface WritableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** File-system operations `writeFileAtomic` uses; defaults to `node:fs/promises`. */
export interface AtomicWriteDeps {
  open(path: string, flags: string): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The real file system. */
export const nodeAtomicWriteDeps: AtomicWriteDeps = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
};

/** True for the temporary files this module creates (`.name.<uuid>.tmp`), for clean-up tools. */
export function isAtomicTempName(name: string): boolean {
  return /^\..+\.[0-9a-f-]{36}\.tmp$/.test(name);
}

/**
 * Writes `data` (a string is written as UTF-8) to `path` atomically: into a new temporary file
 * in the same folder, flushed to disk, then renamed over `path`, then the folder flushed where
 * the platform allows it. On any failure the temporary file is removed, the error is rethrown
 * and an existing file at `path` is untouched.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  deps: AtomicWriteDeps = nodeAtomicWriteDeps,
): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomUUID()}.tmp`);
  let handle: WritableHandle | undefined;
  try {
    handle = await deps.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    const opened = handle;
    handle = undefined;
    await opened.close();
    await deps.rename(temp, path);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await deps.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dir, deps);
}

/** Flushes a folder's entries; Windows cannot open folders for this, which is not an error. */
async function syncFolder(dir: string, deps: AtomicWriteDeps): Promise<void> {
  let handle: WritableHandle | undefined;
  try {
    handle = await deps.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows, EINVAL on some network file systems: the data is already renamed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
