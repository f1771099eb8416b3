/**
 * Reads the files a researcher chose to import and converts each one, reporting every file's
 * outcome: a bad file gives a refusal in its place and does not stop the others. The bytes are
 * parsed off the main thread: the desktop app passes `convertOffThread` (a worker thread with a
 * time and memory budget) as `convert`.
 */
import { basename, join } from 'node:path';
import type { ImportedFile } from '../../shared/ipc';
import { refuseBeforeReading } from '../../shared/formats/convert';
import { describeFsError } from '../../node/fs-errors';
import { convertOffThread } from '../../node/convert-off-thread';

/**
 * The conversion worker, built beside the main bundle (`electron.vite.config.ts`): this module
 * is bundled into `out/main/index.js`, so at run time `__dirname` is `out/main`.
 */
export const CONVERT_WORKER = join(__dirname, 'convert-worker.js');

/** Converts in the built worker thread, with the time and memory budgets of `limits.ts`. */
export function convertInWorker(name: string, bytes: Uint8Array): Promise<ImportedFile> {
  return convertOffThread(CONVERT_WORKER, name, bytes);
}

/** File-system functions and the converter used; `node:fs/promises` `readFile` and `stat` fit. */
export interface ImportFileDeps {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  /** Converts one file's bytes (never rejecting); `convertInWorker` when not given. */
  convert?(name: string, bytes: Uint8Array): Promise<ImportedFile>;
}

/**
 * Reads and converts each path in order, one at a time (files may be 50 MB each). A file is
 * first checked by name and size (an over-size file is never read), then read and converted;
 * file-system failures become sentences from `describeFsError`. Returns one entry per path.
 */
export async function readImportFiles(paths: string[], deps: ImportFileDeps): Promise<ImportedFile[]> {
  const results: ImportedFile[] = [];
  for (const path of paths) {
    results.push(await readOne(path, deps));
  }
  return results;
}

async function readOne(path: string, deps: ImportFileDeps): Promise<ImportedFile> {
  const name = basename(path);
  try {
    const byName = refuseBeforeReading(name);
    if (byName) return byName;
    const info = await deps.stat(path);
    if (!info.isFile()) return { name, ok: false, error: `“${name}” is not a file, so it cannot be imported.` };
    const bySize = refuseBeforeReading(name, info.size);
    if (bySize) return bySize;
    const bytes = await deps.readFile(path);
    return await (deps.convert ?? convertInWorker)(name, bytes);
  } catch (error) {
    return { name, ok: false, error: describeFsError(error, path) };
  }
}
