/**
 * Builds the conversion worker (`convert-worker.ts`) into one CommonJS file with esbuild, for
 * tests that run the real worker thread under Node (the app's build makes its own copy).
 */
import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles the worker into `dir` and returns the path of the built file. */
export async function buildConvertWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'convert-worker.cjs');
  await build({
    entryPoints: [join(__dirname, 'convert-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}
