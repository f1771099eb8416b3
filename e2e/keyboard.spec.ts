import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE } from '../src/shared/sample-document';
import { longTranscript } from './fixtures/long-transcript';
import { importFiles, openDetails, openDocument, panel, reader, selectWithMouse, startAs } from './helpers';

/** Keyboard paths through the screen: F6 between regions, focus after Delete, a keyboard tag far down. */

test('F6 and Shift+F6 cycle library → reader → panel, skipping a hidden panel', async ({ page }) => {
  await startAs(page, 'Ana');
  await selectWithMouse(page, 'The ferry agreement has lapsed');
  await page.keyboard.press('1');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('F6');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: SAMPLE_TITLE, exact: true })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(reader(page)).toBeFocused();
  await page.keyboard.press('F6');
  await expect(panel(page).getByRole('button', { name: '“The ferry agreement has lapsed”' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: SAMPLE_TITLE, exact: true })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(panel(page).getByRole('button', { name: '“The ferry agreement has lapsed”' })).toBeFocused();
  // With the panel hidden, F6 goes from the reader back to the library.
  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Annotations' })).toHaveCount(0);
  await reader(page).focus();
  await page.keyboard.press('F6');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: SAMPLE_TITLE, exact: true })).toBeFocused();
  // The choice is remembered.
  await page.reload();
  await expect(reader(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Annotations' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Annotations' })).toBeVisible();
});

test('after Delete in the panel the focus moves to the next annotation', async ({ page }) => {
  await startAs(page, 'Ana');
  await selectWithMouse(page, 'The ferry agreement has lapsed');
  await page.keyboard.press('1');
  await selectWithMouse(page, 'Veltria never delivered the safety reports');
  await page.keyboard.press('2');
  await expect(page.getByRole('status')).toHaveText('Tagged “Veltria never delivered the safety reports” as accusation.');
  const first = panel(page).getByRole('listitem', { name: 'claim: The ferry agreement has lapsed' });
  await openDetails(first);
  await first.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: '“Veltria never delivered the safety reports”' })).toBeFocused();
});

test('the empty panel names the keys the codebook has now', async ({ page }) => {
  await startAs(page, 'Ana');
  await page.getByRole('button', { name: 'Codebook…' }).click();
  const key = page.getByRole('dialog', { name: 'Codebook' }).getByRole('textbox', { name: 'Key' }).first();
  await key.fill('c');
  await key.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Annotations' })).toContainText("press a category's key (c claim, 2 accusation, 3 proposal, 4 demand)");
});

test('a span tagged by keyboard far down a long text is scrolled into view with its highlight', async ({ page }) => {
  await startAs(page, 'Ana');
  await importFiles(page, [{ name: 'council-hearing.txt', text: longTranscript() }]);
  await openDocument(page, 'council-hearing');
  const text = reader(page);
  await text.focus();
  await page.keyboard.press('Control+End');
  // A person sees the end of the text before selecting in it (the sections there are drawn
  // after the jump; arrow keys pressed during that drawing move the caret by a stale layout).
  await expect(text.getByText(/\(turn 319\)\.$/)).toBeInViewport();
  // Select the end of the last turn backwards with the keyboard, then tag it.
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowLeft'); // the line feed, then 11 characters
  await expect(page.getByText('Selected: “(turn 319).”')).toBeVisible();
  await page.keyboard.press('4');
  const highlight = text.getByTitle('demand', { exact: true });
  await expect(highlight).toHaveText('(turn 319).');
  await expect(highlight).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(text.getByTitle('demand', { exact: true })).not.toBeInViewport();
  await expect(text.getByText(/^Chair Mirela Voss: The ferry schedule.*\(turn 0\)\.$/)).toBeInViewport();
});

test('the panes resize by keyboard, the reader text size changes, and both are remembered with the reading position', async ({ page }) => {
  await startAs(page, 'Ana');
  await importFiles(page, [{ name: 'council-hearing.txt', text: longTranscript() }]);
  await openDocument(page, 'council-hearing');
  const splitter = page.getByRole('separator', { name: 'Resize the annotation panel' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowLeft'); // the panel is on the right: left widens it
  await page.keyboard.press('ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 32));
  const panelWidth = (await page.getByRole('region', { name: 'Annotations' }).boundingBox())!.width;

  await page.getByRole('button', { name: 'View', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Reading settings…' }).click();
  await page.getByRole('dialog', { name: 'Reading settings' }).getByRole('slider', { name: /Text size/ }).fill('22');
  await page.getByRole('dialog', { name: 'Reading settings' }).getByRole('button', { name: 'Close' }).click();
  await expect(reader(page)).toHaveCSS('font-size', '22px');

  // Read on to turn 200, then reload: the reader comes back there.
  const turn = reader(page).getByText(/\(turn 200\)\.$/);
  await turn.scrollIntoViewIfNeeded();
  await expect(turn).toBeInViewport();
  await page.waitForTimeout(600); // the position is written shortly after scrolling stops
  await page.reload();
  await expect(reader(page)).toHaveCSS('font-size', '22px');
  await expect(reader(page).getByText(/\(turn 200\)\.$/)).toBeInViewport();
  await expect(page.getByRole('separator', { name: 'Resize the annotation panel' })).toHaveAttribute('aria-valuenow', String(before + 32));
  expect((await page.getByRole('region', { name: 'Annotations' }).boundingBox())!.width).toBeCloseTo(panelWidth, 0);
});
