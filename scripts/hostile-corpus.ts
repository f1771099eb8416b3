/**
 * Writes the hostile corpus (test/hostile/cases.ts) into a folder, for looking at the files or
 * trying them by hand: `npm run hostile:corpus [DIR]` (default test-results/hostile).
 */
import { join } from 'node:path';
import { HOSTILE_CASES } from '../test/hostile/cases';
import { writeCorpus } from '../test/hostile/write-corpus';

const dir = process.argv[2] ?? join(process.cwd(), 'test-results', 'hostile');
writeCorpus(dir);
for (const c of HOSTILE_CASES) console.log(`${c.file}: ${c.what}`);
console.log(`Wrote ${HOSTILE_CASES.length} hostile files to ${dir}.`);
