import { describe, expect, it } from 'vitest';
import { BOM, formatTable, guardFormula, parseDelimited, type Cell, type Delimited } from './csv';

const csv: Delimited = { format: 'csv', lineEnding: '\n', bom: false };
const tsv: Delimited = { format: 'tsv', lineEnding: '\n', bom: false };

/** The one data line written for a single cell under a header `c`. */
function written(cell: Cell, options: Delimited): string {
  return formatTable(['c'], [[cell]], options).slice('c\n'.length, -1);
}

/** Parses and insists on success. */
function parsed(text: string, format: 'csv' | 'tsv'): string[][] {
  const result = parseDelimited(text, format);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('CSV cells', () => {
  it.each<[string, Cell, string]>([
    ['plain text', 'claim', 'claim'],
    ['comma', 'a, b', '"a, b"'],
    ['quotes doubled', 'he said "no"', '"he said ""no"""'],
    ['LF', 'line 1\nline 2', '"line 1\nline 2"'],
    ['CRLF', 'line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['leading space', ' x', '" x"'],
    ['trailing space', 'x ', '"x "'],
    ['Cyrillic', 'Привет, мир', '"Привет, мир"'],
    ['CJK', '你好', '你好'],
    ['emoji', '😀 👍🏽', '😀 👍🏽'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['empty string', '', ''],
    ['integer', 42, '42'],
    ['negative number untouched', -3, '-3'],
    ['decimal', 0.5, '0.5'],
    ['text =', '=SUM(A1)', "'=SUM(A1)"],
    ['text +', '+1 555', "'+1 555"],
    ['text -', '-2+3', "'-2+3"],
    ['text @', '@cmd', "'@cmd"],
    ['text TAB', '\tx', "'\tx"],
    ['text CR', '\rx', `"'\rx"`],
    ['guarded and quoted', '=HYPERLINK("x"),1', `"'=HYPERLINK(""x""),1"`],
    ['= inside is fine', 'a=b', 'a=b'],
    ['apostrophe kept', "it's", "it's"],
  ])('%s', (_name, cell, expected) => {
    expect(written(cell, csv)).toBe(expected);
  });

  it('can switch the formula guard off', () => {
    expect(written('=1+1', { ...csv, guardFormulas: false })).toBe('=1+1');
  });

  it('guardFormula leaves ordinary text alone', () => {
    expect(guardFormula('Yes')).toBe('Yes');
    expect(guardFormula('')).toBe('');
  });
});

describe('TSV cells', () => {
  it.each<[string, Cell, string]>([
    ['plain', 'claim', 'claim'],
    ['tab', 'a\tb', 'a\\tb'],
    ['LF', 'a\nb', 'a\\nb'],
    ['CR', 'a\rb', 'a\\rb'],
    ['backslash', 'C:\\path', 'C:\\\\path'],
    ['literal backslash-n', 'a\\nb', 'a\\\\nb'],
    ['quotes are not special', 'say "hi", ok', 'say "hi", ok'],
    ['emoji', '😀', '😀'],
    ['negative number', -1, '-1'],
    ['guarded text', '-1', "'-1"],
    ['guarded tab', '\tx', "'\\tx"],
    ['null', null, ''],
  ])('%s', (_name, cell, expected) => {
    expect(written(cell, tsv)).toBe(expected);
  });
});

describe('formatTable: many rows', () => {
  it.each([0, 1, 2047, 2048, 2049, 4096, 5000])('%i rows end each row with the line ending, once', (count) => {
    const rows: Cell[][] = Array.from({ length: count }, (_, i) => [i, `v ${i}`]);
    const expected = ['n,v', ...rows.map(([i]) => `${String(i)},v ${String(i)}`)].join('\r\n') + '\r\n';
    expect(formatTable(['n', 'v'], rows, { ...csv, lineEnding: '\r\n', bom: true })).toBe(BOM + expected);
  });
});

describe('formatTable: a column repeating its previous value', () => {
  const rows: Cell[][] = [['=x', 'a'], ['=x', null], [null, 'a'], ['=x', 'a, b'], ['=x', 'a, b'], [-1, 'a'], ['-1', 'a']];
  it.each<[string, Delimited, string]>([
    ['CSV', csv, "c,d\n'=x,a\n'=x,\n,a\n'=x,\"a, b\"\n'=x,\"a, b\"\n-1,a\n'-1,a\n"],
    ['TSV', tsv, "c\td\n'=x\ta\n'=x\t\n\ta\n'=x\ta, b\n'=x\ta, b\n-1\ta\n'-1\ta\n"],
    ['CSV unguarded', { ...csv, guardFormulas: false }, 'c,d\n=x,a\n=x,\n,a\n=x,"a, b"\n=x,"a, b"\n-1,a\n-1,a\n'],
  ])('%s: writes each cell as if it stood alone', (_name, options, expected) => {
    expect(formatTable(['c', 'd'], rows, options)).toBe(expected);
  });
});

describe('formatTable', () => {
  it('writes a header, rows and a final line ending', () => {
    expect(formatTable(['a', 'b'], [[1, 'x'], [null, 'y']], csv)).toBe('a,b\n1,x\n,y\n');
  });

  it('ends every record with CRLF when asked', () => {
    expect(formatTable(['a'], [['x'], ['y']], { ...csv, lineEnding: '\r\n' })).toBe('a\r\nx\r\ny\r\n');
  });

  it('starts with a BOM when asked', () => {
    const text = formatTable(['a'], [['Привет']], { ...csv, bom: true });
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('a\nПривет\n');
    expect(formatTable(['a'], [], tsv).startsWith(BOM)).toBe(false);
  });

  it('separates TSV with tabs', () => {
    expect(formatTable(['a', 'b'], [['x', 2]], tsv)).toBe('a\tb\nx\t2\n');
  });

  it('rejects a row of the wrong width', () => {
    expect(() => formatTable(['a', 'b'], [['x']], csv)).toThrow(/1 cells for 2 columns/);
  });
});

describe('parseDelimited', () => {
  const awkward: string[][] = [
    ['id', 'text', 'note'],
    ['1', 'a, b', 'he said "no"'],
    ['2', 'line 1\nline 2\r\nline 3', ''],
    ['3', ' padded ', 'Привет 😀 𝒳'],
    ['4', 'tab\there', 'back\\slash \\n'],
    ['5', '', ''],
  ];

  it.each<[string, Delimited]>([
    ['CSV LF', csv],
    ['CSV CRLF + BOM', { format: 'csv', lineEnding: '\r\n', bom: true }],
    ['TSV LF', tsv],
    ['TSV CRLF + BOM', { format: 'tsv', lineEnding: '\r\n', bom: true }],
  ])('round-trips awkward cells: %s', (_name, options) => {
    const text = formatTable(awkward[0], awkward.slice(1), { ...options, guardFormulas: false });
    expect(parsed(text, options.format)).toEqual(awkward);
  });

  it.each<[string, string, string[][]]>([
    ['empty input', '', []],
    ['no final line end', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['lone CR', 'a\r1\r', [['a'], ['1']]],
    ['trailing empty field', 'a,\n', [['a', '']]],
    ['empty last field at end', 'a,', [['a', '']]],
    ['quoted empty', '"",x\n', [['', 'x']]],
    ['BOM stripped', '\uFEFFa\n', [['a']]],
    ['empty line is a record', 'a\n\nb\n', [['a'], [''], ['b']]],
  ])('CSV: %s', (_name, text, expected) => {
    expect(parsed(text, 'csv')).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ['unclosed quote', 'a\n"never closed\n', /opened on line 2 is never closed/],
    ['text after closing quote', '"a"b\n', /Line 1: unexpected text after a closing quote/],
    ['bare quote', 'a"b\n', /Line 1: a quote inside an unquoted field/],
  ])('CSV fails on %s', (_name, text, message) => {
    const result = parseDelimited(text, 'csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('TSV keeps an unknown escape as written', () => {
    expect(parsed('a\\qb\n', 'tsv')).toEqual([['a\\qb']]);
  });
});
