import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { doubleClickWord, openDetails } from './helpers';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseDelimited } from '../src/shared/dataset/csv';
import { canonicalText } from '../src/shared/text/canonical';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../src/shared/sample-document';

/**
 * The dataset export end to end: tag in the browser twin, export the five tables, read
 * segments.csv (and the transcript tables) back with the project's own CSV reader and compare every row with what was
 * tagged. Offsets are checked as code points against the sample's canonical text.
 */

const SAMPLE = canonicalText(SAMPLE_TEXT);
const SPOKESPERSON = 'Spokesperson Mara Lindqvist';

interface Tagged {
  category: string;
  exact: string;
  speaker: string;
  memo?: string;
}

const CYRILLIC_LINE = 'The quote was «Мы готовы к диалогу, но не к ультиматумам», which means “we are ready for dialogue, but not for ultimatums.”';
const TAGGED: Tagged[] = [
  { category: 'accusation', exact: 'Is the ministry accusing Veltria of breaking the agreement?', speaker: 'Question' },
  {
    category: 'demand',
    exact: 'Then we demand that every Veltrian ferry stays in port until the reports are on the table. 🚢',
    speaker: SPOKESPERSON,
    memo: 'Conditional demand, "until" clause; emoji kept,\nsecond line of the memo.',
  },
  { category: 'claim', exact: CYRILLIC_LINE, speaker: SPOKESPERSON },
  { category: 'proposal', exact: 'диалогу', speaker: SPOKESPERSON },
  { category: 'claim', exact: 'Their note said «Η ασφάλεια έρχεται πρώτα» — safety comes first — and we agree with that.', speaker: SPOKESPERSON },
];

/** Selects (word, or its sentence with Alt+S, plus `extend` characters), checks, and tags with `key`. */
async function tag(page: Page, reader: Locator, word: string, how: { sentence: boolean; extend?: number }, expected: string, key: string) {
  await doubleClickWord(page, reader, word);
  if (how.sentence) await page.keyboard.press('Alt+KeyS');
  for (let i = 0; i < (how.extend ?? 0); i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByText(`Selected: “${expected.length <= 80 ? expected : expected.slice(0, 79)}`)).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByRole('status')).toContainText('Tagged');
}

function codePoints(s: string): string[] {
  return [...s];
}

