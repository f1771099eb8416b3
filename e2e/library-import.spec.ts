import { expect, test, type Locator, type Page } from '@playwright/test';
import { doubleClickWord } from './helpers';
import {
  CP1251_LINES,
  goodFiles,
  HTML_PARAGRAPHS,
  malformedFiles,
  UTF16_LINES,
  type FixtureFile,
} from './fixtures/documents';

/** Opens the workbench in a fresh profile and answers the first-run coder question. */
async function start(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('textbox', { name: /Reader: / })).toBeVisible();
}

/** Imports files through the "Import documents…" file chooser; resolves to the report dialog. */
async function importFiles(page: Page, files: FixtureFile[]): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await (await chooser).setFiles(files);
  const report = page.getByRole('dialog', { name: /^Import: / });
  await expect(report).toBeVisible();
  return report;
}

function documentsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Documents' });
}

/** Opens a document from the library and waits for its reader. */
async function openDocument(page: Page, title: string): Promise<Locator> {
  await documentsList(page).getByRole('button', { name: title, exact: true }).click();
  const reader = page.getByRole('textbox', { name: `Reader: ${title}`, exact: true });
  await expect(reader).toBeVisible();
  return reader;
}

/** Selects a word and tags it with a category key (1 claim, 2 accusation, 3 proposal, 4 demand). */
async function tagWord(page: Page, reader: Locator, word: string, key: string): Promise<void> {
  await doubleClickWord(page, reader, word);
  await expect(page.getByText(`Selected: “${word}”`)).toBeVisible();
  await page.keyboard.press(key);
}

function annotationList(page: Page): Locator {
  return page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Annotations in reading order' });
}

/** Number of documents in the library list. */
async function documentCount(page: Page): Promise<number> {
  return documentsList(page).getByRole('button', { name: /^Delete / }).count();
}

