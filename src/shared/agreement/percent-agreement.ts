/**
 * Percent agreement: in each pairable unit, the share of pairs of coders who gave the same
 * value, Σ_c n_c (n_c − 1) / (m_u (m_u − 1)); averaged over the pairable units and given in
 * percent. For two coders it is the share of units both coded alike. Not chance-corrected.
 */
import { type CodedData } from './coded-data';
import { type Tallies, tally } from './coincidence';
import type { Exclusion, Figure } from './types';
import { unitExclusions } from './alpha';

/** Percent agreement (0–100) with what it was computed on. */
export interface PercentResult extends Figure {
  units: number;
  excluded: Exclusion[];
}

/** Percent agreement of the data's pairable units. */
export function percentAgreement(data: CodedData, t: Tallies = tally(data), weights?: Float64Array): PercentResult {
  const base = { units: t.unit.length, excluded: unitExclusions(t) };
  if (t.unit.length === 0) return { ...base, value: null, reason: 'Undefined: no unit has values from two coders.' };
  let sum = 0;
  let total = 0;
  for (let k = 0; k < t.unit.length; k++) {
    const m = t.size[k];
    let same = 0;
    for (let i = t.start[k]; i < t.start[k + 1]; i++) same += t.count[i] * (t.count[i] - 1);
    const w = weights ? weights[t.unit[k]] : 1;
    sum += (w * same) / (m * (m - 1));
    total += w;
  }
  return { ...base, value: (100 * sum) / total, reason: null };
}