test('tagging, exporting the dataset and reading segments.csv back gives what was tagged', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Save name' }).click();
  const reader = page.getByRole('textbox', { name: `Reader: ${SAMPLE_TITLE}` });
  await expect(reader).toContainText('Good afternoon.');

  await tag(page, reader, 'accusing', { sentence: true }, TAGGED[0].exact, '2');
  await tag(page, reader, 'Veltrian', { sentence: true, extend: 2 }, TAGGED[1].exact, '4');
  // The word first: a click on an existing highlight focuses that annotation, which a
  // double-click there would race with.
  await tag(page, reader, 'диалогу', { sentence: false }, TAGGED[3].exact, '3');
  await tag(page, reader, 'ultimatums', { sentence: true }, TAGGED[2].exact, '1');
  await tag(page, reader, 'ασφάλεια', { sentence: true }, TAGGED[4].exact, '1');
  const list = page.getByRole('list', { name: 'Annotations in reading order' });
  await expect(list.getByRole('listitem')).toHaveCount(TAGGED.length);

  const memoItem = list.getByRole('listitem', { name: /^demand: / });
  await openDetails(memoItem);
  await memoItem.getByRole('textbox', { name: 'Memo' }).fill(TAGGED[1].memo!);
  await memoItem.getByRole('textbox', { name: 'Memo' }).press('Tab');
  await expect(page.getByRole('status')).toHaveText('Memo saved.');

  // Export: five downloads.
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export dataset…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export dataset' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Export tables' }).click();
  await expect.poll(() => downloads.length).toBe(6);
  const files = new Map<string, string>();
  for (const d of downloads) files.set(d.suggestedFilename(), readFileSync(await d.path(), 'utf8'));
  expect([...files.keys()].sort()).toEqual(['README.md', 'codebook.csv', 'documents.csv', 'segments.csv', 'speakers.csv', 'turns.csv']);
  // Written for statistics tools (the default): exact text, LF, no BOM, and the README says so.
  expect(files.get('README.md')).toContain('Written for R, pandas, Stata, SPSS');
  expect(files.get('README.md')).toContain('## turns');
  expect(files.get('segments.csv')!.startsWith('\uFEFF')).toBe(false);
  expect(files.get('segments.csv')).not.toContain('\r\n');
  // The status line names the files once.
  await expect(page.getByRole('status')).toHaveText(`Saved segments.csv, documents.csv, codebook.csv, turns.csv, speakers.csv, README.md (${TAGGED.length} segments).`);

  const table = (name: string): Record<string, string>[] => {
    const parsed = parseDelimited(files.get(name)!, 'csv');
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
    const [header, ...rows] = parsed.value;
    for (const row of rows) expect(row.length, `${name}: every row has all columns`).toBe(header.length);
    return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
  };

  // segments.csv: one row per tagged span, in reading order, matching what was tagged.
  const segments = table('segments.csv');
  expect(segments).toHaveLength(TAGGED.length);
  const hash = createHash('sha256').update(SAMPLE, 'utf8').digest('hex');
  const text = codePoints(SAMPLE);
  for (const t of TAGGED) {
    const row = segments.find((r) => r.exact === t.exact);
    expect(row, `a row for “${t.exact}”`).toBeDefined();
    const start = Number(row!.start);
    const end = Number(row!.end);
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(text.slice(start, end).join('')).toBe(t.exact);
    // Code points, not UTF-16 units: the same count as the text before the span in code points.
    const unitStart = SAMPLE.indexOf(t.exact);
    expect(start).toBe(codePoints(SAMPLE.slice(0, unitStart)).length);
    expect(end - start).toBe(codePoints(t.exact).length);
    expect(row).toMatchObject({
      category_label: t.category,
      category_id: expect.any(String),
      coder: 'Ana',
      document_title: SAMPLE_TITLE,
      content_hash: hash,
      speaker: t.speaker,
      paragraph: String(SAMPLE.slice(0, unitStart).split('\n').length),
      // Every line after the title is a turn.
      turn: String(SAMPLE.slice(0, unitStart).split('\n').length - 1),
      memo: t.memo ?? '',
      status: 'placed',
      prefix: codePoints(SAMPLE.slice(0, unitStart)).slice(-32).join(''),
      suffix: codePoints(SAMPLE.slice(unitStart + t.exact.length)).slice(0, 32).join(''),
    });
  }
  expect(segments.map((r) => Number(r.start))).toEqual([...segments.map((r) => Number(r.start))].sort((a, b) => a - b));
  // The emoji is one code point but two UTF-16 units, so spans after it start one earlier.
  const demand = segments.find((r) => r.category_label === 'demand')!;
  expect(Number(demand.end) - Number(demand.start)).toBe(TAGGED[1].exact.length - 1);
  const cyrillic = segments.find((r) => r.exact === CYRILLIC_LINE)!;
  expect(Number(cyrillic.start)).toBe(SAMPLE.indexOf(CYRILLIC_LINE) - 1);

  // documents.csv: per category counts for the sample, zeros included.
  const counts = table('documents.csv');
  const countOf = (label: string) => counts.find((r) => r.document_title === SAMPLE_TITLE && r.category_label === label)?.count;
  expect(countOf('claim')).toBe('2');
  expect(countOf('accusation')).toBe('1');
  expect(countOf('proposal')).toBe('1');
  expect(countOf('demand')).toBe('1');

  // codebook.csv: the four default categories.
  expect(table('codebook.csv').map((r) => r.label)).toEqual(['claim', 'accusation', 'proposal', 'demand']);

  // turns.csv: one row per speaker turn (the title line is not a turn), code-point offsets.
  const turns = table('turns.csv');
  const lines = SAMPLE.split('\n').filter((l) => l !== '');
  expect(turns.map((r) => r.speaker)).toEqual(lines.slice(1).map((l) => l.slice(0, l.indexOf(':'))));
  const third = turns[2];
  expect(text.slice(Number(third.start), Number(third.end)).join('')).toBe(lines[3]);
  expect(third).toMatchObject({ turn: '3', label: 'Question', excluded: 'FALSE' });

  // speakers.csv: speaker × category counts.
  const bySpeaker = table('speakers.csv').filter((r) => r.count !== '0').map((r) => `${r.speaker}/${r.category_label}=${r.count}`);
  expect(bySpeaker.sort()).toEqual(['Question/accusation=1', `${SPOKESPERSON}/claim=2`, `${SPOKESPERSON}/demand=1`, `${SPOKESPERSON}/proposal=1`]);
});
