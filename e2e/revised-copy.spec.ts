import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { doubleClickWord, importAnnotationFile, importFiles, openDocument, panel, startAs } from './helpers';

/**
 * A coder's own export placed on a revised copy of the text in the same workspace: the copy
 * gets annotations of its own (the originals stay where they are), a second import changes
 * nothing, and Undo takes the import back exactly.
 */

const ORIGINAL = [
  'Minister Kaja Orel: The ferry agreement has lapsed because the operator never delivered the reports.',
  '',
  'Question: Will the council publish the harbour fees?',
  '',
  'Minister Kaja Orel: We demand that the fees are published before the summer timetable starts.',
  '',
  'Minister Kaja Orel: We propose a joint inspection of the piers in April.',
].join('\n');
const REVISED = ORIGINAL.replace('Question: Will', 'Editor: This copy was revised.\n\nQuestion: Will').replace('never delivered', 'never sent');

async function tag(page: Page, title: string, word: string, key: string): Promise<void> {
  const reader = page.getByRole('textbox', { name: `Reader: ${title}`, exact: true });
  await doubleClickWord(page, reader, word);
  await page.keyboard.press(key);
  await expect(page.getByRole('status')).toContainText('Tagged');
}

test('a coder places their own export on a revised copy in the same workspace, again without duplicates, and undoes it', async ({ page }) => {
  await startAs(page, 'Ana');
  await importFiles(page, [{ name: 'briefing.txt', text: ORIGINAL }]);
  await openDocument(page, 'briefing');
  await tag(page, 'briefing', 'lapsed', '1');
  await tag(page, 'briefing', 'demand', '4');
  await tag(page, 'briefing', 'inspection', '3');
  await expect(panel(page).getByRole('listitem')).toHaveCount(3);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export annotations of this document…' }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');

  await importFiles(page, [{ name: 'briefing-revised.txt', text: REVISED }]);
  await openDocument(page, 'briefing-revised');
  await expect(panel(page)).toHaveCount(0);

  const place = async () => {
    const dialog = await importAnnotationFile(page, 'briefing.jsonld', exported);
    const report = dialog.getByRole('region', { name: 'Import report' });
    // The file's own text is in the library, so it is matched first; the coder asks for the copy.
    await expect(report).toContainText('On “briefing” (same text)');
    await report.getByRole('button', { name: 'Place on another document…' }).click();
    await dialog.getByRole('combobox', { name: 'Document' }).selectOption({ label: 'briefing-revised' });
    await dialog.getByRole('button', { name: 'Place annotations' }).click();
    await expect(report).toContainText('On “briefing-revised” (re-anchored on a different copy)');
    // The status line says what happened; it does not stay at "Placing…".
    await expect(page.getByRole('status')).toHaveText('Placed 3 annotations on “briefing-revised” for review: nothing is written until you confirm.');
    return dialog;
  };

  const first = await place();
  await expect(first.getByRole('list', { name: 'Placement counts' }).getByRole('listitem')).toHaveText(['exact: 1', 'moved: 2', 'fuzzy: 0', 'orphaned: 0']);
  await first.getByRole('button', { name: 'Import 3 annotations' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 3 annotations from “briefing.jsonld”');
  await page.getByRole('dialog', { name: /check the placements/ }).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page).getByRole('listitem')).toHaveCount(3);
  await expect(panel(page).getByRole('listitem', { name: 'demand: demand' })).toBeVisible();

  // The same file again changes nothing.
  const second = await place();
  await expect(second.getByRole('region', { name: 'Import report' })).toContainText('3 already here are left as they are');
  await expect(second.getByRole('button', { name: 'Import 0 annotations' })).toBeDisabled();
  await second.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status')).toHaveText('Import of “briefing.jsonld” cancelled: nothing was written.');

  // Undo takes the whole import back, and redo brings it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText('Undone: import of 3 annotations from “briefing.jsonld”.');
  await expect(panel(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(panel(page).getByRole('listitem')).toHaveCount(3);

  // The original keeps its own three.
  await openDocument(page, 'briefing');
  await expect(panel(page).getByRole('listitem')).toHaveCount(3);
});
