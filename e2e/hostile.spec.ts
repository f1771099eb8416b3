import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_CASES, type HostileCase } from '../test/hostile/cases';
import { writeCorpus, type CorpusFiles } from '../test/hostile/write-corpus';

/**
 * The hostile corpus (test/hostile/cases.ts) through the browser build's importers, the way a
 * person imports files: each case shows its expected message; no script runs, no dialog opens,
 * nothing navigates; a refused file leaves the library as it was; and the page stays
 * responsive while it works (a requestAnimationFrame loop keeps ticking, because conversion
 * and re-anchoring run in Web Workers).
 */

/** The longest the interface thread may stall during one import, in milliseconds. */
const MAX_FRAME_GAP_MS = 1_500;

test.describe.configure({ mode: 'serial' });
// Tracing snapshots the whole page on every action, which stalls the very frames measured here.
test.use({ trace: 'off' });

let page: Page;
let files: CorpusFiles;
const dialogs: string[] = [];
const navigations: string[] = [];

/** Documents and annotations in the library, read from IndexedDB as the app stores them. */
async function library(): Promise<{ documents: number; annotations: number }> {
  return page.evaluate(
    () =>
      new Promise<{ documents: number; annotations: number }>((resolve, reject) => {
        const open = indexedDB.open('discourse-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['documents', 'annotationCounts'], 'readonly');
          const docs = tx.objectStore('documents').count();
          const counts = tx.objectStore('annotationCounts').getAll();
          tx.oncomplete = () => {
            let annotations = 0;
            for (const row of counts.result as { counts: Record<string, number> }[]) for (const n of Object.values(row.counts)) annotations += n;
            db.close();
            resolve({ documents: docs.result, annotations });
          };
        };
      }),
  );
}

/** Starts measuring the longest gap between animation frames. */
async function startFrameWatch(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __maxGap: number; __lastFrame: number; __watching?: boolean };
    w.__maxGap = 0;
    w.__lastFrame = performance.now();
    if (w.__watching) return;
    w.__watching = true;
    const tick = (now: number) => {
      w.__maxGap = Math.max(w.__maxGap, now - w.__lastFrame);
      w.__lastFrame = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function maxFrameGap(): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __maxGap: number; __lastFrame: number };
    return Math.max(w.__maxGap, performance.now() - w.__lastFrame);
  });
}

/** Chooses `path` through a File menu item; the frame watch starts as the file is handed over. */
async function chooseFromFileMenu(item: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const picked = await chooser;
  await startFrameWatch();
  await picked.setFiles(path);
}

/**
 * Waits, without Playwright's locators, for `selector` to match: role queries walk the whole
 * page on every poll and would themselves stall the frames being measured.
 */
async function settle(selector: string, timeout = 60_000): Promise<number> {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector, { polling: 250, timeout });
  return maxFrameGap();
}

const OPEN_DIALOG = 'dialog[open]';
const ALERT_OR_DIALOG = '[role="alert"], dialog[open]';

/**
 * Imports the case's file the way its outcome says and checks what the page shows; resolves
 * to the longest frame gap seen while the app worked (from choosing the file to its outcome).
 */
async function importCase(c: HostileCase): Promise<number> {
  const path = join(files.dir, c.file);
  const b = c.browser;
  if (b.via === 'documents') {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import documents…' }).click();
    const picked = await chooser;
    await startFrameWatch();
    await picked.setFiles(path);
    const gap = await settle(OPEN_DIALOG);
    const report = page.getByRole('dialog', { name: /^Import: / });
    await expect(report).toBeVisible({ timeout: 40_000 });
    await expect(report).toHaveAccessibleName(b.expect === 'imported' ? 'Import: 1 of 1 file imported' : 'Import: 0 of 1 file imported');
    await expect(report.getByRole('list', { name: 'Import results' })).toContainText(b.message);
    await report.getByRole('button', { name: 'Close' }).click();
    return gap;
  }
  if (b.via === 'workspace') {
    await chooseFromFileMenu('Import workspace…', path);
    const gap = await settle(ALERT_OR_DIALOG);
    if (b.expect === 'refused') {
      await expect(page.getByRole('alert')).toContainText(b.message, { timeout: 20_000 });
      await expect(page.getByRole('dialog')).toHaveCount(0);
    } else {
      const confirm = page.getByRole('dialog', { name: `Replace the workspace with “${c.file}”?` });
      await expect(confirm).toBeVisible();
      await confirm.getByRole('button', { name: 'Close' }).click();
    }
    return gap;
  }
  await chooseFromFileMenu('Import annotations…', path);
  let gap = await settle(ALERT_OR_DIALOG);
  if (b.expect === 'refused') {
    await expect(page.getByRole('alert')).toContainText(b.message, { timeout: 20_000 });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    return gap;
  }
  const dialog = page.getByRole('dialog', { name: `Import annotations from “${c.file}”` });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  if (b.message) await expect(dialog).toContainText(b.message);
  if (b.placeOn) {
    await dialog.getByRole('combobox', { name: 'Document' }).selectOption({ label: b.placeOn });
    const place = dialog.getByRole('button', { name: 'Place annotations' });
    await place.waitFor();
    await startFrameWatch();
    await place.click();
    gap = Math.max(gap, await settle('dialog[open] section[aria-label="Import report"]'));
    await expect(dialog.getByRole('region', { name: 'Import report' })).toBeVisible();
  }
  // Nothing is written until the user confirms: close instead.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return gap;
}

test.beforeAll(async ({ browser }) => {
  files = writeCorpus(mkdtempSync(join(tmpdir(), 'hostile-e2e-')));
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('textbox', { name: /^Reader: / })).toBeVisible();
  navigations.length = 0;
});

test.afterAll(async () => {
  await page?.close();
});

for (const c of HOSTILE_CASES) {
  test(`${c.file}: ${c.what}`, async () => {
    test.setTimeout(120_000);
    const before = await library();
    const url = page.url();
    const gap = await importCase(c);
    const after = await library();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'a payload ran').toBeUndefined();
    expect(dialogs, 'a script opened a dialog').toEqual([]);
    expect(navigations, 'the page navigated').toEqual([]);
    expect(page.url()).toBe(url);
    const imported = c.browser.via === 'documents' && c.browser.expect === 'imported';
    expect(after).toEqual(imported ? { documents: before.documents + 1, annotations: before.annotations } : before);
    expect(gap, `the interface thread stalled for ${Math.round(gap)} ms`).toBeLessThan(MAX_FRAME_GAP_MS);
  });
}

test('imported hostile documents show as plain text: no element of theirs reaches the page', async () => {
  for (const title of ['scripts-handlers', 'svg-script', 'mxss-noscript', 'mxss-math', 'meta-refresh', 'script-text', 'script']) {
    await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: title, exact: true }).click();
    const reader = page.getByRole('textbox', { name: `Reader: ${title}`, exact: true });
    await expect(reader).toBeVisible();
    expect(await reader.locator('img, script, svg, iframe, object, embed, a, form, style, noscript, template, math').count(), title).toBe(0);
  }
  await expect(page.getByRole('textbox', { name: 'Reader: script-text', exact: true })).toBeHidden();
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: 'script-text', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Reader: script-text' })).toContainText('<script>window.__pwned = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(navigations).toEqual([]);
});
