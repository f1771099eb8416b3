/**
 * The hostile corpus through the command line (issue 15): every case exits with the expected
 * code and message, writes nothing when it fails, and stays under 10 s and 1 GB — run as the
 * real bundle in its own process, with V8's heap capped at 1 GB.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from './hostile/cases';
import { casePaths, writeCorpus, type CorpusFiles } from './hostile/write-corpus';

const ROOT = join(__dirname, '..');
const TIME_LIMIT_MS = 10_000;
const MEMORY_LIMIT_KB = 1024 * 1024;

let work: string;
let bundle: string;
let files: CorpusFiles;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
  bundle = join(work, 'workbench.cjs');
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), bundle], { cwd: ROOT });
  files = writeCorpus(join(work, 'corpus'));
}, 120_000);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssKb: number;
  killed: boolean;
}

function runCli(args: string[]): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=1024', join(__dirname, 'hostile', 'measure.cjs'), bundle, ...args],
      { timeout: TIME_LIMIT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number | string; killed?: boolean }) | null;
        const rss = /\[maxrss-kb (\d+)\]/.exec(stderr);
        resolve({
          code: typeof failed?.code === 'number' ? failed.code : failed ? -1 : 0,
          stdout,
          stderr: stderr.replace(/\n\[maxrss-kb \d+\]\n$/, ''),
          ms: Date.now() - started,
          maxRssKb: rss ? Number(rss[1]) : Number.POSITIVE_INFINITY,
          killed: failed?.killed === true,
        });
      },
    );
  });
}

describe('the hostile corpus on the command line', () => {
  it('has at least 60 cases, each with a file of its own', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CASES.map((c) => c.file)).size).toBe(HOSTILE_CASES.length);
  });

  it.each(HOSTILE_CASES.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    for (const [i, run] of c.cli.entries()) {
      const out = join(work, 'out', `${c.file}-${i}`, run.args(casePaths(files, c.file, 'x')).includes('anchor') ? 'out.json' : 'tables');
      const args = run.args(casePaths(files, c.file, out));
      const ran = await runCli(args);
      const what = `${c.file} (${c.what}): workbench ${args.join(' ').replaceAll(work, '…')}\n${ran.stdout}${ran.stderr}`;
      expect(ran.killed, `${what}\nran past ${TIME_LIMIT_MS} ms`).toBe(false);
      expect(ran.code, what).toBe(run.exit);
      if (run.stdout) expect(ran.stdout, what).toMatch(run.stdout);
      if (run.stderr) expect(ran.stderr, what).toMatch(run.stderr);
      expect(ran.stderr, what).not.toMatch(/unexpected error|heap out of memory|RangeError|Maximum call stack/);
      if (run.wrote !== undefined) expect(existsSync(out), `${what}\noutput ${run.wrote ? 'missing' : 'left behind'}`).toBe(run.wrote);
      run.check?.(out);
      expect(ran.maxRssKb, `${what}\npeak memory ${Math.round(ran.maxRssKb / 1024)} MB`).toBeLessThan(MEMORY_LIMIT_KB);
    }
  }, 60_000);
});
