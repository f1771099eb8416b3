import { expect, test } from '@playwright/test';
import { clickInText, openDetails, panel, reader, selectWithKeyboard, selectWithMouse, startAs, textBox } from './helpers';

test('tags with mouse, keyboard, toolbar and context menu; overlaps, memo, recategorise, undo, redo, delete, reload', async ({ page }) => {
  await startAs(page, 'Ana');
  await expect(reader(page)).toContainText('The ferry agreement has lapsed');
  const status = page.getByRole('status');

  // 1. Claim: mouse selection, shortcut key.
  await selectWithMouse(page, 'The ferry agreement has lapsed');
  await page.keyboard.press('1');
  await expect(status).toHaveText('Tagged “The ferry agreement has lapsed” as claim.');
  await expect(panel(page).getByRole('listitem', { name: 'claim: The ferry agreement has lapsed' })).toBeVisible();

  // 2. Accusation: keyboard selection (Shift+arrows), toolbar button.
  await selectWithKeyboard(page, 'Veltria never delivered the safety reports');
  await page.getByRole('toolbar', { name: 'Tagging' }).getByRole('button', { name: /Tag as accusation/ }).click();
  await expect(panel(page).getByRole('listitem', { name: 'accusation: Veltria never delivered the safety reports' })).toBeVisible();

  // 3. Proposal: the sentence command (Alt+S), then the context menu.
  await clickInText(page, 'joint inspection team', 3);
  await page.keyboard.press('Alt+s');
  await expect(page.getByText(/^Selected: “We propose a joint inspection team that starts work in April, with observers/)).toBeVisible();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu', { name: 'Tag selection' }).getByRole('menuitem', { name: /Tag as proposal/ }).click();
  await expect(panel(page).getByRole('listitem', { name: /^proposal: We propose a joint inspection team/ })).toBeVisible();

  // 4. Demand, selected with the keyboard across the emoji; surrounding spaces are trimmed.
  await selectWithKeyboard(page, ' we demand that every Veltrian ferry stays in port');
  await page.keyboard.press('4');
  await expect(panel(page).getByRole('listitem', { name: 'demand: we demand that every Veltrian ferry stays in port' })).toBeVisible();

  // An empty selection tags nothing and says why.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('2');
  await expect(page.getByRole('alert')).toContainText('Nothing was tagged: select some text first');
  await expect(panel(page).getByRole('listitem')).toHaveCount(4);

  // 5. Overlap: a second annotation over part of the claim; clicking the overlap asks which one.
  await selectWithMouse(page, 'agreement has lapsed because Veltria');
  await page.keyboard.press('2');
  await expect(panel(page).getByRole('listitem')).toHaveCount(5);
  const overlap = await textBox(page, 'has lapsed');
  await page.mouse.click(overlap.x1 + 4, overlap.y1);
  const picker = page.getByRole('menu', { name: 'Choose an annotation' });
  await expect(picker.getByRole('menuitem')).toHaveCount(2);
  await picker.getByRole('menuitem', { name: /^claim:/ }).click();
  await expect(panel(page).getByRole('listitem', { name: 'claim: The ferry agreement has lapsed' })).toHaveAttribute('aria-current', 'true');

  // 6. Memo, edited in place.
  const claim = panel(page).getByRole('listitem', { name: 'claim: The ferry agreement has lapsed' });
  await openDetails(claim);
  await claim.getByRole('textbox', { name: 'Memo' }).fill('Presented as settled fact.');
  await claim.getByRole('textbox', { name: 'Memo' }).press('Tab');
  await expect(status).toHaveText('Memo saved.');

  // 7. Change a category; undo and redo it.
  const proposalItem = panel(page).getByRole('listitem', { name: /^proposal: We propose/ });
  await openDetails(proposalItem);
  await proposalItem.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'demand' });
  await expect(panel(page).getByRole('listitem', { name: /^demand: We propose/ })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click(); // leave the form field, as a person would
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Undone: change category to demand.');
  await expect(panel(page).getByRole('listitem', { name: /^proposal: We propose/ })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(status).toHaveText('Redone: change category to demand.');
  await expect(panel(page).getByRole('listitem', { name: /^demand: We propose/ })).toBeVisible();

  // 8. Delete, undo the delete, delete again.
  const accusation = panel(page).getByRole('listitem', { name: 'accusation: Veltria never delivered the safety reports' });
  await openDetails(accusation);
  await accusation.getByRole('button', { name: 'Delete' }).click();
  await expect(accusation).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(accusation).toBeVisible();
  await openDetails(accusation);
  await accusation.getByRole('button', { name: 'Delete' }).click();
  await expect(accusation).toHaveCount(0);

  // The highlights are in the reader: one element per drawn segment, labelled by category.
  await expect(reader(page).locator('[title="claim"]').first()).toBeVisible();

  // 9. Reload: everything is still there, exactly as left.
  await page.reload();
  await expect(reader(page)).toContainText('The ferry agreement has lapsed');
  const items = panel(page).getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toHaveAccessibleName('claim: The ferry agreement has lapsed');
  await expect(items.nth(1)).toHaveAccessibleName('accusation: agreement has lapsed because Veltria');
  await expect(items.nth(2)).toHaveAccessibleName(/^demand: We propose a joint inspection team/);
  await expect(items.nth(3)).toHaveAccessibleName('demand: we demand that every Veltrian ferry stays in port');
  await openDetails(items.nth(0));
  await expect(items.nth(0).getByRole('textbox', { name: 'Memo' })).toHaveValue('Presented as settled fact.');
  await expect(items.nth(0)).toContainText('Ana');
});

