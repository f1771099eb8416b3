import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { doubleClickWord, openDetails } from './helpers';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../src/shared/text/canonical';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../src/shared/sample-document';

/**
 * Exchange between two workspaces of the browser twin: coder A tags the sample and exports
 * its annotations; coder B imports an edited copy of the text, imports A's file onto it and
 * reviews the placement report before anything is written.
 */

const SAMPLE = canonicalText(SAMPLE_TEXT);
/** Where CI's W3C conformance check (`.ci/shared-checks`) finds a real export of the app. */
const EXPORTS_DIR = join(__dirname, '..', 'test-results', 'exports');

/** A's spans: the sentence around a word, optionally extended by some characters. */
const CLAIM = 'The ferry agreement has lapsed because Veltria never delivered the safety reports it promised in January.';
const ACCUSATION = 'The “inspections” they describe did not take place, and they know it.';
const PROPOSAL = 'We propose a joint inspection team that starts work in April, with observers from both coast guards.';
const DEMAND = 'Then we demand that every Veltrian ferry stays in port until the reports are on the table. 🚢';
const MEMO = 'Denies the other side’s account without naming evidence.';

/** B's copy: a paragraph added near the top, one word changed in the claim, the proposal's line gone. */
const EDITED_NAME = 'briefing-edited.txt';
const EDITED_TITLE = 'briefing-edited';
const NEW_PARAGRAPH = 'Present: reporters from six outlets; the briefing was broadcast live.';
const CLAIM_EDITED = CLAIM.replace('never delivered', 'never sent');
function editedCopy(): string {
  const lines = SAMPLE.split('\n');
  const kept = lines.slice(1).filter((line) => !line.includes(PROPOSAL));
  const text = [lines[0], NEW_PARAGRAPH, ...kept].join('\n').replace(CLAIM, CLAIM_EDITED);
  // Guard the premise of the test, not the app.
  if (text.includes(PROPOSAL) || !text.includes(CLAIM_EDITED) || !text.includes(DEMAND)) throw new Error('edited copy is wrong');
  return text;
}

async function newWorkspace(browser: Browser, coder: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill(coder);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`Coder: ${coder}`) })).toBeVisible();
  return page;
}

function readerOf(page: Page, title: string): Locator {
  return page.getByRole('textbox', { name: `Reader: ${title}` });
}

/**
 * Selects the sentence containing `word` (double-click, then Alt+S), extends it by `extend`
 * characters with Shift+ArrowRight, checks the selection is `expected`, and presses `key`.
 */
async function tagSentence(page: Page, reader: Locator, word: string, expected: string, key: string, extend = 0): Promise<void> {
  await doubleClickWord(page, reader, word);
  await page.keyboard.press('Alt+KeyS');
  for (let i = 0; i < extend; i++) await page.keyboard.press('Shift+ArrowRight');
  const shown = expected.length <= 80 ? expected : expected.slice(0, 79);
  await expect(page.getByText(`Selected: “${shown}`)).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByRole('status')).toContainText('Tagged');
}

async function chooseFromFileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

function panelList(page: Page): Locator {
  return page.getByRole('list', { name: 'Annotations in reading order' });
}

