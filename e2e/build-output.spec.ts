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

// Issue 15, finding 9: whoever sets the app's environment must not be able to point the window
// at another origin (which would then be trusted for IPC). Only a development build may read
// the development server's address.
test('the built main process does not read ELECTRON_RENDERER_URL', () => {
  const main = readFileSync(join(process.cwd(), 'out/main/index.js'), 'utf8');
  expect(main).not.toContain('ELECTRON_RENDERER_URL');
  expect(main).toContain('app://workbench');
});
