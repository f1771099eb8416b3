/**
 * Writes one entry of a zip archive to a file, for CI's checks of exported `.qdpx` projects
 * (`.ci/shared-checks` validates their `project.qde` against the REFI-QDA schema).
 *
 * Usage: node scripts/unzip-entry.mjs ARCHIVE ENTRY OUTFILE
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

const [archive, entry, outFile] = process.argv.slice(2);
if (!archive || !entry || !outFile) {
  process.stderr.write('usage: unzip-entry ARCHIVE ENTRY OUTFILE\n');
  process.exit(2);
}
const files = unzipSync(readFileSync(archive), { filter: (file) => file.name === entry });
if (!files[entry]) {
  process.stderr.write(`${archive} has no entry ${entry}\n`);
  process.exit(1);
}
writeFileSync(outFile, files[entry]);
