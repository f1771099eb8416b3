/**
 * The formula guard, one test per leading character (issue 15, finding 7): OWASP's list
 * (`= + - @`, TAB, CR), ASVS 5.0 V1.2.10's (adds NUL), line feed and the other C0 controls, the
 * full-width triggers, and triggers behind spaces a spreadsheet skips (space, NBSP, …).
 */
import { describe, expect, it } from 'vitest';
import { formatTable, guardFormula } from './csv';

const PAYLOAD = 'HYPERLINK("http://evil.example","click")';

/** Leading characters that start a formula by themselves. */
const TRIGGERS: [string, string][] = [
  ['=', '='], ['+', '+'], ['-', '-'], ['@', '@'],
  ['full-width ＝ (U+FF1D)', '\uff1d'], ['full-width ＋ (U+FF0B)', '\uff0b'], ['full-width － (U+FF0D)', '\uff0d'], ['full-width ＠ (U+FF20)', '\uff20'],
];

/** Leading controls, guarded whatever follows. */
const CONTROLS: [string, string][] = [
  ['TAB', '\t'], ['CR', '\r'], ['LF', '\n'], ['NUL', '\u0000'], ['vertical tab', '\u000b'], ['form feed', '\u000c'], ['unit separator', '\u001f'],
];

/** Characters a spreadsheet skips before a trigger. */
const SKIPPED: [string, string][] = [
  ['space', ' '], ['NBSP (U+00A0)', '\u00a0'], ['em space (U+2003)', '\u2003'], ['thin space (U+2009)', '\u2009'], ['zero-width space (U+200B)', '\u200b'],
  ['narrow NBSP (U+202F)', '\u202f'], ['ideographic space (U+3000)', '\u3000'], ['BOM (U+FEFF)', '\ufeff'], ['line separator (U+2028)', '\u2028'],
  ['TAB then space', '\t '], ['LF then NBSP', '\n\u00a0'],
];

describe('guardFormula', () => {
  it.each(TRIGGERS)('guards a cell starting with %s', (_name, c) => {
    expect(guardFormula(`${c}${PAYLOAD}`)).toBe(`'${c}${PAYLOAD}`);
  });

  it.each(CONTROLS)('guards a cell starting with %s', (_name, c) => {
    expect(guardFormula(`${c}text`)).toBe(`'${c}text`);
  });

  it.each(SKIPPED)('guards a trigger behind %s', (_name, c) => {
    expect(guardFormula(`${c}=${PAYLOAD}`)).toBe(`'${c}=${PAYLOAD}`);
    expect(guardFormula(`${c}\uff0b1`)).toBe(`'${c}\uff0b1`);
  });

  it.each([
    ['a space before ordinary text', ' the media have been'],
    ['NBSP before ordinary text', '\u00a0text'],
    ['a trigger inside the text', 'a = b'],
    ['an apostrophe', "'quoted"],
    ['empty', ''],
  ])('leaves %s alone', (_name, text) => {
    expect(guardFormula(text)).toBe(text);
  });

  it('guards in written CSV and TSV, quoting where CSV needs it, and only when asked', () => {
    const rows = [[' =1+1', '\u00a0@SUM(A1)', '\uff1dcmd', 'ok', -3]];
    const options = { lineEnding: '\n', bom: false } as const;
    expect(formatTable(['a', 'b', 'c', 'd', 'e'], rows, { ...options, format: 'csv' })).toBe(`a,b,c,d,e\n' =1+1,'\u00a0@SUM(A1),'\uff1dcmd,ok,-3\n`);
    expect(formatTable(['a', 'b', 'c', 'd', 'e'], rows, { ...options, format: 'tsv' })).toBe(`a\tb\tc\td\te\n' =1+1\t'\u00a0@SUM(A1)\t'\uff1dcmd\tok\t-3\n`);
    expect(formatTable(['a'], [[' =1+1']], { ...options, format: 'csv', guardFormulas: false })).toBe('a\n" =1+1"\n');
  });
});
