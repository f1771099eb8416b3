import { expect, test, type Page } from '@playwright/test';
import { selectWithMouse, startAs } from './helpers';

/**
 * Issue 12, item 8: every shortcut the browser twin's menus advertise works. The test reads the
 * shortcuts from the menus themselves, presses each, and sees it act; a shortcut advertised
 * without a check here fails the test, so nothing can be advertised untested.
 */

/** What each advertised shortcut must do, by menu item label. */
const EXPECTED: Record<string, (page: Page, press: () => Promise<void>) => Promise<void>> = {
  'Import documents…': async (page, press) => {
    const chooser = page.waitForEvent('filechooser');
    await press();
    expect((await chooser).isMultiple()).toBe(true);
  },
  'Import annotations…': async (page, press) => {
    const chooser = page.waitForEvent('filechooser');
    await press();
    expect((await chooser).isMultiple()).toBe(false);
  },
  'Export annotations of this document…': async (page, press) => {
    const download = page.waitForEvent('download');
    await press();
    expect((await download).suggestedFilename()).toMatch(/\.jsonld$/);
  },
  'Export dataset…': async (page, press) => {
    await press();
    const dialog = page.getByRole('dialog', { name: 'Export dataset' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  },
  Undo: async (page, press) => {
    await press();
    await expect(page.getByRole('status')).toHaveText(/^Undone: tag as claim\.$/i);
  },
  Redo: async (page, press) => {
    await press();
    await expect(page.getByRole('status')).toHaveText(/^Redone: tag as claim\.$/i);
  },
  'Select the sentence': async (page, press) => {
    await press();
    await expect(page.getByText('Selected: “The ferry agreement has lapsed because Veltria never delivered')).toBeVisible();
  },
  'Select the speaker’s turn': async (page, press) => {
    await press();
    // The turn's speech without its label (the sample's turns are one sentence each).
    await expect(page.getByText('Selected: “The ferry agreement has lapsed because Veltria never delivered')).toBeVisible();
  },
  'Find in document…': async (page, press) => {
    await press();
    const field = page.getByRole('searchbox', { name: 'Find in document' });
    await expect(field).toBeFocused();
    await field.fill('Veltria');
    await expect(page.getByText(/^\d+ of \d+ matches$/)).toBeVisible();
    await field.press('Escape');
    await expect(field).toHaveCount(0);
  },
  'Find in library…': async (page, press) => {
    await press();
    await expect(page.getByRole('region', { name: 'Concordance' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reader' }).click();
    await expect(page.getByRole('region', { name: 'Concordance' })).toHaveCount(0);
  },
  'Keyboard shortcuts': async (page, press) => {
    await press();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Ctrl+O Import documents' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  },
};

/** The shortcuts the menus show: [menu item label, shortcut as shown] in menu order. */
async function advertised(page: Page): Promise<[string, string][]> {
  const found: [string, string][] = [];
  const menus = page.getByRole('banner').locator('button[aria-haspopup="menu"]');
  for (const name of await menus.allTextContents()) {
    await page.getByRole('button', { name, exact: true }).click();
    const menu = page.getByRole('menu', { name });
    for (const item of await menu.getByRole('menuitem').all()) {
      const hint = item.locator('kbd');
      if ((await hint.count()) > 0) found.push([(await item.locator('span').textContent()) ?? '', (await hint.textContent()) ?? '']);
    }
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
  }
  return found;
}

test('every shortcut the menus advertise does what its menu item does', async ({ page }) => {
  await startAs(page, 'Ana');
  await selectWithMouse(page, 'The ferry agreement has lapsed');
  await page.keyboard.press('1');
  await expect(page.getByRole('status')).toHaveText('Tagged “The ferry agreement has lapsed” as claim.');

  const shortcuts = await advertised(page);
  expect(shortcuts.map(([label]) => label)).toEqual(expect.arrayContaining(['Import documents…', 'Undo', 'Keyboard shortcuts']));
  for (const [label, keys] of shortcuts) {
    const check = EXPECTED[label];
    expect(check, `“${label}” advertises ${keys} but this test has no check for it`).toBeDefined();
    // Playwright names the Ctrl key "Control".
    await check(page, () => page.keyboard.press(keys.replace(/^Ctrl\+/, 'Control+')));
  }
  // Undo ran before Redo in menu order, so the tag is back.
  await expect(page.getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem', { name: 'claim: The ferry agreement has lapsed' })).toBeVisible();
});

test('? opens the shortcut overlay, but types a ? in a text field', async ({ page }) => {
  await startAs(page, 'Ana');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: 'Ctrl+Shift+Z or Ctrl+Y Redo' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^1 Tag the selection as claim$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Coder: Ana. Change coder name' }).click();
  const name = page.getByRole('textbox', { name: 'Coder name', exact: true });
  await name.press('End');
  await name.press('?');
  await expect(name).toHaveValue('Ana?');
  await expect(dialog).toHaveCount(0);
});
