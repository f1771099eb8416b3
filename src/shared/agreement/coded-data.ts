/**
 * Reliability data in coded form (Krippendorff 2011, section A: "reliability data matrix"):
 * units × coders, each cell an index into the list of values, or MISSING. Every agreement
 * figure on predefined units is computed from this one shape.
 */

/** A cell without a value (the coder gave none for the unit). */
export const MISSING = -1;

/** A units × coders grid of value indices. */
export interface CodedData {
  /** The values as printed, in order: ascending when numeric, else as given. */
  values: readonly string[];
  /** The number of each value when every value is a number, else null. */
  numbers: readonly number[] | null;
  coders: readonly string[];
  /** Unit names, one per row of the grid. */
  units: readonly string[];
  /** `cells[u * coders.length + c]`: index into `values`, or MISSING. */
  cells: Int32Array;
}

/** A cell of a grid before coding: a label, a number, or nothing. */
export type RawValue = string | number | null;

/** The number a label stands for (`3`, `-0.5`, `1e3`), or null when it is not one. */
export function parseNumber(label: string): number | null {
  const text = label.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Codes a grid (`grid[u][c]` for unit `units[u]` and coder `coders[c]`). Numbers are kept as
 * numbers and ordered ascending. Labels keep the order of `order` (the codebook), then the
 * order in which they first occur; when every label is a number (`"1"`…`"5"`), the labels are
 * ordered by their numbers and `numbers` is set, so that the metric levels can use them.
 */
export function codeGrid(
  coders: readonly string[],
  units: readonly string[],
  grid: readonly (readonly RawValue[])[],
  order: readonly string[] = [],
): CodedData {
  const m = coders.length;
  const seen = new Map<string | number, number>();
  const raw: (string | number)[] = [];
  let allNumbers = true;
  for (const label of order) {
    if (!seen.has(label)) {
      seen.set(label, raw.length);
      raw.push(label);
      allNumbers = false;
    }
  }
  for (const row of grid) {
    if (row.length !== m) throw new Error(`A unit has ${row.length} values for ${m} coders.`);
    for (const v of row) {
      if (v === null || seen.has(v)) continue;
      seen.set(v, raw.length);
      raw.push(v);
      if (typeof v !== 'number') allNumbers = false;
    }
  }
  const asNumbers = allNumbers ? (raw as number[]) : raw.map((v) => (typeof v === 'number' ? v : parseNumber(v)));
  const numeric = asNumbers.every((n) => n !== null);
  // Sorting by number (stable) keeps the codebook order among equal numbers.
  const ranked = raw.map((_, i) => i);
  if (numeric) ranked.sort((a, b) => (asNumbers[a] as number) - (asNumbers[b] as number));
  const rankOf = new Int32Array(raw.length);
  ranked.forEach((original, rank) => (rankOf[original] = rank));
  const cells = new Int32Array(units.length * m).fill(MISSING);
  grid.forEach((row, u) =>
    row.forEach((v, c) => {
      if (v !== null) cells[u * m + c] = rankOf[seen.get(v) as number];
    }),
  );
  return {
    values: ranked.map((i) => String(raw[i])),
    numbers: numeric ? ranked.map((i) => asNumbers[i] as number) : null,
    coders,
    units,
    cells,
  };
}
