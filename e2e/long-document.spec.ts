import { expect, test, type Page } from '@playwright/test';
import { doubleClickWord, panel, startAs } from './helpers';

/**
 * A transcript long enough that the reader draws highlights only near the screen (it has
 * 60 sections of 10 lines): tagging far down, jumping between annotations and reloading must
 * always show the highlight where the person looks.
 */
const LINES = Array.from({ length: 600 }, (_, i) => {
  const word = i === 4 ? 'lighthouse' : i === 585 ? 'breakwater' : 'harbour';
  return `Speaker ${i % 5}: line ${i} of the hearing, where the council discusses ferries and the ${word} fees at length.`;
});

async function importLongDocument(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await (await chooser).setFiles([{ name: 'long-hearing.txt', mimeType: 'text/plain', buffer: Buffer.from(LINES.join('\n')) }]);
  const report = page.getByRole('dialog', { name: 'Import: 1 of 1 file imported' });
  await report.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: 'long-hearing', exact: true }).click();
}

test('a long transcript: highlights are drawn wherever the reader is scrolled or jumps to', async ({ page }) => {
  await startAs(page, 'Ana');
  await importLongDocument(page);
  const reader = page.getByRole('textbox', { name: 'Reader: long-hearing', exact: true });
  await expect(reader).toContainText(LINES[0]);

  // Tag near the top, then far down (double-clicking scrolls the word into view first).
  await doubleClickWord(page, reader, 'lighthouse');
  await expect(page.getByText('Selected: “lighthouse”')).toBeVisible();
  await page.keyboard.press('1');
  await expect(reader.getByTitle('claim', { exact: true })).toHaveText('lighthouse');
  await doubleClickWord(page, reader, 'breakwater');
  await expect(page.getByText('Selected: “breakwater”')).toBeVisible();
  await page.keyboard.press('2');
  const far = reader.getByTitle('accusation', { exact: true });
  await expect(far).toHaveText('breakwater');
  await expect(far).toBeInViewport();

  // Jump back to the first annotation from the panel: its highlight is on screen.
  await panel(page).getByRole('listitem', { name: 'claim: lighthouse' }).getByRole('button', { name: '“lighthouse”' }).click();
  const near = reader.getByTitle('claim', { exact: true });
  await expect(near).toBeInViewport();
  await expect(near).toHaveText('lighthouse');

  // After a reload, a jump far down lands on drawn text too; so does scrolling back up by keyboard.
  await page.reload();
  await expect(reader).toContainText(LINES[0]);
  await panel(page).getByRole('listitem', { name: 'accusation: breakwater' }).getByRole('button', { name: '“breakwater”' }).click();
  await expect(far).toBeInViewport();
  await expect(far).toHaveText('breakwater');
  await reader.press('Control+Home');
  await expect(near).toBeInViewport();
  await expect(near).toHaveText('lighthouse');
});
