/**
 * Runs one of the TypeScript tools in scripts/ with plain Node 20: bundles it with esbuild into
 * node_modules/.cache and loads the bundle. Arguments after the entry are passed on.
 *
 * Usage: node scripts/run-ts.mjs scripts/desktop/start.ts [ARGS…]
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS…]');
  process.exit(2);
}
const outDir = join(root, 'node_modules', '.cache', 'workbench-scripts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry, '.ts')}.cjs`);
try {
  await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
} catch {
  process.exit(1); // esbuild has printed the errors
}
// The tools find the project through this, wherever the bundle sits (tests point it elsewhere).
process.env.WORKBENCH_ROOT ??= root;
process.env.WORKBENCH_SCRIPTS = join(root, 'scripts');
process.argv.splice(1, 2, outfile);
await import(pathToFileURL(outfile).href);