test('coder A exports, coder B imports onto an edited copy and sees the placements and the orphan', async ({ browser }) => {
  // ---- Workspace A: Ana tags four sentences of the sample and exports them.
  const ana = await newWorkspace(browser, 'Ana');
  const readerA = readerOf(ana, SAMPLE_TITLE);
  await expect(readerA).toContainText('Good afternoon.');
  await tagSentence(ana, readerA, 'lapsed', CLAIM, '1');
  await tagSentence(ana, readerA, 'describe', ACCUSATION, '2');
  await tagSentence(ana, readerA, 'joint', PROPOSAL, '3');
  // The emoji line: the sentence, then the space and the emoji (one arrow press each).
  await tagSentence(ana, readerA, 'Veltrian', DEMAND, '4', 2);
  await expect(panelList(ana).getByRole('listitem')).toHaveCount(4);

  const accusationA = panelList(ana).getByRole('listitem', { name: `accusation: ${ACCUSATION}` });
  await openDetails(accusationA);
  await accusationA.getByRole('textbox', { name: 'Memo' }).fill(MEMO);
  await accusationA.getByRole('textbox', { name: 'Memo' }).press('Tab');
  await expect(ana.getByRole('status')).toHaveText('Memo saved.');

  const downloadA = ana.waitForEvent('download');
  await chooseFromFileMenu(ana, 'Export annotations of this document…');
  const exported = await downloadA;
  expect(exported.suggestedFilename()).toMatch(/\.jsonld$/);
  const exportJson = readFileSync(await exported.path(), 'utf8');
  const collection = JSON.parse(exportJson) as { total: number; first: { items: unknown[] } };
  expect(collection.total).toBe(4);
  mkdirSync(EXPORTS_DIR, { recursive: true });
  writeFileSync(join(EXPORTS_DIR, 'sample-export.jsonld'), exportJson);
  writeFileSync(join(EXPORTS_DIR, 'sample.txt'), SAMPLE);

  // ---- Workspace B: Ben imports an edited copy of the text, then Ana's file.
  const ben = await newWorkspace(browser, 'Ben');
  await expect(readerOf(ben, SAMPLE_TITLE)).toContainText('Good afternoon.');
  const edited = editedCopy();
  const documentChooser = ben.waitForEvent('filechooser');
  await chooseFromFileMenu(ben, 'Import documents…');
  await (await documentChooser).setFiles({ name: EDITED_NAME, mimeType: 'text/plain', buffer: Buffer.from(edited, 'utf8') });
  const importReport = ben.getByRole('dialog', { name: /Import: 1 of 1 file imported/ });
  await expect(importReport).toBeVisible();
  await importReport.getByRole('button', { name: 'Close' }).click();
  const readerB = readerOf(ben, EDITED_TITLE);
  await expect(readerB).toContainText(NEW_PARAGRAPH);

  const importAnnotations = async (name: string, content: string) => {
    const chooser = ben.waitForEvent('filechooser');
    await chooseFromFileMenu(ben, 'Import annotations…');
    await (await chooser).setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(content, 'utf8') });
  };

  await importAnnotations('sample-export.jsonld', exportJson);
  const dialog = ben.getByRole('dialog', { name: 'Import annotations from “sample-export.jsonld”' });
  await expect(dialog).toContainText('4 annotations read');
  // B's workspace still has the untouched sample, so the file matches it by content hash and
  // the report comes straight away; B asks for the edited copy instead.
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText(`On “${SAMPLE_TITLE}” (same text)`);
  await expect(report.getByRole('list', { name: 'Placement counts' }).getByRole('listitem')).toHaveText([
    'exact: 4',
    'moved: 0',
    'fuzzy: 0',
    'orphaned: 0',
  ]);
  await report.getByRole('button', { name: 'Place on another document…' }).click();
  await dialog.getByRole('combobox', { name: 'Document' }).selectOption({ label: EDITED_TITLE });
  await dialog.getByRole('button', { name: 'Place annotations' }).click();
  await expect(report).toContainText(`On “${EDITED_TITLE}” (re-anchored on a different copy)`);
  const counts = report.getByRole('list', { name: 'Placement counts' });
  await expect(counts.getByRole('listitem')).toHaveText(['exact: 0', 'moved: 2', 'fuzzy: 1', 'orphaned: 1']);
  await expect(report.getByRole('region', { name: 'orphan placements' }).getByRole('listitem')).toHaveText([`“${PROPOSAL.slice(0, 79)}…”`]);
  // The approximate and the moved placements are listed too, the fuzzy one with the text it now covers.
  await expect(report.getByRole('region', { name: 'fuzzy placements' }).getByRole('listitem')).toHaveText([/^“The ferry agreement has lapsed because Veltria never delivered.*” → placed on “The ferry agreement has lapsed because Veltria never sent.*”$/]);
  await expect(report.getByRole('region', { name: 'moved placements' }).getByRole('listitem')).toHaveCount(2);
  // Nothing is written before the user confirms.
  await expect(ben.getByRole('list', { name: 'Annotations in reading order' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 4 annotations' }).click();
  await expect(ben.getByRole('status')).toHaveText(
    'Imported 4 annotations from “sample-export.jsonld”: 0 exact, 2 moved, 1 fuzzy, 1 orphaned. Undo with Ctrl+Z.',
  );
  // The placements worth checking stay listed, each with a jump to the text.
  const review = ben.getByRole('dialog', { name: 'Imported from “sample-export.jsonld”: check the placements' });
  await review.getByRole('region', { name: 'fuzzy placements' }).getByRole('button', { name: /^Show / }).click();
  await expect(review).toBeHidden();
  await expect(ben.getByText(/^Selected: “The ferry agreement has lapsed because Veltria never sent/)).toBeVisible();
  await expect(panelList(ben).getByRole('listitem', { name: `claim: ${CLAIM_EDITED.slice(0, 89)}…` })).toHaveAttribute('aria-current', 'true');

  // A's annotations are on B's copy, on the right text, by Ana.
  const items = panelList(ben).getByRole('listitem');
  await expect(items).toHaveCount(4);
  const expectPlaced = async (category: string, quote: string) => {
    const item = panelList(ben).getByRole('listitem', { name: `${category}: ${quote.length <= 90 ? quote : quote.slice(0, 89) + '…'}` });
    await expect(item).toBeVisible();
    await expect(item).toContainText('Ana');
    await expect(item).not.toContainText('orphan');
    // The reader's highlight (its title names the category) covers exactly the quote.
    await expect(readerB.getByTitle(category, { exact: true })).toHaveText(quote);
    return item;
  };
  const fuzzy = await expectPlaced('claim', CLAIM_EDITED);
  await expect(fuzzy).toContainText('check placement');
  const accusationB = await expectPlaced('accusation', ACCUSATION);
  await openDetails(accusationB);
  await expect(accusationB.getByRole('textbox', { name: 'Memo' })).toHaveValue(MEMO);
  await expectPlaced('demand', DEMAND);
  const orphan = panelList(ben).getByRole('listitem', { name: `proposal: ${PROPOSAL.slice(0, 89)}…` });
  await expect(orphan).toContainText('orphan: not placed');
  await expect(orphan).toContainText('Ana');
  await expect(readerB.getByTitle('proposal', { exact: true })).toHaveCount(0);
  await expect(ben.getByRole('note')).toContainText('1 annotation could not be placed in this text');

  // The same file again: nothing new to write, nothing duplicated.
  await importAnnotations('sample-export.jsonld', exportJson);
  await expect(dialog).toBeVisible();
  await report.getByRole('button', { name: 'Place on another document…' }).click();
  await dialog.getByRole('combobox', { name: 'Document' }).selectOption({ label: EDITED_TITLE });
  await dialog.getByRole('button', { name: 'Place annotations' }).click();
  await expect(report).toContainText('0 already here in an older version will be updated; 4 already here are left as they are.');
  await expect(dialog.getByRole('button', { name: 'Import 0 annotations' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(items).toHaveCount(4);

  // A file that is not JSON is refused with its name, and nothing is written.
  await importAnnotations('notes.json', 'claim: the ferry agreement has lapsed\n');
  await expect(ben.getByRole('alert')).toContainText('notes.json');
  await expect(ben.getByRole('dialog')).toHaveCount(0);
  await expect(items).toHaveCount(4);
  // After a reload (the last opened document comes back), the stored state is the same.
  await ben.reload();
  await expect(readerOf(ben, EDITED_TITLE)).toBeVisible();
  await expect(panelList(ben).getByRole('listitem')).toHaveCount(4);

  await ana.context().close();
  await ben.context().close();
});
