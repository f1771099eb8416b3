import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/csp-plugin';

/**
 * The browser twin: the same renderer as the desktop app, built into out/renderer and served
 * on localhost (`npm run web`, and the end-to-end tests).
 */
export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react(), cspPlugin()],
  // WORKBENCH_WEB_OUT lets parallel test runs build and serve their own copy.
  build: { outDir: process.env.WORKBENCH_WEB_OUT ?? resolve(__dirname, 'out/renderer'), emptyOutDir: true },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 5173, strictPort: true, host: '127.0.0.1' },
});
