import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { longTranscript } from './fixtures/long-transcript';
import { doubleClickWord, expectFitsWindow, importFiles, openDocument, panel, startAs } from './helpers';

const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
];

/** Tags two words far apart, then jumps between them from the panel, checking the layout each time. */
async function tagAndJump(page: Page, title: string, first: string, last: string): Promise<void> {
  const reader = page.getByRole('textbox', { name: `Reader: ${title}`, exact: true });
  await expectFitsWindow(page);
  await doubleClickWord(page, reader, first);
  await page.keyboard.press('1');
  await expect(panel(page).getByRole('listitem', { name: `claim: ${first}` })).toBeVisible();
  await expectFitsWindow(page);
  await doubleClickWord(page, reader, last);
  await page.keyboard.press('2');
  await expect(panel(page).getByRole('listitem', { name: `accusation: ${last}` })).toBeVisible();
  await expectFitsWindow(page);
  await panel(page).getByRole('listitem', { name: `claim: ${first}` }).getByRole('button', { name: `“${first}”` }).click();
  await expect(reader.getByTitle('claim', { exact: true })).toBeInViewport();
  await expectFitsWindow(page);
  await panel(page).getByRole('listitem', { name: `accusation: ${last}` }).getByRole('button', { name: `“${last}”` }).click();
  await expect(reader.getByTitle('accusation', { exact: true })).toBeInViewport();
  await expectFitsWindow(page);
}

for (const viewport of VIEWPORTS) {
  test(`a long transcript fits a ${viewport.width}×${viewport.height} window before and after jumps`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await startAs(page, 'Ana');
    await importFiles(page, [{ name: 'council-hearing.txt', text: longTranscript() }]);
    await openDocument(page, 'council-hearing');
    await tagAndJump(page, 'council-hearing', 'lighthouse', 'breakwater');
  });
}

/** The briefing transcript of the reference corpus (../shared/corpus), when it is there. */
const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
const briefing = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') }))
      .find((f) => f.text.includes('Ushakov:'))
  : undefined;

test.describe('the reference briefing transcript', () => {
  test.skip(!briefing, `the reference corpus is not at ${CORPUS} (it comes with ../shared in CI)`);
  for (const viewport of VIEWPORTS) {
    test(`fits a ${viewport.width}×${viewport.height} window before and after jumps`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await startAs(page, 'Ana');
      await importFiles(page, [briefing!]);
      const title = briefing!.name.replace(/\.txt$/, '');
      await openDocument(page, title);
      await tagAndJump(page, title, 'unprecedented', 'Ushakov');
    });
  }
});

/**
 * Issue 14: the transcript tools and every view over the library fit the window too: the reader
 * with its search bar and code map, the speaker review, the concordance with lines, the coded
 * segments, co-occurrence, sequences and speakers × categories.
 */
for (const viewport of [VIEWPORTS[0], VIEWPORTS[2]]) {
  test(`the transcript tools and the views over the library fit a ${viewport.width}×${viewport.height} window`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await startAs(page, 'Ana');
    await importFiles(page, [{ name: 'council-hearing.txt', text: longTranscript() }]);
    await openDocument(page, 'council-hearing');
    const reader = page.getByRole('textbox', { name: 'Reader: council-hearing', exact: true });
    await doubleClickWord(page, reader, 'lighthouse');
    await page.keyboard.press('Shift+1');
    await expect(page.getByRole('status')).toContainText('as claim');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('harbour fees');
    await expect(page.getByText(/^\d+ of \d+ matches$/)).toBeVisible();
    await expectFitsWindow(page);
    await page.getByRole('button', { name: 'Speakers and turns…' }).click();
    const review = page.getByRole('dialog', { name: /^Speakers and turns of/ });
    const box = (await review.boundingBox())!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    await review.getByRole('button', { name: 'Close' }).click();

    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('button', { name: 'Concordance' }).click();
    await page.getByRole('searchbox', { name: 'Find in the library' }).fill('the');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText(/^[\d,]+ hits in 2 documents/)).toBeVisible();
    await expectFitsWindow(page, { reader: false });
    for (const view of ['Coded segments', 'Co-occurrence', 'Sequences', 'Speakers × categories']) {
      await views.getByRole('button', { name: view }).click();
      await expect(page.getByRole('region', { name: view })).toBeVisible();
      await expectFitsWindow(page, { reader: false });
    }
  });
}
