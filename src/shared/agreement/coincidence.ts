/**
 * The coincidence matrix of Krippendorff (2011, section A): within each unit, every ordered
 * pair of values from two different coders counts 1/(m_u - 1), where m_u is the number of
 * values in the unit. Units with fewer than two values are not pairable and count nothing.
 */
import { type CodedData, MISSING } from './coded-data';

/**
 * The pairable units' values, tallied: for pairable unit `k` (in unit order), its distinct
 * values are `value[start[k] … start[k+1])` with how often each occurs in `count`.
 */
export interface Tallies {
  /** Index of each pairable unit in the data. */
  unit: Int32Array;
  /** Values in each pairable unit (m_u). */
  size: Int32Array;
  start: Int32Array;
  value: Int32Array;
  count: Int32Array;
  /** Units with exactly one value, and with none. */
  singleUnits: number;
  emptyUnits: number;
}

/** Tallies the values of every unit (one pass over the grid). */
export function tally(data: CodedData): Tallies {
  const m = data.coders.length;
  const unitCount = data.units.length;
  const units: number[] = [];
  const sizes: number[] = [];
  const starts: number[] = [0];
  const values: number[] = [];
  const counts: number[] = [];
  let singleUnits = 0;
  let emptyUnits = 0;
  const local = new Map<number, number>();
  for (let u = 0; u < unitCount; u++) {
    local.clear();
    let size = 0;
    for (let c = 0; c < m; c++) {
      const v = data.cells[u * m + c];
      if (v === MISSING) continue;
      size++;
      local.set(v, (local.get(v) ?? 0) + 1);
    }
    if (size < 2) {
      if (size === 1) singleUnits++;
      else emptyUnits++;
      continue;
    }
    units.push(u);
    sizes.push(size);
    for (const [v, n] of local) {
      values.push(v);
      counts.push(n);
    }
    starts.push(values.length);
  }
  return {
    unit: Int32Array.from(units),
    size: Int32Array.from(sizes),
    start: Int32Array.from(starts),
    value: Int32Array.from(values),
    count: Int32Array.from(counts),
    singleUnits,
    emptyUnits,
  };
}

/** The coincidence matrix and its margins. */
export interface Coincidences {
  /** Number of values (V); the matrix is V × V. */
  size: number;
  /** o_ck, row-major: `o[c * size + k]`. Symmetric. */
  o: Float64Array;
  /** n_c = Σ_k o_ck: how many pairable values are c. */
  marginals: Float64Array;
  /** n: all pairable values. */
  n: number;
  pairableUnits: number;
}

/**
 * Adds unit `k`'s coincidences to `o` (times `weight`, for the bootstrap's repeated units):
 * o_ck += n_c · n_k / (m_u − 1) for c ≠ k and n_c · (n_c − 1) / (m_u − 1) for c = k; and its
 * values to `marginals` (n_c, kept exact rather than summed from the fractions of o).
 */
export function addUnit(t: Tallies, k: number, o: Float64Array, marginals: Float64Array, size: number, weight = 1): void {
  const from = t.start[k];
  const to = t.start[k + 1];
  const scale = weight / (t.size[k] - 1);
  for (let i = from; i < to; i++) {
    const c = t.value[i];
    const nc = t.count[i];
    marginals[c] += weight * nc;
    for (let j = from; j < to; j++) {
      const nk = t.count[j];
      o[c * size + t.value[j]] += (i === j ? nc * (nc - 1) : nc * nk) * scale;
    }
  }
}

/** Builds the coincidence matrix of the data's values. */
export function coincidences(data: CodedData, t: Tallies = tally(data)): Coincidences {
  const size = data.values.length;
  const o = new Float64Array(size * size);
  const marginals = new Float64Array(size);
  let n = 0;
  for (let k = 0; k < t.unit.length; k++) {
    addUnit(t, k, o, marginals, size);
    n += t.size[k];
  }
  return { size, o, marginals, n, pairableUnits: t.unit.length };
}
