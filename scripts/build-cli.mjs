/**
 * Bundles the command line (`src/cli/main.ts`) and everything it imports into one CommonJS
 * file for Node 20+, `dist-cli/workbench.cjs`, which `bin/workbench.cjs` loads.
 *
 * Usage: node scripts/build-cli.mjs [OUTFILE]   (OUTFILE defaults to dist-cli/workbench.cjs)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(process.argv[2] ?? join(root, 'dist-cli', 'workbench.cjs'));

const started = Date.now();
try {
  await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
console.log(`Built ${outfile} in ${Date.now() - started} ms.`);
