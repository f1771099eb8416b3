import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/csp-plugin';

/**
 * The desktop build: out/main (ESM is avoided: the package is CommonJS), out/preload (one
 * CommonJS file, which a sandboxed preload requires), out/renderer (the same renderer that
 * `npm run web` serves).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The worker thread that parses imported files is a file of its own (src/node/convert-off-thread.ts).
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), 'convert-worker': resolve(__dirname, 'src/node/convert-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: resolve(__dirname, 'src/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), cspPlugin()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
