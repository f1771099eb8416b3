/**
 * Krippendorff's alpha for any number of coders, missing values allowed, at the nominal,
 * ordinal, interval and ratio levels, in the coincidence-matrix form of Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability": α = 1 − D_o / D_e with
 * D_o = Σ_ck o_ck δ²_ck / n and D_e = Σ_ck n_c n_k δ²_ck / (n (n − 1)).
 */
import { type CodedData } from './coded-data';
import { type Coincidences, type Tallies, coincidences, tally } from './coincidence';
import { differences, levelProblem } from './metric';
import type { Exclusion, Figure, Level } from './types';

/** Alpha with what it was computed on. */
export interface AlphaResult extends Figure {
  level: Level;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  /** Pairable units (two values or more). */
  units: number;
  coders: number;
  /** n: the values in pairable units. */
  pairableValues: number;
  excluded: Exclusion[];
}

/** D_o, D_e and α of a coincidence matrix (value null, with a reason, where undefined). */
export function alphaOfCoincidences(
  co: Coincidences,
  level: Level,
  values: readonly string[],
  numbers: readonly number[] | null,
): Figure & { observed: number | null; expected: number | null } {
  const problem = levelProblem(level, values, numbers);
  if (problem) return { value: null, reason: `Not computed: ${problem}.`, observed: null, expected: null };
  const { n, size, o, marginals } = co;
  if (n < 2) return { value: null, reason: 'Undefined: no pairable values (no unit has values from two coders).', observed: null, expected: null };
  const d = differences(level, size, numbers, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const delta = d[c * size + k];
      if (delta === 0) continue;
      observed += o[c * size + k] * delta;
      expected += marginals[c] * marginals[k] * delta;
    }
  }
  observed /= n;
  expected /= n * (n - 1);
  if (expected === 0) {
    const only = values[marginals.findIndex((x) => x > 0)];
    return {
      value: null,
      reason: `Undefined: every pairable value is “${only}”; without variation there is no expected disagreement.`,
      observed,
      expected,
    };
  }
  return { value: 1 - observed / expected, reason: null, observed, expected };
}

/** What tallying left out, as exclusions. */
export function unitExclusions(t: Tallies): Exclusion[] {
  const out: Exclusion[] = [];
  if (t.singleUnits > 0) out.push({ what: 'units', count: t.singleUnits, reason: 'only one coder gave a value (not pairable)' });
  if (t.emptyUnits > 0) out.push({ what: 'units', count: t.emptyUnits, reason: 'no coder gave a value' });
  return out;
}

/** Krippendorff's alpha of the data at `level` (nominal by default). */
export function krippendorffAlpha(data: CodedData, level: Level = 'nominal', t: Tallies = tally(data), co: Coincidences = coincidences(data, t)): AlphaResult {
  const base = { level, units: t.unit.length, coders: data.coders.length, pairableValues: co.n, excluded: unitExclusions(t) };
  if (data.coders.length < 2) {
    return { ...base, value: null, reason: 'Undefined: alpha needs at least two coders.', observedDisagreement: null, expectedDisagreement: null };
  }
  const a = alphaOfCoincidences(co, level, data.values, data.numbers);
  return { ...base, value: a.value, reason: a.reason, observedDisagreement: a.observed, expectedDisagreement: a.expected };
}