test('the codebook: add, rename, retire and undo; renaming keeps annotations', async ({ page }) => {
  await startAs(page, 'Ana');
  await selectWithMouse(page, 'The ferry agreement has lapsed');
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Codebook…' }).click();
  const codebook = page.getByRole('region', { name: 'Codebook' });
  await codebook.getByRole('textbox', { name: 'New category' }).fill('concession');
  await codebook.getByRole('button', { name: 'Add category' }).click();
  await expect(codebook.getByRole('status')).toHaveText('Added category concession (key 5).');
  const claimLabel = codebook.getByRole('textbox', { name: 'Label' }).first();
  await claimLabel.fill('assertion');
  await claimLabel.press('Tab');
  await codebook.getByRole('button', { name: 'Retire concession' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  // The renamed category keeps its annotation; the retired one has no toolbar button.
  await expect(panel(page).getByRole('listitem', { name: 'assertion: The ferry agreement has lapsed' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Tagging' }).getByRole('button', { name: /concession/ })).toHaveCount(0);
  await page.keyboard.press('Control+z'); // undo the retirement
  await expect(page.getByRole('toolbar', { name: 'Tagging' }).getByRole('button', { name: /Tag as concession/ })).toBeVisible();
  await selectWithMouse(page, 'Good afternoon.');
  await page.keyboard.press('5');
  await expect(panel(page).getByRole('listitem', { name: 'concession: Good afternoon.' })).toBeVisible();
  await page.reload();
  await expect(panel(page).getByRole('listitem', { name: 'concession: Good afternoon.' })).toBeVisible();
  await expect(panel(page).getByRole('listitem', { name: 'assertion: The ferry agreement has lapsed' })).toBeVisible();
});

test('keyboard only: Alt+Enter at the caret shows the annotation under it', async ({ page }) => {
  await startAs(page, 'Ana');
  await selectWithKeyboard(page, 'The ferry agreement has lapsed');
  await page.keyboard.press('1');
  await expect(page.getByRole('status')).toHaveText('Tagged “The ferry agreement has lapsed” as claim.');
  await page.getByRole('button', { name: 'Coder: Ana. Change coder name' }).focus(); // move focus away…
  await reader(page).focus(); // …and back into the reader, as Tab would
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByRole('status')).toHaveText('claim: “The ferry agreement has lapsed”.');
  await expect(panel(page).getByRole('listitem', { name: 'claim: The ferry agreement has lapsed' })).toHaveAttribute('aria-current', 'true');
});
