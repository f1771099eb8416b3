/**
 * Delimited text (CSV and TSV) for the dataset tables: a writer and a reader.
 *
 * CSV follows RFC 4180: UTF-8, comma-separated, a field is quoted when it contains a comma, a
 * double quote, CR or LF, or begins or ends with a space, and quotes inside are doubled. Every
 * record, the last included, ends with the chosen line ending.
 *
 * TSV follows IANA `text/tab-separated-values`, which forbids tabs and line breaks inside a
 * field. They are escaped the way PostgreSQL's COPY text format and MySQL do: TAB → `\t`,
 * LF → `\n`, CR → `\r`, backslash → `\\`. Nothing is quoted. R reads this back with
 * `readr::read_tsv(file, quote = "", escape_backslash = TRUE)`; pandas with
 * `read_csv(file, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False)` followed by
 * replacing the escapes.
 */
import { fail, ok, type Result } from '../result';

/** How a table is written: the format, the line ending and whether to start with a BOM. */
export type Delimited = {
  format: 'csv' | 'tsv';
  lineEnding: '\n' | '\r\n';
  /** Start the file with U+FEFF so that Excel reads it as UTF-8 (non-Latin text, emoji). */
  bom: boolean;
  /**
   * Defend text cells against formula injection (see `guardFormula`). Default true; turn off
   * only for files that no spreadsheet will open, since the guard alters the cell's text.
   */
  guardFormulas?: boolean;
};

/** One cell as the tables hand it over; null and undefined are written as an empty field. */
export type Cell = string | number | null | undefined;

/** The byte-order mark written when `bom` is set. */
export const BOM = '\uFEFF';

/**
 * Characters that start a formula in a spreadsheet: `=`, `+`, `-`, `@` (OWASP "CSV Injection",
 * ASVS 5.0 V1.2.10) and their full-width forms `＝ ＋ － ＠`, which spreadsheets in East Asian
 * locales read as the same.
 */
const FORMULA_TRIGGERS = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20';

/**
 * What may stand before a trigger and still let it act, since spreadsheets skip it when they
 * read a cell: spaces of every kind (space, NBSP, the U+2000 block, ideographic space…), the
 * byte-order mark, zero-width space, and C0 controls (TAB, CR, LF, NUL…).
 */
const SKIPPED = '\\u0000-\\u0020\\u00a0\\u1680\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/**
 * A cell the guard changes: one starting with a C0 control (OWASP lists TAB and CR, ASVS TAB
 * and NUL; LF and the rest behave alike), or with a trigger after any run of skipped
 * characters (`=1`, ` =1`, NBSP `=1`, `＝1`).
 */
const FORMULA_START = new RegExp(`^(?:[\\u0000-\\u001f]|[${SKIPPED}]*[${FORMULA_TRIGGERS}])`);

/**
 * Formula-injection defence for a text cell: one that a spreadsheet could run (see
 * `FORMULA_START`) gets a leading apostrophe, which Excel, LibreOffice and Google Sheets show
 * as text rather than evaluate (OWASP advice). Only strings are guarded: JavaScript numbers,
 * such as -3, are written unchanged, so numeric columns stay numeric. The apostrophe is part
 * of the written text; a reader that wants the original removes one leading `'` from such cells.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field needs CSV quoting when it holds a comma, quote, CR or LF, or has an edge space. */