test('imports UTF-16, Windows-1251 and HTML at once, tags each, and finds everything after a reload', async ({ page }) => {
  await start(page);
  const titleBefore = await page.title();
  const report = await importFiles(page, goodFiles());
  await expect(report).toHaveAccessibleName('Import: 3 of 3 files imported');
  const results = report.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results).toHaveCount(3);
  await expect(results.filter({ hasText: '“interview-utf16.txt” was imported' })).toContainText('utf-16le');
  await expect(results.filter({ hasText: '“council-1251.txt” was imported' })).toContainText('windows-1251');
  await expect(results.filter({ hasText: '“press-release.html” was imported' })).toContainText('html');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
  await expect(documentsList(page).getByRole('button', { name: /^Delete / })).toHaveCount(4); // + the sample

  // UTF-16: English, Cyrillic and the emoji, one paragraph per CRLF line.
  let reader = await openDocument(page, 'interview-utf16');
  for (const line of UTF16_LINES) await expect(reader.getByText(line, { exact: true })).toBeVisible();
  await tagWord(page, reader, 'немедленно', '4');
  await expect(annotationList(page).getByRole('listitem', { name: 'demand: немедленно' })).toBeVisible();

  // Windows-1251: decoded Cyrillic (Ё/ё, guillemets, dash included).
  reader = await openDocument(page, 'council-1251');
  for (const line of CP1251_LINES) await expect(reader.getByText(line, { exact: true })).toBeVisible();
  await tagWord(page, reader, 'обманула', '2');
  await expect(annotationList(page).getByRole('listitem', { name: 'accusation: обманула' })).toBeVisible();

  // HTML: the visible text only, as paragraphs; nothing of the page ever ran.
  reader = await openDocument(page, 'press-release');
  for (const paragraph of HTML_PARAGRAPHS) await expect(reader.getByText(paragraph, { exact: true })).toBeVisible();
  await expect(reader).not.toContainText('pwned');
  await expect(reader).not.toContainText('color: red');
  await expect(reader.locator('img, script, style, a, [onerror]')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await tagWord(page, reader, 'proposes', '3');
  await expect(annotationList(page).getByRole('listitem', { name: 'proposal: proposes' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.title()).toBe(titleBefore);

  await page.reload();
  await expect(page.getByRole('textbox', { name: /Reader: / })).toBeVisible();
  await expect(documentsList(page).getByRole('button', { name: /^Delete / })).toHaveCount(4);
  const expected: [string, string, string][] = [
    ['interview-utf16', 'demand: немедленно', 'Мы требуем открыть порт немедленно.'],
    ['council-1251', 'accusation: обманула', 'Депутат Ёлкин: Администрация обманула'],
    ['press-release', 'proposal: proposes', 'The council proposes a new ferry timetable.'],
  ];
  for (const [title, annotation, text] of expected) {
    reader = await openDocument(page, title);
    await expect(reader).toContainText(text);
    const items = annotationList(page).getByRole('listitem');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toHaveAccessibleName(annotation);
  }
  reader = await openDocument(page, 'interview-utf16');
  await expect(reader).toContainText('The ship 🚢 waited at anchor');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('refuses a PDF and a binary .txt with messages naming them, and leaves the library unchanged', async ({ page }) => {
  await start(page);
  const before = await documentCount(page);
  expect(before).toBeGreaterThan(0);
  const report = await importFiles(page, malformedFiles());
  await expect(report).toHaveAccessibleName('Import: 0 of 2 files imported');
  const results = report.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results).toHaveCount(2);
  await expect(results.nth(0)).toContainText('“notes.pdf” is not a format the workbench reads.');
  await expect(results.nth(1)).toContainText('“garbled.txt” does not contain text');
  await expect(report.getByRole('button', { name: /^Open/ })).toHaveCount(0);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(documentsList(page).getByRole('button', { name: /^Delete / })).toHaveCount(before);
  await expect(documentsList(page).getByRole('button', { name: /notes|garbled/ })).toHaveCount(0);
  await page.reload();
  await expect(documentsList(page).getByRole('button', { name: /^Delete / })).toHaveCount(before);
});

test('importing the same text again reports a duplicate and offers to open the existing document', async ({ page }) => {
  await start(page);
  const [utf16] = goodFiles();
  let report = await importFiles(page, [utf16]);
  await expect(report).toHaveAccessibleName('Import: 1 of 1 file imported');
  await report.getByRole('button', { name: 'Close' }).click();
  // One file imported alone opens in the reader.
  await expect(page.getByRole('textbox', { name: 'Reader: interview-utf16', exact: true })).toBeVisible();
  const count = await documentCount(page);

  // Open something else, then import the same text under another name.
  await openDocument(page, 'Sample: Harbour Ministry press briefing');
  report = await importFiles(page, [{ ...utf16, name: 'copy of interview.txt' }]);
  await expect(report).toHaveAccessibleName('Import: 0 of 1 file imported');
  await expect(report).toContainText('“copy of interview.txt” has the same text as “interview-utf16”, which is already in the library.');
  await report.getByRole('button', { name: 'Open existing' }).click();
  await expect(report).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Reader: interview-utf16', exact: true })).toBeVisible();
  await expect(documentsList(page).getByRole('button', { name: /^Delete / })).toHaveCount(count);
});

test('deleting a document says how many annotations go with it, and Ctrl+Z brings both back', async ({ page }) => {
  await start(page);
  const files = goodFiles();
  const report = await importFiles(page, [files[1]]);
  await report.getByRole('button', { name: 'Close' }).click();
  const reader = page.getByRole('textbox', { name: 'Reader: council-1251', exact: true });
  await expect(reader).toBeVisible();
  await tagWord(page, reader, 'обманула', '2');
  await tagWord(page, reader, 'предлагаем', '3');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  const count = await documentCount(page);

  await documentsList(page).getByRole('button', { name: 'Delete council-1251' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “council-1251”?' });
  await expect(confirm).toContainText('The document and its 2 annotations will be removed');
  await confirm.getByRole('button', { name: 'Delete document and 2 annotations' }).click();
  await expect(confirm).toBeHidden();
  await expect(documentsList(page).getByRole('button', { name: 'council-1251', exact: true })).toHaveCount(0);
  await expect(documentsList(page).getByRole('button', { name: /^Delete / })).toHaveCount(count - 1);
  await expect(page.getByRole('textbox', { name: 'Reader: council-1251', exact: true })).toBeHidden();

  // Ctrl+Z on the page itself, not in a text field.
  await page.getByRole('heading', { name: 'Library' }).click();
  await page.keyboard.press('Control+z');
  await expect(documentsList(page).getByRole('button', { name: 'council-1251', exact: true })).toBeVisible();
  await expect(documentsList(page).getByRole('list', { name: 'Annotations of council-1251 by category' })).toContainText('accusation: 1');
  await openDocument(page, 'council-1251');
  const items = annotationList(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveAccessibleName('accusation: обманула');
  await expect(items.nth(1)).toHaveAccessibleName('proposal: предлагаем');

  // And the restore is stored, not only shown.
  await page.reload();
  await openDocument(page, 'council-1251');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
});
