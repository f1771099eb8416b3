/** Helpers for the agreement tests: reliability data from published tables of counts. */
import { type CodedData, codeGrid } from './coded-data';

/**
 * Two coders' data from a k × k table of counts (rows: first coder, columns: second) over the
 * values `values` (numbers, so that weights and metric levels apply).
 */
export function fromCrossTable(counts: readonly (readonly number[])[], values: readonly number[] = counts.map((_, i) => i + 1)): CodedData {
  const grid: number[][] = [];
  counts.forEach((row, i) => row.forEach((n, j) => {
    for (let x = 0; x < n; x++) grid.push([values[i], values[j]]);
  }));
  return codeGrid(['first', 'second'], grid.map((_, u) => `u${u + 1}`), grid);
}

/** Data where each unit lists the values it received (`ratings[u]`), coder c giving the c-th. */
export function fromRatings(ratings: readonly (readonly (number | string | null)[])[]): CodedData {
  const m = Math.max(...ratings.map((r) => r.length));
  const grid = ratings.map((r) => Array.from({ length: m }, (_, c) => r[c] ?? null));
  return codeGrid(Array.from({ length: m }, (_, c) => `rater ${c + 1}`), ratings.map((_, u) => `u${u + 1}`), grid);
}
