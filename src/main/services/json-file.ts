/**
 * A small JSON file in the user-data folder (window state, recent documents, the quit notice):
 * read as "nothing" when absent or unreadable, written atomically.
 */
import * as fsp from 'node:fs/promises';
import { writeFileAtomic } from '../../node/atomic-write';

/** File operations a JSON file needs; `node:fs/promises` plus the atomic writer by default. */
export interface JsonFileFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The real file system. */
export const nodeJsonFileFs: JsonFileFs = {
  readFile: (path, encoding) => fsp.readFile(path, encoding),
  writeFile: (path, data) => writeFileAtomic(path, data),
  unlink: (path) => fsp.unlink(path),
};

/** The parsed content, or null when the file is missing, unreadable or not JSON. */
export async function readJsonFile(fs: JsonFileFs, path: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}
