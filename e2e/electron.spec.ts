import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../src/shared/ipc';
import { panel, selectWithMouse } from './helpers';

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

/** Starts the built app with its own profile folder. */
function launch(userData: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary.path!,
    args: ['--no-sandbox', join(process.cwd(), 'out/main/index.js')],
    env: { ...process.env, WORKBENCH_USER_DATA: userData },
  });
}

/** Chooses a native menu item by its id (the menu definition's command id), as a click would. */
async function chooseMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    item.click();
  }, id);
}

async function answerCoder(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Save name' }).click();
}

test.describe('desktop app (Electron)', () => {
  test.skip(!binary.path, `Skipped: ${binary.reason}.`);
  if (!binary.path) console.log(`electron.spec: skipped because ${binary.reason}.`);

  test('a locked-down window with exactly the bridge of the IPC contract', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
    try {
      const app = await launch(userData);
      const page = await app.firstWindow();
      // No Node in the page (nodeIntegration off, sandboxed, isolated): only the bridge.
      expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
      expect(await page.evaluate(() => Object.keys((globalThis as unknown as { workbench: object }).workbench).sort())).toEqual(
        [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort(),
      );
      // window.open is denied.
      expect(await page.evaluate(() => globalThis.open('https://example.org/') === null)).toBe(true);
      // The native menu is the menu: the in-page one is not drawn.
      await answerCoder(page);
      await expect(page.getByRole('button', { name: 'File', exact: true })).toHaveCount(0);
      await app.close();
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });

  test('import through the menu and a stubbed dialog, tag, quit, start again: the tag is there and a backup was written', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
    const documents = mkdtempSync(join(tmpdir(), 'workbench-docs-'));
    const file = join(documents, 'round-trip.txt');
    writeFileSync(file, 'Minister: The harbour stays open. We demand a written answer by Friday.\n');
    try {
      let app = await launch(userData);
      let page = await app.firstWindow();
      await answerCoder(page);
      await app.evaluate(({ dialog }, path) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
      }, file);
      await chooseMenu(app, 'import-documents');
      await expect(page.getByRole('textbox', { name: /Reader: round-trip/ })).toContainText('The harbour stays open.');
      await page.keyboard.press('Escape'); // the import report, if shown
      await selectWithMouse(page, 'The harbour stays open');
      await page.keyboard.press('1');
      await expect(panel(page).getByRole('listitem', { name: /^claim: The harbour stays open/ })).toBeVisible();
      await app.close(); // quits through the quit sequence: flush, last backup, quit

      const backups = readdirSync(join(userData, 'backups')).filter((n) => /^workspace-\d{8}-\d{6}-\d{3}\.json$/.test(n));
      expect(backups.length).toBeGreaterThan(0);
      expect(readFileSync(join(userData, 'backups', backups.sort().at(-1)!), 'utf8')).toContain('The harbour stays open');
      expect(existsSync(join(userData, 'quit-notice.json'))).toBe(false);

      app = await launch(userData);
      page = await app.firstWindow();
      await expect(page.getByRole('textbox', { name: /Reader: round-trip/ })).toBeVisible();
      await expect(panel(page).getByRole('listitem', { name: /^claim: The harbour stays open/ })).toBeVisible();
      // The window state was remembered between the runs.
      expect(existsSync(join(userData, 'window-state.json'))).toBe(true);
      await app.close();
    } finally {
      rmSync(userData, { recursive: true, force: true });
      rmSync(documents, { recursive: true, force: true });
    }
  });
});
