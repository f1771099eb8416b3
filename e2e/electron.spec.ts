import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The desktop app itself. Electron ≥ 42 downloads its binary on first start; where it has not
 * been downloaded (CI machines without internet), this spec is skipped with the reason printed.
 * Requiring the `electron` package would try the download, so the path is read directly.
 */
function electronBinary(): { path: string | null; reason: string } {
  const dir = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) return { path: null, reason: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing); run `npm start` once with internet access' };
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const full = override ? join(override, relative) : join(dir, 'dist', relative);
  return existsSync(full) ? { path: full, reason: '' } : { path: null, reason: `the Electron binary is not at ${full}` };
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(!binary.path, `Skipped: ${binary.reason}.`);
  if (!binary.path) console.log(`electron.spec: skipped because ${binary.reason}.`);

  test('opens the sample in a locked-down window and keeps data across restarts', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
    try {
      const launch = () =>
        electron.launch({
          executablePath: binary.path!,
          args: ['--no-sandbox', join(process.cwd(), 'out/main/index.js')],
          env: { ...process.env, WORKBENCH_USER_DATA: userData },
        });
      let app = await launch();
      let page = await app.firstWindow();
      // No Node in the page (nodeIntegration off, sandboxed, isolated): only the bridge.
      expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
      expect(await page.evaluate(() => Object.keys((globalThis as unknown as { workbench: object }).workbench).sort())).toEqual(
        ['importDocuments', 'listBackups', 'onMenuCommand', 'openFile', 'readBackup', 'saveFile', 'saveTables', 'writeBackup'],
      );
      await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Ana');
      await page.getByRole('button', { name: 'Save name' }).click();
      await expect(page.getByRole('textbox', { name: /Reader: Sample/ })).toContainText('Good afternoon.');
      // window.open is denied.
      expect(await page.evaluate(() => globalThis.open('https://example.org/') === null)).toBe(true);
      await app.close();
      app = await launch();
      page = await app.firstWindow();
      await expect(page.getByRole('button', { name: 'Coder: Ana. Change coder name' })).toBeVisible();
      await app.close();
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
