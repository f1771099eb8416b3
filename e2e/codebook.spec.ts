import { expect, test } from '@playwright/test';
import { startAs } from './helpers';

/**
 * The codebook editor as a person uses it from the keyboard: refusals are explained in the
 * dialog, Enter commits, the focus stays in the dialog, a colour drag is one undo step and a
 * new category's first colour change holds.
 */

test('codebook edits: refusals in the dialog, Enter commits, Tab stays in the dialog, one heading', async ({ page }) => {
  await startAs(page, 'Ana');
  await page.getByRole('button', { name: 'Codebook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Codebook' });
  await expect(dialog.getByRole('heading', { name: 'Codebook' })).toHaveCount(1);
  const label = dialog.getByRole('textbox', { name: 'Label' }).first();

  // A duplicate label, committed with Enter: refused, said next to the field, which keeps it to fix.
  await label.fill('accusation');
  await label.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('There is already a category called “accusation”.');
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(label).toHaveValue('accusation');
  // Leaving the field: it shows the stored label again, and says so.
  await label.press('Tab');
  await expect(label).toHaveValue('claim');
  await expect(dialog.getByRole('alert')).toHaveText('There is already a category called “accusation”. The label stays “claim”.');
  // The focus went on to the next field of the dialog, not to the page.
  await expect(dialog.getByRole('textbox', { name: 'Key' }).first()).toBeFocused();

  // An empty label is refused the same way.
  await label.fill('   ');
  await label.press('Tab');
  await expect(dialog.getByRole('alert')).toHaveText('A category needs a label. The label stays “claim”.');

  // Enter commits a rename; the focus stays in the field.
  await label.fill('assertion');
  await label.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Rename category to assertion: done.');
  await expect(label).toBeFocused();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await label.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Key' }).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Tagging' }).getByRole('button', { name: /Tag as assertion/ })).toBeVisible();
});

test('a new category keeps its first colour, and one drag across the picker is one undo step', async ({ page }) => {
  await startAs(page, 'Ana');
  await page.getByRole('button', { name: 'Codebook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Codebook' });
  await dialog.getByRole('textbox', { name: 'New category' }).fill('denial');
  await dialog.getByRole('button', { name: 'Add category' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Added category denial (key 5).');
  const colour = dialog.getByLabel('Colour').last();
  // A drag: the picker sends `input` at every step and `change` when it closes.
  await colour.evaluate((input: HTMLInputElement) => {
    for (const value of ['#102030', '#304050', '#506070', '#123456']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(dialog.getByRole('status')).toHaveText('Change the colour of denial: done.');
  await expect(colour).toHaveValue('#123456');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Tagging' }).getByRole('button', { name: /Tag as denial/ })).toHaveAttribute('style', /rgb\(18, 52, 86\)/);
  // One undo takes the whole drag back to the colour the category was added with.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText('Undone: change the colour of denial.');
  await page.getByRole('button', { name: 'Codebook…' }).click();
  await expect(dialog.getByLabel('Colour').last()).not.toHaveValue('#123456');
  await expect(dialog.getByLabel('Colour').last()).not.toHaveValue(/#102030|#304050|#506070/);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText('Undone: add category denial.');
});
