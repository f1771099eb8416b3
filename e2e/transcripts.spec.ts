import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseDelimited } from '../src/shared/dataset/csv';
import { FERRY_TALKS, FERRY_TALKS_NAME, FERRY_TALKS_TITLE } from './fixtures/transcripts';
import { expectFitsWindow, reader, startAs } from './helpers';

/**
 * Issue 14, done when: import a transcript, review its speakers (merge an alias, exclude the
 * chrome), search a word across two documents, tag three hits from the concordance in one step,
 * undo and redo it, find the hits with their speakers in the coded-segments view, and in the
 * dataset export with `turn` and `speaker` columns.
 */

test.use({ viewport: { width: 1024, height: 768 } });

function views(page: Page) {
  return page.getByRole('navigation', { name: 'Views' });
}

test('a transcript from import to dataset: speakers reviewed, concordance tagging undone and redone, coded segments, turns in the export', async ({ page }) => {
  await startAs(page, 'Ana');

  // Import: the report offers the speaker review of the new transcript.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await (await chooser).setFiles({ name: FERRY_TALKS_NAME, mimeType: 'text/plain', buffer: Buffer.from(FERRY_TALKS) });
  const report = page.getByRole('dialog', { name: /^Import: 1 of 1 file imported/ });
  await expect(report).toContainText('5 speaker turns');
  await report.getByRole('button', { name: `Review speakers of “${FERRY_TALKS_NAME}”` }).click();

  // The review: three speakers detected, one an alias of another; the chrome before the first turn.
  const review = page.getByRole('dialog', { name: `Speakers and turns of “${FERRY_TALKS_TITLE}”` });
  await expect(review).toContainText('5 turns by 3 speakers');
  await expect(review.getByRole('table', { name: 'Speakers' }).getByRole('row')).toHaveCount(4);
  await review.getByRole('button', { name: 'Merge into “Tomas Aberg”' }).click();
  await expect(review).toContainText('5 turns by 2 speakers');
  await expect(review.getByRole('list', { name: 'Names counted as Tomas Aberg' })).toContainText('Aide to the Minister Tomas Aberg');
  await review.getByRole('button', { name: 'Exclude the text before the first turn' }).click();
  await expect(review.getByRole('list', { name: 'Regions that are not speech' })).toContainText('page chrome: “View settings Font size:');
  await expect(page.getByRole('status')).toContainText('set aside as page chrome');
  await expectFitsWindowWithDialog(page);
  await review.getByRole('button', { name: 'Confirm speakers' }).click();
  await expect(review).toHaveCount(0);

  // The reader: the speaker filter knows the merged speakers.
  await expect(reader(page)).toContainText('Good evening. The ferry talks lasted an hour.');
  await expect(page.getByRole('combobox', { name: 'Speaker' }).getByRole('option')).toHaveText(['all speakers', 'Tomas Aberg', 'Question']);

  // The concordance across the library: the sample briefing and the new transcript.
  await views(page).getByRole('button', { name: 'Concordance' }).click();
  const concordance = page.getByRole('region', { name: 'Concordance' });
  await concordance.getByRole('searchbox', { name: 'Find in the library' }).fill('ferry');
  await concordance.getByRole('button', { name: 'Search', exact: true }).click();
  // 4 in the transcript's speech, 2 in the sample; the 2 in the chrome are left out.
  await expect(concordance.getByText('6 hits in 2 documents; 2 in text marked as not speech left out', { exact: false })).toBeVisible();
  await expectFitsWindow(page, { reader: false, panel: false });

  // Three hits of one speaker, tagged in one step.
  await concordance.getByRole('combobox', { name: 'Speaker' }).selectOption('Tomas Aberg');
  const lines = concordance.getByRole('table').getByRole('row');
  await expect(lines).toHaveCount(1 + 3);
  await concordance.getByRole('checkbox', { name: 'Select every line shown' }).check();
  await concordance.getByRole('combobox', { name: 'as' }).selectOption({ label: 'claim' });
  await concordance.getByRole('button', { name: 'Tag 3 selected' }).click();
  await expect(page.getByRole('status')).toHaveText('Tag 3 hits as claim. Undo with Ctrl+Z.');
  const coded = concordance.getByRole('table').getByText('claim (Ana)');
  await expect(coded).toHaveCount(3);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText('Undone: tag 3 hits as claim.');
  await expect(coded).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status')).toHaveText('Redone: tag 3 hits as claim.');
  await expect(coded).toHaveCount(3);

  // The coded segments view: the three, with their speaker and turn.
  await views(page).getByRole('button', { name: 'Coded segments' }).click();
  const segments = page.getByRole('region', { name: 'Coded segments' });
  await segments.getByText('Categories: all').click();
  await segments.getByRole('checkbox', { name: 'claim' }).check();
  await expect(segments.getByText('3 segments in 1 group.')).toBeVisible();
  const items = segments.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(`claim · ${FERRY_TALKS_TITLE} · Tomas Aberg, turn 1 · Ana`);
  await expect(items.nth(1)).toContainText('Tomas Aberg, turn 3');
  await expect(items.nth(2)).toContainText('Tomas Aberg, turn 5');
  await expectFitsWindow(page, { reader: false, panel: false });

  // The readable reports: a self-contained web page and Markdown, with quotes, sources and speakers.
  const saved = async (button: string) => {
    const download = page.waitForEvent('download');
    await segments.getByRole('button', { name: button }).click();
    const d = await download;
    return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
  };
  const html = await saved('Export report (HTML)');
  expect(html.name).toBe('coded-segments.html');
  expect(html.bytes.toString('utf8')).toMatch(/^<!doctype html>/);
  expect(html.bytes.toString('utf8')).toContain(`${FERRY_TALKS_TITLE} · Tomas Aberg, turn 3 · claim · Ana`);
  const markdown = await saved('Export report (Markdown)');
  expect(markdown.bytes.toString('utf8')).toContain('> ferry');
  const csv = await saved('Export table (CSV)');
  expect(csv.bytes.toString('utf8').split('\n')[0]).toContain('speaker,turn');

  // A picture and its exports: SVG text and PNG bytes.
  await views(page).getByRole('button', { name: 'Speakers × categories' }).click();
  const speakers = page.getByRole('region', { name: 'Speakers × categories' });
  await expect(speakers.getByRole('row', { name: /^Tomas Aberg 3 / })).toBeVisible();
  const svgDownload = page.waitForEvent('download');
  await speakers.getByRole('button', { name: 'Export SVG' }).click();
  expect(readFileSync(await (await svgDownload).path(), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  const pngDownload = page.waitForEvent('download');
  await speakers.getByRole('button', { name: 'Export PNG' }).click();
  expect([...readFileSync(await (await pngDownload).path()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await views(page).getByRole('button', { name: 'Coded segments' }).click();

  // "Show in text" goes to the reader with the segment selected.
  await items.nth(1).getByRole('button', { name: 'Show in text: “ferry”' }).click();
  await expect(page.getByText('Selected: “ferry”')).toBeVisible();
  const selectedLine = () => page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent ?? '');
  expect(await selectedLine()).toContain('The ferry will run');
  await expect(page.getByRole('list', { name: 'Annotations in reading order' }).getByText('Tomas Aberg · turn 3')).toBeVisible();
  // The code map's claim lane goes to the next claim after the caret (turn 5).
  await page.getByRole('group', { name: 'Code map' }).getByRole('button', { name: 'claim: 3 places; go to the next one' }).press('Enter');
  await expect.poll(selectedLine).toContain('We demand the ferry reports now.');

  // The dataset: segments with speaker and turn as reviewed, and the transcript's turns.
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export dataset…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export dataset' });
  await dialog.getByRole('combobox', { name: 'Documents' }).selectOption('library');
  await dialog.getByRole('button', { name: 'Export tables' }).click();
  await expect.poll(() => downloads.length).toBe(6);
  const files = new Map<string, string>();
  for (const d of downloads) files.set(d.suggestedFilename(), readFileSync(await d.path(), 'utf8'));
  const table = (name: string) => {
    const parsed = parseDelimited(files.get(name)!, 'csv');
    if (!parsed.ok) throw new Error(parsed.error);
    const [header, ...rows] = parsed.value;
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };
  const rows = table('segments.csv');
  expect(rows.map((r) => [r.document_title, r.exact, r.category_id, r.speaker, r.turn, r.coder])).toEqual([
    [FERRY_TALKS_TITLE, 'ferry', 'claim', 'Tomas Aberg', '1', 'Ana'],
    [FERRY_TALKS_TITLE, 'ferry', 'claim', 'Tomas Aberg', '3', 'Ana'],
    [FERRY_TALKS_TITLE, 'ferry', 'claim', 'Tomas Aberg', '5', 'Ana'],
  ]);
  const turns = table('turns.csv').filter((r) => r.document_title === FERRY_TALKS_TITLE);
  expect(turns.map((r) => [r.turn, r.speaker, r.label])).toEqual([
    ['1', 'Tomas Aberg', 'Aide to\u00a0the\u00a0Minister Tomas Aberg'],
    ['2', 'Question', 'Question'],
    ['3', 'Tomas Aberg', 'Tomas Aberg'],
    ['4', 'Question', 'Question'],
    ['5', 'Tomas Aberg', 'Tomas Aberg'],
  ]);
});

/** The review dialog stays within the window at 1024×768 (it scrolls inside itself). */
async function expectFitsWindowWithDialog(page: Page): Promise<void> {
  const box = await page.getByRole('dialog').boundingBox();
  const viewport = page.viewportSize()!;
  expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
}

test('the speaker review: a line that is not a turn, another convention, and undo', async ({ page }) => {
  await startAs(page, 'Ana');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await (await chooser).setFiles({ name: FERRY_TALKS_NAME, mimeType: 'text/plain', buffer: Buffer.from(FERRY_TALKS) });
  await page.getByRole('button', { name: `Review speakers of “${FERRY_TALKS_NAME}”` }).click();
  const review = page.getByRole('dialog', { name: `Speakers and turns of “${FERRY_TALKS_TITLE}”` });
  await review.getByText('Turns of Question (2)').click();
  await review.getByRole('button', { name: 'Turn 4 is not a turn' }).click();
  await expect(review).toContainText('4 turns by 3 speakers');
  await expect(review.getByRole('list', { name: 'Lines that are not turns' })).toContainText('Question: Who is to blame for the delay?');
  await review.getByRole('combobox', { name: 'How speakers are marked' }).selectOption('none');
  await expect(review).toContainText('No speaker turns were found in this text.');
  await page.keyboard.press('Control+z');
  await expect(review).toContainText('4 turns by 3 speakers');
  await page.keyboard.press('Control+z');
  await expect(review).toContainText('5 turns by 3 speakers');
});
