/** Helpers the dataset table builders share. */

/** Code-unit string order: the same on every machine, unlike locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds a row in column order from cells keyed by column name. */
export function rowOf<C extends string>(columns: readonly C[], cells: Record<C, string | number | null>): (string | number | null)[] {
  return columns.map((c) => cells[c]);
}
