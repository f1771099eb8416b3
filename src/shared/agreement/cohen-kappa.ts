/**
 * Cohen's kappa for exactly two coders: unweighted (Cohen 1960) or with linear or quadratic
 * agreement weights (Cohen 1968). κ = (p_o − p_e) / (1 − p_e), where p_o = Σ w_ij p_ij and
 * p_e = Σ w_ij p_i· p_·j over the units both coders coded. Weighted kappa needs ordered numeric
 * values; i and j are their ranks among the k values present, w_ij = 1 − |i − j| / (k − 1)
 * (linear) or 1 − (i − j)² / (k − 1)² (quadratic), as Stata's `kap, wgt(w)` / `wgt(w2)` and
 * SAS's Cicchetti–Allison / Fleiss–Cohen weights with rank scores.
 */
import { type CodedData, MISSING } from './coded-data';
import type { Exclusion, Figure, KappaWeights } from './types';

/** Kappa with what it was computed on. */
export interface KappaResult extends Figure {
  weights: KappaWeights;
  observedAgreement: number | null;
  expectedAgreement: number | null;
  /** Units both coders gave a value for. */
  units: number;
  coders: readonly string[];
  excluded: Exclusion[];
}

/** The two coders' k × k table of counts over the values both used (`present`, in value order). */
export interface PairTable {
  present: number[];
  counts: number[][];
  units: number;
  /** Units where exactly one of the two coders, or neither, gave a value. */
  oneMissing: number;
  bothMissing: number;
}

/** Cross-tabulates coders `a` and `b` of the data over the units both coded. */
export function pairTable(data: CodedData, a = 0, b = 1): PairTable {
  const m = data.coders.length;
  const size = data.values.length;
  const raw = new Float64Array(size * size);
  let units = 0;
  let oneMissing = 0;
  let bothMissing = 0;
  for (let u = 0; u < data.units.length; u++) {
    const x = data.cells[u * m + a];
    const y = data.cells[u * m + b];
    if (x === MISSING || y === MISSING) {
      if (x === MISSING && y === MISSING) bothMissing++;
      else oneMissing++;
      continue;
    }
    raw[x * size + y]++;
    units++;
  }
  const used = (v: number): boolean => {
    for (let k = 0; k < size; k++) if (raw[v * size + k] > 0 || raw[k * size + v] > 0) return true;
    return false;
  };
  const present = data.values.map((_, v) => v).filter(used);
  const counts = present.map((r) => present.map((c) => raw[r * size + c]));
  return { present, counts, units, oneMissing, bothMissing };
}

/** The agreement weight of ranks i and j among k values. */
function weight(weights: KappaWeights, i: number, j: number, k: number): number {
  if (weights === 'none') return i === j ? 1 : 0;
  if (k < 2) return 1;
  const d = Math.abs(i - j) / (k - 1);
  return weights === 'linear' ? 1 - d : 1 - d * d;
}

/** Cohen's kappa of the data's two coders. */
export function cohenKappa(data: CodedData, weights: KappaWeights = 'none'): KappaResult {
  const coders = data.coders;
  const empty = { weights, observedAgreement: null, expectedAgreement: null, coders, value: null };
  if (coders.length !== 2) {
    return { ...empty, units: 0, excluded: [], reason: `Not computed: Cohen's kappa is for exactly two coders, and there are ${coders.length}.` };
  }
  const t = pairTable(data);
  const excluded: Exclusion[] = [];
  if (t.oneMissing > 0) excluded.push({ what: 'units', count: t.oneMissing, reason: 'only one of the two coders gave a value' });
  if (t.bothMissing > 0) excluded.push({ what: 'units', count: t.bothMissing, reason: 'neither coder gave a value' });
  const base = { ...empty, units: t.units, excluded };
  if (weights !== 'none' && data.numbers === null) {
    return { ...base, reason: `Not computed: ${weights} weights need ordered numeric values, and the values are labels.` };
  }
  if (t.units === 0) return { ...base, reason: 'Undefined: no unit has values from both coders.' };
  const k = t.present.length;
  const rows = t.counts.map((r) => r.reduce((s, x) => s + x, 0) / t.units);
  const cols = t.present.map((_, j) => t.counts.reduce((s, r) => s + r[j], 0) / t.units);
  let po = 0;
  let pe = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = weight(weights, i, j, k);
      po += (w * t.counts[i][j]) / t.units;
      pe += w * rows[i] * cols[j];
    }
  }
  if (pe >= 1 - 1e-12) {
    return { ...base, observedAgreement: po, expectedAgreement: pe, reason: 'Undefined: chance agreement is 1 (both coders used a single, identical value).' };
  }
  return { ...base, observedAgreement: po, expectedAgreement: pe, value: (po - pe) / (1 - pe), reason: null };
}
