import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// `npm run test:e2e` builds with electron-vite first; this checks what the desktop app loads.
test('electron-vite build produces main, a CommonJS preload and the renderer', () => {
  const out = join(process.cwd(), 'out');
  expect(existsSync(join(out, 'main/index.js'))).toBe(true);
  expect(existsSync(join(out, 'renderer/index.html'))).toBe(true);
  const preload = readFileSync(join(out, 'preload/index.cjs'), 'utf8');
  expect(preload).toMatch(/require\("electron"\)/);
  expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  // The preload exposes the bridge and never ipcRenderer itself.
  expect(preload).toContain('exposeInMainWorld("workbench"');
  expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  const html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
  expect(html).toContain('Content-Security-Policy');
});
