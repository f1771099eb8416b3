import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotationFile, type ImportedAnnotation } from '../src/shared/w3c/import';
import { CHANGED_QDC, NVIVO_CODINGS, NVIVO_TEXT, nvivoProject } from './fixtures/qdpx-file';
import { expectDialogFits, openDetails, panel, selectWithMouse } from './helpers';

/**
 * REFI-QDA in the app (browser twin): a coded document goes out as .qdpx and comes into a fresh
 * profile with the same result; a file written with NVivo's convention (UTF-16 positions) shows
 * the reading it was placed by, and what cannot come over, before anything is written; undo
 * takes the import back.
 */

/** Where CI's REFI-QDA check (`.ci/shared-checks`) finds a real .qdpx of the app. */
const EXPORTS_DIR = join(__dirname, '..', 'test-results', 'exports');

/** Emoji before each coded span, so code points and UTF-16 units differ there. */
const TEXT = 'Moderator: «Добро пожаловать» 👋🏽 — “welcome”, everyone.\nMüller: The council cut the budget 📉, and that is a fact.\nSchmidt: You hid the numbers 🙈 from the committee!\n';
const CLAIM = 'The council cut the budget';
const ACCUSATION = 'You hid the numbers';
const MEMO = 'Check the “2023” report.';

async function freshProfile(browser: Browser, coder: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill(coder);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^Coder: ${coder}`) })).toBeVisible();
  return page;
}

async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Imports a REFI-QDA file through the File menu and returns its dialog. */
async function importRefi(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Import REFI-QDA project or codebook (.qdpx, .qdc)…');
  await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  return page.getByRole('dialog', { name: `Import REFI-QDA project “${name}”` });
}

/** The open document's annotations as W3C (File → Export annotations of this document…), read back. */
async function w3cOfOpenDocument(page: Page): Promise<ImportedAnnotation[]> {
  const download = page.waitForEvent('download');
  await fileMenu(page, 'Export annotations of this document…');
  const parsed = parseAnnotationFile(readFileSync(await (await download).path(), 'utf8'), 'export.jsonld');
  if (!parsed.ok) throw new Error(parsed.error);
  return [...parsed.value.annotations].sort((a, b) => a.id.localeCompare(b.id));
}

/** What must survive the round trip: text hash, code, position, quote, coder, memo, times. */
const kept = (a: ImportedAnnotation) => ({ id: a.id, hash: a.source.hash, category: a.categoryLabel, position: a.position, exact: a.quote?.exact, coder: a.coder, memo: a.memo, created: a.created });

test('a coded document goes out as .qdpx and into a fresh profile with the same result, undoably', async ({ browser }) => {
  // ---- Ana and Boris code a document in one profile.
  const ana = await freshProfile(browser, 'Ana');
  const chooser = ana.waitForEvent('filechooser');
  await ana.getByRole('button', { name: 'Import documents…' }).click();
  await (await chooser).setFiles({ name: 'hearing.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  await ana.getByRole('dialog', { name: /^Import: / }).getByRole('button', { name: 'Close' }).click();
  await ana.getByRole('list', { name: 'Documents' }).getByRole('button', { name: 'hearing', exact: true }).click();
  await expect(ana.getByRole('textbox', { name: 'Reader: hearing' })).toBeVisible();
  await selectWithMouse(ana, CLAIM);
  await ana.keyboard.press('1');
  await expect(ana.getByRole('status')).toContainText('Tagged');
  const claim = panel(ana).getByRole('listitem', { name: `claim: ${CLAIM}` });
  await openDetails(claim);
  await claim.getByRole('textbox', { name: 'Memo' }).fill(MEMO);
  await claim.getByRole('textbox', { name: 'Memo' }).press('Tab');
  await expect(ana.getByRole('status')).toHaveText('Memo saved.');
  await ana.getByRole('button', { name: /^Coder: Ana/ }).click();
  await ana.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Бори́с');
  await ana.getByRole('button', { name: 'Save name' }).click();
  await selectWithMouse(ana, ACCUSATION);
  await ana.keyboard.press('2');
  await expect(panel(ana).getByRole('listitem')).toHaveCount(2);
  const before = await w3cOfOpenDocument(ana);

  // ---- Export the open document as .qdpx (the twin downloads it).
  await fileMenu(ana, 'Export as REFI-QDA project (.qdpx)…');
  const exportDialog = ana.getByRole('dialog', { name: 'Export as REFI-QDA project' });
  await expect(exportDialog.getByRole('radio', { name: 'the open document (“hearing”)' })).toBeChecked();
  const download = ana.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export 1 document' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hearing.qdpx');
  await expect(ana.getByRole('status')).toHaveText('Exported 1 document, 2 coded selections, 4 codes, 2 coders to hearing.qdpx.');
  const bytes = readFileSync(await file.path());
  mkdirSync(EXPORTS_DIR, { recursive: true });
  writeFileSync(join(EXPORTS_DIR, 'app-export.qdpx'), bytes);

  // ---- A fresh profile imports it: the report first, nothing written until confirmed.
  const ben = await freshProfile(browser, 'Ben');
  const dialog = await importRefi(ben, 'hearing.qdpx', bytes);
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('Project “hearing”, written by Discourse Workbench');
  await expect(report.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveText([
    /^“hearing”: 2 codings in 2 selections; positions read as Unicode code points \(.*\); 2 placed\./,
  ]);
  await expect(report.getByRole('list', { name: 'What the import adds' })).toContainText('new documents: “hearing”');
  await expect(report.getByRole('region', { name: 'Codebook differences' })).toHaveCount(0);
  await expect(ben.getByRole('list', { name: 'Documents' }).getByRole('button', { name: 'hearing', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 2 annotations and 1 document' }).click();
  await expect(ben.getByRole('status')).toHaveText('Imported 2 annotations and 1 document from “hearing.qdpx”. Undo with Ctrl+Z.');
  await expect(ben.getByRole('textbox', { name: 'Reader: hearing' })).toBeVisible();
  await expect(panel(ben).getByRole('listitem', { name: `claim: ${CLAIM}` })).toContainText('Ana');
  await expect(panel(ben).getByRole('listitem', { name: `accusation: ${ACCUSATION}` })).toContainText('Бори́с');

  // Same text (hash), codes, positions, quotes, coders, memos and times as in Ana's profile.
  const after = await w3cOfOpenDocument(ben);
  expect(after.map(kept)).toEqual(before.map(kept));
  expect(after.find((a) => a.coder === 'Ana')?.memo).toBe(MEMO);

  // Undo takes the whole import back: the document and its annotations.
  await ben.getByRole('button', { name: 'Undo' }).click();
  await expect(ben.getByRole('status')).toHaveText('Undone: import of 2 annotations and 1 document from “hearing.qdpx”.');
  await expect(ben.getByRole('list', { name: 'Documents' }).getByRole('button', { name: 'hearing', exact: true })).toHaveCount(0);
  await expect(ben.getByRole('textbox', { name: 'Reader: hearing' })).toHaveCount(0);

  // Importing again into Ana's own profile adds nothing: the text and the annotations are there.
  const again = await importRefi(ana, 'hearing.qdpx', bytes);
  await expect(again.getByRole('list', { name: 'What the import adds' })).toContainText('already in the library (same text): “hearing”');
  await expect(again.getByRole('list', { name: 'What the import adds' })).toContainText('already in the library, left as they are: 2');
  await expect(again.getByRole('button', { name: 'Import 0 annotations' })).toBeDisabled();
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(ana.getByRole('status')).toHaveText('Import of “hearing.qdpx” cancelled: nothing was written.');
});

test('a project with NVivo’s UTF-16 positions: the report states the reading, lists what cannot come over, and another reading can be chosen', async ({ browser }) => {
  const page = await freshProfile(browser, 'Ana');
  // A file that is not a project is refused by name, and nothing is written.
  await importRefi(page, 'notes.qdpx', new TextEncoder().encode('not a zip'));
  await expect(page.getByRole('alert')).toContainText('notes.qdpx cannot be imported as a REFI-QDA project');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const dialog = await importRefi(page, 'nvivo.qdpx', nvivoProject());
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('written by NVivo 12');
  const sources = report.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveText([/^“Hearing\.txt”: 2 codings in 2 selections; positions read as UTF-16 code units \(the selections fit the text’s words and length that way\); 2 placed\./]);
  const reading = sources.getByRole('combobox', { name: 'Reading of positions in “Hearing.txt”' });
  await expect(reading).toHaveValue('0');
  await expect(reading.getByRole('option')).toHaveText(['UTF-16 code units (fits best)', 'Unicode code points']);
  const notCarried = report.getByRole('region', { name: 'Not carried over' });
  for (const what of ['audio sources (1: “Interview.mp3”): ', 'PDF area selections (1: “Minutes.pdf”): ', 'PDF sources without a text representation (1: “Minutes.pdf”): ', 'variables (1: “Age”): ', 'sets (1: “Wave 1”): ']) await expect(notCarried).toContainText(what);

  // Another reading re-reads the file in the worker; the report says it was chosen.
  await reading.selectOption({ label: 'Unicode code points' });
  await expect(sources.getByRole('listitem')).toHaveText([/positions read as Unicode code points \(chosen by you\)/]);
  await sources.getByRole('combobox', { name: 'Reading of positions in “Hearing.txt”' }).selectOption({ label: 'UTF-16 code units (fits best)' });
  await expect(sources.getByRole('listitem')).toHaveText([/positions read as UTF-16 code units \(chosen by you\); 2 placed/]);

  await dialog.getByRole('button', { name: 'Import 2 annotations and 1 document' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported 2 annotations and 1 document from “nvivo.qdpx”. Undo with Ctrl+Z.');
  // Placed on exactly the coded words, with the NVivo users as coders and the memo.
  for (const c of NVIVO_CODINGS) {
    const item = panel(page).getByRole('listitem', { name: `${c.code}: ${c.quote}` });
    await expect(item).toContainText(c.coder);
    if (c.memo) {
      await openDetails(item);
      await expect(item.getByRole('textbox', { name: 'Memo' })).toHaveValue(c.memo);
    }
  }
  expect(NVIVO_TEXT).toContain(NVIVO_CODINGS[0].quote);
});

test('the codebook goes out as .qdc, and a changed .qdc comes in with a choice per difference, undoably', async ({ browser }) => {
  const page = await freshProfile(browser, 'Ana');
  const download = page.waitForEvent('download');
  await fileMenu(page, 'Export codebook (.qdc)…');
  const file = await download;
  expect(file.suggestedFilename()).toBe('codebook.qdc');
  await expect(page.getByRole('status')).toHaveText('Exported the codebook (4 codes) to codebook.qdc.');
  const qdc = readFileSync(await file.path(), 'utf8');
  expect(qdc).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');

  // Another package renamed "claim" (the GUID is the one the workbench wrote) and added a code of its own.
  const changed = qdc.replace('name="claim"', 'name="assertion"').replace('</Codes>', '<Code guid="0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b" name="irony" isCodable="true" color="#56B4E9"/></Codes>');
  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Import REFI-QDA project or codebook (.qdpx, .qdc)…');
  await (await chooser).setFiles({ name: 'codes.qdc', mimeType: 'application/xml', buffer: Buffer.from(changed) });
  const dialog = page.getByRole('dialog', { name: 'Import REFI-QDA codebook “codes.qdc”' });
  const differences = dialog.getByRole('region', { name: 'Codebook differences' });
  const claim = differences.getByRole('group', { name: /^claim: label “assertion” in the file, “claim” here/ });
  await expect(claim.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
  await expect(differences.getByRole('group', { name: /^New category “irony”/ }).getByRole('radio', { name: 'Add it' })).toBeChecked();
  await claim.getByRole('radio', { name: 'Take theirs' }).check();
  await dialog.getByRole('button', { name: 'Import 2 categories' }).click();
  await expect(page.getByRole('status')).toHaveText('Codebook “codes.qdc” imported: 2 categories added or changed. Undo with Ctrl+Z.');
  const toolbar = page.getByRole('toolbar', { name: 'Tagging' });
  await expect(toolbar.getByRole('button', { name: /Tag as assertion/ })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: /Tag as irony/ })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText('Undone: import of the codebook “codes.qdc” (2 categories added or changed).');
  await expect(toolbar.getByRole('button', { name: /Tag as claim/ })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: /Tag as irony/ })).toHaveCount(0);
});

test('the REFI-QDA dialogs fit 1024×768', async ({ browser }) => {
  const page = await freshProfile(browser, 'Ana');
  await page.setViewportSize({ width: 1024, height: 768 });
  await fileMenu(page, 'Export as REFI-QDA project (.qdpx)…');
  await page.getByRole('radio', { name: 'chosen documents' }).check();
  await expectDialogFits(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  const dialog = await importRefi(page, 'nvivo.qdpx', nvivoProject());
  await expect(dialog.getByRole('region', { name: 'Not carried over' })).toBeVisible();
  await expectDialogFits(page);
  // The action stays reachable: the dialog scrolls down to it.
  await dialog.getByRole('button', { name: 'Import 2 annotations and 1 document' }).scrollIntoViewIfNeeded();
  await expect(dialog.getByRole('button', { name: 'Import 2 annotations and 1 document' })).toBeInViewport();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const chooser = page.waitForEvent('filechooser');
  await fileMenu(page, 'Import REFI-QDA project or codebook (.qdpx, .qdc)…');
  await (await chooser).setFiles({ name: 'codes.qdc', mimeType: 'application/xml', buffer: Buffer.from(CHANGED_QDC) });
  await expect(page.getByRole('dialog', { name: 'Import REFI-QDA codebook “codes.qdc”' }).getByRole('region', { name: 'Codebook differences' })).toBeVisible();
  await expectDialogFits(page);
});
