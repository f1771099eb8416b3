import { expect, test } from '@playwright/test';

test('shows the sample document and keeps data across a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Save name' }).click();
  const reader = page.getByRole('textbox', { name: /Reader: Sample/ });
  await expect(reader).toContainText('Spokesperson Mara Lindqvist: Good afternoon.');
  await expect(reader).toContainText('Мы готовы к диалогу');
  await expect(reader).toContainText('🚢');
  await page.screenshot({ path: 'test-results/smoke.png' });
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Reader: Sample/ })).toContainText('Good afternoon.');
  await expect(page.getByRole('button', { name: /Coder: Ana/ })).toBeVisible();
});
