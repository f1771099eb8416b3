/**
 * Fleiss' kappa (Fleiss 1971) for units that all have the same number r ≥ 2 of values (the
 * coders need not be the same ones): P_i = (Σ_j n_ij² − r) / (r (r − 1)), P̄ their mean,
 * p_j = Σ_i n_ij / (N r), P̄_e = Σ_j p_j², κ = (P̄ − P̄_e) / (1 − P̄_e); and per category
 * κ_j = 1 − Σ_i n_ij (r − n_ij) / (N r (r − 1) p_j q_j). Nominal values only.
 */
import { type CodedData } from './coded-data';
import { type Tallies, tally } from './coincidence';
import type { Exclusion, Figure } from './types';

/** Fleiss' kappa with what it was computed on. */
export interface FleissResult extends Figure {
  observedAgreement: number | null;
  expectedAgreement: number | null;
  /** Ratings per unit (r), or null when units differ. */
  ratingsPerUnit: number | null;
  units: number;
  /** κ_j per value index; null where the value does not occur. */
  byValue: (Figure | null)[];
  excluded: Exclusion[];
}

/** Fleiss' kappa of the data; undefined (with the reason) unless every unit has r ≥ 2 values. */
export function fleissKappa(data: CodedData, t: Tallies = tally(data)): FleissResult {
  const excluded: Exclusion[] = t.emptyUnits > 0 ? [{ what: 'units', count: t.emptyUnits, reason: 'no coder gave a value' }] : [];
  const none = { observedAgreement: null, expectedAgreement: null, units: t.unit.length, byValue: [], excluded, value: null };
  const sizes = new Set(t.size);
  if (t.singleUnits > 0) sizes.add(1);
  if (sizes.size === 0) return { ...none, ratingsPerUnit: null, reason: 'Undefined: no unit has two values or more.' };
  if (sizes.size > 1) {
    const list = [...sizes].sort((a, b) => a - b);
    return {
      ...none,
      ratingsPerUnit: null,
      reason: `Not computed: Fleiss' kappa needs the same number of values in every unit, and units have from ${list[0]} to ${list[list.length - 1]}.`,
    };
  }
  const r = t.size[0];
  const N = t.unit.length;
  const size = data.values.length;
  const totals = new Float64Array(size);
  const spread = new Float64Array(size); // Σ_i n_ij (r − n_ij)
  let sumP = 0;
  for (let k = 0; k < N; k++) {
    let squares = 0;
    for (let i = t.start[k]; i < t.start[k + 1]; i++) {
      const n = t.count[i];
      squares += n * n;
      totals[t.value[i]] += n;
      spread[t.value[i]] += n * (r - n);
    }
    sumP += (squares - r) / (r * (r - 1));
  }
  const P = sumP / N;
  let Pe = 0;
  for (let j = 0; j < size; j++) Pe += (totals[j] / (N * r)) ** 2;
  const byValue = Array.from(totals, (total, j): Figure | null => {
    if (total === 0) return null;
    const p = total / (N * r);
    if (p === 1) return { value: null, reason: 'Undefined: every value is this one.' };
    return { value: 1 - spread[j] / (N * r * (r - 1) * p * (1 - p)), reason: null };
  });
  const base = { ...none, ratingsPerUnit: r, byValue, observedAgreement: P, expectedAgreement: Pe };
  if (Pe >= 1 - 1e-12) return { ...base, reason: 'Undefined: chance agreement is 1 (every value is the same).' };
  return { ...base, value: (P - Pe) / (1 - Pe), reason: null };
}
