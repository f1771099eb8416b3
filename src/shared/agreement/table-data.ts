/**
 * Reliability data from a CSV table (RFC 4180, read by the dataset reader): a header
 * `unit,CODER1,CODER2,…`, then one row per unit, an empty cell for a missing value. Values are
 * labels or numbers: when every value is a number the column is compared as numbers (1 and 1.0
 * are one value). Every refusal names the row and column.
 */
import { parseDelimited } from '../dataset/csv';
import { AGREEMENT_LIMITS } from '../limits';
import { fail, ok, type Result } from '../result';
import { type CodedData, type RawValue, codeGrid, parseNumber } from './coded-data';

/** What the values must be, and why (for the message). */
export interface TableNeeds {
  numbers: boolean;
  nonNegative: boolean;
  /** E.g. "the ordinal level needs numbers". */
  why: string;
}

/** Any labels or numbers. */
export const ANY_VALUES: TableNeeds = { numbers: false, nonNegative: false, why: '' };

/** "column 3 (“B”)". */
function column(index: number, name: string): string {
  return `column ${index + 1} (“${name}”)`;
}

/** A hint when the header looks like another delimiter was used. */
function delimiterHint(cell: string): string {
  const other = cell.includes(';') ? '“;”' : cell.includes('\t') ? 'tabs' : null;
  return other ? ` (the file seems to use ${other} between columns; save it as comma-separated values)` : '';
}

/** Reads a reliability table from CSV text. */
export function reliabilityTable(text: string, needs: TableNeeds = ANY_VALUES): Result<CodedData> {
  const parsed = parseDelimited(text, 'csv');
  if (!parsed.ok) return fail(`not valid CSV: ${parsed.error}`);
  // Blank lines (one empty field) are skipped; rows keep their number in the file.
  const rows = parsed.value.map((cells, i) => ({ cells, row: i + 1 })).filter((r) => !(r.cells.length === 1 && r.cells[0].trim() === ''));
  if (rows.length === 0) return fail('the file is empty; the first row must be the header “unit,CODER1,CODER2,…”.');
  const header = rows[0];
  const first = header.cells[0].trim();
  if (first.toLowerCase() !== 'unit') {
    return fail(`row ${header.row}, column 1: the header must start with “unit”, not “${first}”${delimiterHint(header.cells.join(','))}.`);
  }
  const coders = header.cells.slice(1).map((c) => c.trim());
  if (coders.length === 0) return fail(`row ${header.row}: the header names no coder after “unit”.`);
  if (coders.length > AGREEMENT_LIMITS.maxCoders) return fail(`row ${header.row}: ${coders.length} coders; at most ${AGREEMENT_LIMITS.maxCoders} are supported.`);
  const seenCoders = new Map<string, number>();
  for (let c = 0; c < coders.length; c++) {
    if (coders[c] === '') return fail(`row ${header.row}, column ${c + 2}: a coder has no name.`);
    const earlier = seenCoders.get(coders[c]);
    if (earlier !== undefined) return fail(`row ${header.row}, ${column(c + 1, coders[c])}: the coder appears twice (also column ${earlier + 2}).`);
    seenCoders.set(coders[c], c);
  }
  const units: string[] = [];
  const labels: (string | null)[][] = [];
  const rowOf: number[] = [];
  const seenUnits = new Map<string, number>();
  for (const { cells, row } of rows.slice(1)) {
    if (cells.length !== header.cells.length) return fail(`row ${row}: ${cells.length} cells, but the header has ${header.cells.length} columns.`);
    const unit = cells[0].trim();
    if (unit === '') return fail(`row ${row}, column 1: the unit has no name.`);
    const earlier = seenUnits.get(unit);
    if (earlier !== undefined) return fail(`row ${row}, column 1: the unit “${unit}” appears twice (also row ${earlier}).`);
    seenUnits.set(unit, row);
    units.push(unit);
    rowOf.push(row);
    labels.push(cells.slice(1).map((c) => (c.trim() === '' ? null : c.trim())));
  }
  if (units.length === 0) return fail('the table has a header but no units (rows).');
  let allNumbers = true;
  for (let u = 0; u < labels.length && allNumbers; u++) {
    for (let c = 0; c < coders.length; c++) {
      const label = labels[u][c];
      if (label === null || parseNumber(label) !== null) continue;
      if (needs.numbers) return fail(`row ${rowOf[u]}, ${column(c + 1, coders[c])}: “${label}” is not a number, and ${needs.why} (leave the cell empty for a missing value).`);
      allNumbers = false;
      break;
    }
  }
  const grid: RawValue[][] = labels.map((row) => row.map((label) => (label === null ? null : allNumbers ? (parseNumber(label) as number) : label)));
  if (needs.nonNegative) {
    for (let u = 0; u < grid.length; u++) {
      const c = grid[u].findIndex((v) => typeof v === 'number' && v < 0);
      if (c >= 0) return fail(`row ${rowOf[u]}, ${column(c + 1, coders[c])}: ${labels[u][c]} is negative, and ${needs.why}.`);
    }
  }
  const data = codeGrid(coders, units, grid);
  if (data.values.length > AGREEMENT_LIMITS.maxValues) return fail(`${data.values.length} distinct values; at most ${AGREEMENT_LIMITS.maxValues} are supported.`);
  return ok(data);
}
