import { expect, test } from '@playwright/test';
import { DEFAULT_CATEGORIES } from '../src/shared/codebook';
import { SAMPLE_TEXT } from '../src/shared/sample-document';
import { annotationFileFor } from './fixtures/annotation-file';
import { importAnnotationFile, panel, startAs } from './helpers';

/**
 * An imported file whose codebook differs from the library's: each difference is listed with a
 * choice (keep mine / take theirs), nothing changes silently, and Undo takes the choice back.
 */

const theirs = [
  { ...DEFAULT_CATEGORIES[0], label: 'assertion', definition: 'The speaker states something as fact.' },
  ...DEFAULT_CATEGORIES.slice(1),
  { ...DEFAULT_CATEGORIES[0], id: 'denial', label: 'denial', definition: 'The speaker rejects a claim.', order: 4 },
];

test('codebook differences of an imported file are the user’s choice, and undoable', async ({ page }) => {
  await startAs(page, 'Ana');
  // Two annotations, both claims; the file ships its whole codebook (also the unused "denial").
  const withCodebook = annotationFileFor(SAMPLE_TEXT, /ferry/, { coder: 'Ben', categories: theirs, limit: 2, categoryOf: () => 'claim' });
  const dialog = await importAnnotationFile(page, 'ben.jsonld', withCodebook);
  const differences = dialog.getByRole('region', { name: 'Codebook differences' });
  const claim = differences.getByRole('group', { name: /^claim: label “assertion” in the file, “claim” here; definition/ });
  await expect(claim.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
  const denial = differences.getByRole('group', { name: /^New category “denial”/ });
  await expect(denial.getByRole('radio', { name: 'Add it' })).toBeChecked();

  await claim.getByRole('radio', { name: 'Take theirs' }).check();
  await dialog.getByRole('button', { name: 'Import 2 annotations' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 2 annotations from “ben.jsonld”');
  const toolbar = page.getByRole('toolbar', { name: 'Tagging' });
  await expect(toolbar.getByRole('button', { name: /Tag as assertion/ })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: /Tag as denial/ })).toBeVisible();
  await expect(panel(page).getByRole('listitem', { name: 'assertion: ferry' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText('Undone: import of 2 annotations from “ben.jsonld”.');
  await expect(toolbar.getByRole('button', { name: /Tag as claim/ })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: /Tag as denial/ })).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);

  // Keeping mine leaves the library's label as it was, though the file's is listed.
  const again = await importAnnotationFile(page, 'ben.jsonld', withCodebook);
  await again.getByRole('region', { name: 'Codebook differences' }).getByRole('group', { name: /^New category “denial”/ }).getByRole('radio', { name: 'Leave it out' }).check();
  await again.getByRole('button', { name: 'Import 2 annotations' }).click();
  await expect(panel(page).getByRole('listitem', { name: 'claim: ferry' })).toHaveCount(2);
  await expect(toolbar.getByRole('button', { name: /Tag as denial/ })).toHaveCount(0);
});
