import { expect, test } from '@playwright/test';
import { clickInText, panel, reader, startAs } from './helpers';

/**
 * Issue 12, item 9: Alt+S on a speaker's line took the speaker label ("Name:") into the
 * sentence when the caret was on the label. The sample briefing is a transcript; a person
 * clicks on the speaker's name and presses Alt+S, then tags the sentence.
 */
test('Alt+S with the caret on a speaker’s name selects the first sentence of the speech, without the label', async ({ page }) => {
  await startAs(page, 'Ana');
  await expect(reader(page)).toContainText('The ferry agreement has lapsed');

  await clickInText(page, 'Spokesperson Mara Lindqvist: The ferry agreement', 3);
  await page.keyboard.press('Alt+s');
  const sentence = 'The ferry agreement has lapsed because Veltria never delivered the safety reports it promised in January.';
  await expect(page.getByText(`Selected: “${sentence.slice(0, 79)}`)).toBeVisible();
  await expect(page.getByText(/^Selected: “Spokesperson/)).toHaveCount(0);

  await page.keyboard.press('1');
  await expect(panel(page).getByRole('listitem', { name: /^claim: The ferry agreement has lapsed because/ })).toBeVisible();
  await expect(panel(page).getByRole('listitem', { name: /^claim: Spokesperson/ })).toHaveCount(0);

  // On a question's label, the same: the label is never part of the sentence.
  await clickInText(page, 'Question: What happens if Veltria refuses?', 2);
  await page.keyboard.press('Alt+s');
  await expect(page.getByText('Selected: “What happens if Veltria refuses?”')).toBeVisible();
});
