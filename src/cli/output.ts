/**
 * All-or-nothing output: every file is first written under a temporary name in the target
 * directory, and only when all were written are they renamed into place. On failure the
 * temporary files (and a directory this call created) are removed, so no partial output is
 * left behind.
 */
import { join } from 'node:path';
import { type CliIo, CliError, EXIT } from './io';
import { fsErrorReason } from '../node/fs-errors';

/** One file to write: its name inside the target directory and its content. */
export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/** A short random tag for temporary names, so concurrent runs do not collide. */
function tempTag(io: CliIo): string {
  const id = io.newId?.() ?? Math.random().toString(36).slice(2);
  return id.replace(/[^A-Za-z0-9]/g, '').slice(0, 12);
}

/** Removes files and, when this call created it, the directory; never throws. */
async function cleanUp(io: CliIo, temps: readonly string[], createdDir: string | undefined): Promise<void> {
  for (const t of temps) await io.rm(t, { force: true }).catch(() => undefined);
  if (createdDir !== undefined) await io.rm(createdDir, { force: true, recursive: true }).catch(() => undefined);
}

/**
 * Writes `files` into `dir` (created when missing), all or nothing. Failures are reported as
 * a `CliError` (exit code 1) naming the file.
 */
export async function writeAllOrNothing(io: CliIo, dir: string, files: readonly OutputFile[]): Promise<string[]> {
  let createdDir: string | undefined;
  try {
    createdDir = await io.mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`Cannot create the output directory “${dir}”: ${fsErrorReason(error)}.`, EXIT.invalid);
  }
  const tag = tempTag(io);
  const plan = files.map((f) => ({ final: join(dir, f.name), temp: join(dir, `.${f.name}.${tag}.tmp`), content: f.content }));
  const written: string[] = [];
  for (const p of plan) {
    try {
      written.push(p.temp);
      await io.writeFile(p.temp, p.content);
    } catch (error) {
      await cleanUp(io, written, createdDir);
      throw new CliError(`Cannot write “${p.final}”: ${fsErrorReason(error)}. Nothing was written.`, EXIT.invalid);
    }
  }
  for (let i = 0; i < plan.length; i++) {
    try {
      await io.rename(plan[i].temp, plan[i].final);
    } catch (error) {
      await cleanUp(io, written.slice(i), undefined);
      const done = i === 0 ? 'Nothing was written.' : `Already in place: ${plan.slice(0, i).map((p) => p.final).join(', ')}.`;
      throw new CliError(`Cannot write “${plan[i].final}”: ${fsErrorReason(error)}. ${done}`, EXIT.invalid);
    }
  }
  return plan.map((p) => p.final);
}
