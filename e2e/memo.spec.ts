import { expect, test, type Page } from '@playwright/test';
import { annotationFileFor } from './fixtures/annotation-file';
import { SAMPLE_TITLE } from '../src/shared/sample-document';
import { longTranscript } from './fixtures/long-transcript';
import { importAnnotationFile, importFiles, openDetails, openDocument, panel, startAs } from './helpers';

/**
 * Memos are saved as they are typed: scrolling the panel far away, reloading the page or
 * switching documents while the field still has the focus loses nothing, and what was typed in
 * one stretch is one undo step.
 */

const TEXT = longTranscript(160);
const TITLE = 'council-hearing';

/** The long hearing with an annotation on every "ferry" (well over a panel's window of items). */
async function hearingWithManyAnnotations(page: Page): Promise<void> {
  await startAs(page, 'Ana');
  await importFiles(page, [{ name: `${TITLE}.txt`, text: TEXT }]);
  await openDocument(page, TITLE);
  const dialog = await importAnnotationFile(page, 'hearing.jsonld', annotationFileFor(TEXT, /\bferry\b|\bharbour\b|\bcouncil\b/));
  await dialog.getByRole('button', { name: /^Import \d+ annotations$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(panel(page).getByRole('listitem').first()).toBeVisible();
  // The file's annotations are the file's coder's (another Ana, by id): code as that coder, so
  // that their memos can be typed in.
  await page.getByRole('button', { name: /^Coder: Ana/ }).click();
  await page.getByRole('button', { name: 'Continue as this coder' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const firstItem = (page: Page) => panel(page).locator('li[aria-posinset="1"]');

test('a memo typed and then scrolled far out of the panel is kept, in the field and in the library', async ({ page }) => {
  await hearingWithManyAnnotations(page);
  const item = firstItem(page);
  await openDetails(item);
  const memo = item.getByRole('textbox', { name: 'Memo' });
  await memo.click();
  await page.keyboard.type('The harbour master frames the fees as settled.');
  // Scroll the panel to its end with the wheel, the focus still in the memo.
  const box = (await panel(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 2000);
  await expect(panel(page).locator('li[aria-posinset]').last()).toHaveAttribute('aria-posinset', await panel(page).locator('li').last().getAttribute('aria-setsize') ?? '');
  await expect(memo).toBeFocused();
  await page.keyboard.type(' Twice.');
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -2000);
  await expect(memo).toHaveValue('The harbour master frames the fees as settled. Twice.');
  await page.reload();
  await openDetails(firstItem(page));
  await expect(firstItem(page).getByRole('textbox', { name: 'Memo' })).toHaveValue('The harbour master frames the fees as settled. Twice.');
});

test('a memo typed and not left before a reload is saved', async ({ page }) => {
  await hearingWithManyAnnotations(page);
  await openDetails(firstItem(page));
  await firstItem(page).getByRole('textbox', { name: 'Memo' }).click();
  await page.keyboard.type('Typed, then the page went away');
  await page.reload();
  await openDetails(firstItem(page));
  await expect(firstItem(page).getByRole('textbox', { name: 'Memo' })).toHaveValue('Typed, then the page went away');
});

test('a memo typed and not left before switching documents is saved, and its stretch is one undo step', async ({ page }) => {
  await hearingWithManyAnnotations(page);
  await openDetails(firstItem(page));
  const memo = firstItem(page).getByRole('textbox', { name: 'Memo' });
  await memo.click();
  await page.keyboard.type('First thought.');
  await page.waitForTimeout(700); // a pause in typing: the memo is saved once already
  await page.keyboard.type(' Second thought.');
  await openDocument(page, SAMPLE_TITLE);
  await openDocument(page, TITLE);
  await openDetails(firstItem(page));
  await expect(firstItem(page).getByRole('textbox', { name: 'Memo' })).toHaveValue('First thought. Second thought.');
  // Undo takes the whole stretch back, not one save of it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText('Undone: edit memo.');
  await expect(firstItem(page).getByRole('textbox', { name: 'Memo' })).toHaveValue('');
});
