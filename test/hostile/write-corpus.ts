/**
 * Writes the hostile corpus and the texts it is placed on into a folder: what the command-line
 * test, the browser test and `npm run hostile:corpus` work from.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../../src/shared/text/canonical';
import { SAMPLE_TEXT } from '../../src/shared/sample-document';
import { collection, w3c } from './build';
import { HOSTILE_CASES, type CasePaths } from './cases';

/** The files every case may use besides its own. */
export interface CorpusFiles {
  dir: string;
  probe: string;
  sample: string;
  big: string;
  repetitive: string;
}

/** Writes every case (and the probe and sample) into `dir`; returns the shared paths. */
export function writeCorpus(dir: string): CorpusFiles {
  mkdirSync(dir, { recursive: true });
  for (const c of HOSTILE_CASES) writeFileSync(join(dir, c.file), c.bytes());
  const sample = join(dir, 'sample-briefing.txt');
  writeFileSync(sample, canonicalText(SAMPLE_TEXT));
  const probe = join(dir, 'probe.json');
  writeFileSync(probe, collection([w3c('22222222-0000-4000-8000-000000000001')]));
  return { dir, probe, sample, big: join(dir, 'hostile-big-text.txt'), repetitive: join(dir, 'hostile-repetitive.txt') };
}

/** The paths of one case's run; `out` is fresh for each run. */
export function casePaths(files: CorpusFiles, file: string, out: string): CasePaths {
  return { file: join(files.dir, file), out, probe: files.probe, sample: files.sample, big: files.big, repetitive: files.repetitive };
}
