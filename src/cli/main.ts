/**
 * The `workbench` command's entry point: runs `run` with the real file system and process.
 * Bundled by `scripts/build-cli.mjs` into `dist-cli/workbench.cjs`, which `bin/workbench.cjs`
 * loads.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { APP_INFO } from '../shared/app-info';
import { run } from './run';

/** The real input and output of the command. */
const io = {
  readFile: (path: string) => readFile(path),
  writeFile: (path: string, data: string | Uint8Array) => writeFile(path, data),
  rename,
  mkdir: (path: string, options: { recursive: true }) => mkdir(path, options),
  rm: (path: string, options: { force: true; recursive?: boolean }) => rm(path, options),
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  newId: randomUUID,
  version: APP_INFO.version,
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`workbench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
