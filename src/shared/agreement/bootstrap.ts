/**
 * A bootstrap confidence interval for Krippendorff's alpha: the pairable units are resampled
 * with replacement (the units are the sampled objects; as in Zapf et al. 2016, BMC Medical
 * Research Methodology 16:93), alpha is computed on each resample, and the interval is the
 * percentile interval (linear interpolation between order statistics). The generator is
 * seeded, so the same data give the same interval on every run. This is not the resampling
 * of the coincidence matrix in Hayes & Krippendorff (2007).
 */
import { alphaOfCoincidences } from './alpha';
import { type CodedData } from './coded-data';
import { type Tallies, addUnit, tally } from './coincidence';
import type { Level } from './types';
import { randomBelow, seededRandom } from '../random';
import { AGREEMENT_LIMITS } from '../limits';

/** How to bootstrap. */
export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Two-sided coverage, e.g. 0.95. */
  confidence: number;
}

/** The defaults: 1,000 resamples (AGREEMENT_LIMITS), seed 20240607, 95 %. */
export const DEFAULT_BOOTSTRAP: BootstrapOptions = { resamples: AGREEMENT_LIMITS.bootstrapResamples, seed: 20240607, confidence: 0.95 };

/** A percentile interval and how it was made. */
export interface BootstrapInterval {
  lower: number | null;
  upper: number | null;
  confidence: number;
  resamples: number;
  /** Resamples on which alpha was defined (the others are left out of the percentiles). */
  defined: number;
  seed: number;
  method: string;
  reason: string | null;
}

/** The method, as printed beside the interval. */
export const BOOTSTRAP_METHOD = 'percentile bootstrap over units (resampled with replacement)';

/** The p-quantile of sorted values (type 7: linear interpolation). */
export function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The bootstrap interval of alpha at `level`; null bounds, with a reason, where undefined. */
export function bootstrapAlpha(data: CodedData, level: Level, options: BootstrapOptions = DEFAULT_BOOTSTRAP, t: Tallies = tally(data)): BootstrapInterval {
  const base = { confidence: options.confidence, resamples: options.resamples, seed: options.seed, method: BOOTSTRAP_METHOD };
  const units = t.unit.length;
  if (data.coders.length < 2 || units < 2) {
    return { ...base, lower: null, upper: null, defined: 0, reason: 'Not computed: the bootstrap needs at least two pairable units.' };
  }
  if (units * options.resamples > AGREEMENT_LIMITS.bootstrapWork) {
    return {
      ...base,
      lower: null,
      upper: null,
      defined: 0,
      reason: `Not computed: ${units} units × ${options.resamples} resamples is beyond the bootstrap budget of ${AGREEMENT_LIMITS.bootstrapWork} draws.`,
    };
  }
  const size = data.values.length;
  const random = seededRandom(options.seed);
  const times = new Int32Array(units);
  const found = new Float64Array(options.resamples);
  const o = new Float64Array(size * size);
  const marginals = new Float64Array(size);
  let defined = 0;
  for (let r = 0; r < options.resamples; r++) {
    times.fill(0);
    for (let i = 0; i < units; i++) times[randomBelow(random, units)]++;
    o.fill(0);
    marginals.fill(0);
    let n = 0;
    for (let k = 0; k < units; k++) {
      if (times[k] === 0) continue;
      addUnit(t, k, o, marginals, size, times[k]);
      n += times[k] * t.size[k];
    }
    const a = alphaOfCoincidences({ size, o, marginals, n, pairableUnits: units }, level, data.values, data.numbers);
    if (a.value !== null) found[defined++] = a.value;
  }
  if (defined < 2) {
    return { ...base, lower: null, upper: null, defined, reason: 'Undefined: alpha was undefined on almost every resample.' };
  }
  const sorted = found.slice(0, defined).sort();
  const tail = (1 - options.confidence) / 2;
  return { ...base, lower: quantile(sorted, tail), upper: quantile(sorted, 1 - tail), defined, reason: null };
}
