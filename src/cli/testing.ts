/**
 * Test support for the command line (used by `*.test.ts` only): a real-file-system `CliIo`
 * that captures stdout and stderr, and temporary directories.
 */
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from './io';

/** A `CliIo` on the real file system, with what was printed and fixed time and ids. */
export interface CapturedIo extends CliIo {
  out: string[];
  err: string[];
}

/** Makes a captured io; `overrides` replace single operations (e.g. a failing writeFile). */
export function capturedIo(overrides: Partial<CliIo> = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  let n = 0;
  return {
    out,
    err,
    readFile: (path) => readFile(path),
    writeFile: (path, data) => writeFile(path, data),
    rename: (from, to) => rename(from, to),
    mkdir: (path, options) => mkdir(path, options),
    rm: (path, options) => rm(path, options),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    now: () => new Date('2024-06-01T12:00:00.000Z'),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    version: '9.9.9',
    ...overrides,
  };
}

/** A fresh temporary directory. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'workbench-cli-'));
}

/** The names in a directory, sorted; [] when it does not exist. */
export async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}