const NEEDS_QUOTES = /[",\r\n]|^ | $/;

/** One CSV field, quoted per RFC 4180 when needed. */
function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One TSV field with TAB, LF, CR and backslash escaped as `\t`, `\n`, `\r`, `\\`. */
function tsvField(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * A string cell that matches neither pattern is written as it is: no formula guard, no
 * quoting (CSV) or escaping (TSV). One test of this per cell keeps the common case cheap;
 * the rest go through `guardFormula` and the field writer.
 */
const CSV_PLAIN_NOT = new RegExp(`^[${SKIPPED}${FORMULA_TRIGGERS}]|[",\\r\\n]| $`);
const TSV_PLAIN_NOT = new RegExp(`^[${SKIPPED}${FORMULA_TRIGGERS}]|[\\\\\\t\\n\\r]`);

/** Writes a string cell: formula guard (when `guard`), then CSV quoting or TSV escaping. */
type TextWriter = (text: string, guard: boolean) => string;

const csvText: TextWriter = (text, guard) => (CSV_PLAIN_NOT.test(text) ? csvField(guard ? guardFormula(text) : text) : text);
const tsvText: TextWriter = (text, guard) => (TSV_PLAIN_NOT.test(text) ? tsvField(guard ? guardFormula(text) : text) : text);

/**
 * Writes a header row of `columns` and then `rows` as CSV or TSV. Rows must have one cell per
 * column (checked: a mismatch is a programming error and throws). Numbers are written as
 * JavaScript prints them, unguarded; null and undefined as an empty field.
 *
 * Speed (20,000 segments): a string cell is tested against one pattern and only then guarded
 * and quoted; a column repeating its previous value (document, category, coder…) reuses that
 * value's written text; each row is joined from one reused array of fields, and the rows are
 * joined once (one join over every field costs more: V8 copies a buffer of all the pieces).
 */
export function formatTable(columns: readonly string[], rows: readonly (readonly Cell[])[], options: Delimited): string {
  const guard = options.guardFormulas ?? true;
  const csv = options.format === 'csv';
  const field = csv ? csvField : tsvField;
  const text = csv ? csvText : tsvText;
  const delimiter = csv ? ',' : '\t';
  const width = columns.length;
  // The BOM starts the header line, and a last empty line gives the final line ending, so
  // that one join makes the whole text as one flat string.
  const lines: string[] = [(options.bom ? BOM : '') + columns.map((c) => field(c)).join(delimiter)];
  const fields = new Array<string>(width).fill('');
  const previous: Cell[] = new Array<Cell>(width).fill(null);
  for (const row of rows) {
    if (row.length !== width) throw new Error(`A row has ${row.length} cells for ${width} columns.`);
    for (let i = 0; i < width; i++) {
      const cell = row[i];
      if (typeof cell === 'string') {
        if (cell !== previous[i]) {
          previous[i] = cell;
          fields[i] = text(cell, guard);
        }
      } else {
        previous[i] = null;
        fields[i] = typeof cell === 'number' ? String(cell) : '';
      }
    }
    lines.push(fields.join(delimiter));
  }
  lines.push('');
  return lines.join(options.lineEnding);
}

/**
 * Reads CSV or TSV written by `formatTable` (or any RFC 4180 / IANA TSV file) into records of
 * raw strings, header included. Accepts LF, CRLF or lone CR line ends and a leading BOM; a
 * final line end does not start an empty record. TSV escapes are undone; the formula guard's
 * apostrophe is not (the reader cannot tell it from text). Fails on malformed CSV quoting.
 */
export function parseDelimited(text: string, format: 'csv' | 'tsv'): Result<string[][]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return format === 'csv' ? parseCsv(body) : ok(parseTsv(body));
}

/** RFC 4180 reader: a small state machine over the characters. */
function parseCsv(text: string): Result<string[][]> {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    // At the start of a field.
    if (text[i] === '"') {
      const opened = line;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return fail(`A quoted field opened on line ${opened} is never closed.`);
        const chunk = text.slice(i, q);
        line += countLineFeeds(chunk);
        field += chunk;
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r')
        return fail(`Line ${line}: unexpected text after a closing quote.`);
    } else {
      const from = i;
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') return fail(`Line ${line}: a quote inside an unquoted field.`);
        i++;
      }
      field = text.slice(from, i);
    }
    record.push(field);
    field = '';
    if (i >= n) break;
    if (text[i] === ',') {
      i++;
      // A delimiter at the very end still leaves one (empty) field to read.
      if (i >= n) record.push('');
      continue;
    }
    // A line end: LF, CRLF or lone CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return ok(records);
}

/** Number of LF characters in `text`, for error messages' line numbers. */
function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** IANA TSV reader with backslash escapes undone; an unknown escape is kept as written. */
function parseTsv(text: string): string[][] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.split('\t').map(unescapeTsv));
}

/** Undoes `tsvField`. */
function unescapeTsv(field: string): string {
  return field.replace(/\\(.)/gs, (whole, c: string) =>
    c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c === '\\' ? '\\' : whole,
  );
}
