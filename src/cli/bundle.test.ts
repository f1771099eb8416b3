import { execFile } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportOf, transcriptAnnotations, transcriptDocument } from './test-fixtures';
import { tempDir } from './testing';

const exec = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** Runs `node script args…`, resolving to the exit code and output whatever the code. */
async function node(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [script, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// A copy of the package layout (bin/ beside dist-cli/) in a temporary directory, so the
// test does not depend on, or change, the repository's own build.
let root: string;
let good: string;

beforeAll(async () => {
  root = await tempDir();
  await mkdir(join(root, 'bin'));
  await copyFile(join(ROOT, 'bin', 'workbench.cjs'), join(root, 'bin', 'workbench.cjs'));
  const doc = transcriptDocument();
  good = join(root, 'good.json');
  await writeFile(good, exportOf(doc, transcriptAnnotations(doc)));
}, 30_000);

describe('the built command', () => {
  it('says how to build it when the bundle is missing, and exits 2', async () => {
    const result = await node(join(root, 'bin', 'workbench.cjs'), ['--help']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('workbench: the command line is not built yet; run `npm run build:cli` first.\n');
  });

  it('bundles with scripts/build-cli.mjs and validates a file end to end', async () => {
    const built = await node(join(ROOT, 'scripts', 'build-cli.mjs'), [join(root, 'dist-cli', 'workbench.cjs')]);
    expect(built.code).toBe(0);
    const result = await node(join(root, 'bin', 'workbench.cjs'), ['validate', good]);
    expect(result).toEqual({ code: 0, stdout: `${good}: valid: 5 annotations read (W3C Web Annotation).\n`, stderr: '' });
    const usage = await node(join(root, 'bin', 'workbench.cjs'), ['validate']);
    expect(usage.code).toBe(2);
  }, 30_000);
});
