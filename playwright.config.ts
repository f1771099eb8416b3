import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumExecutable } from './e2e/browser';

/** Playwright's own Chromium if installed; else a system one; else stop with one line. */
function executablePath(): string | undefined {
  let bundled: string;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  const system = chromiumExecutable();
  if (!system) {
    console.error('No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  return system;
}

/** E2E_PORT lets parallel runs use separate servers. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests of the built renderer (the browser twin) in Chromium, plus the Electron spec. */
export default defineConfig({
  testDir: 'e2e',
  // Parallel runs (E2E_PORT) keep their own output folders.
  outputDir: process.env.E2E_PORT ? `test-results/e2e-${process.env.E2E_PORT}` : 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: executablePath(), args: chromiumArgs() },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
