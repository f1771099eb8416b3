/**
 * Every figure on predefined units from one coded data set: alpha (with its bootstrap
 * interval), Cohen's kappa, Fleiss' kappa, percent agreement, the confusion matrix and
 * per-category agreement. Used by the text report and by tables (`workbench agreement --table`).
 */
import { type AlphaResult, krippendorffAlpha } from './alpha';
import { BOOTSTRAP_METHOD, type BootstrapInterval, type BootstrapOptions, bootstrapAlpha } from './bootstrap';
import { type CategoryAgreement, categoryAgreement } from './category-agreement';
import type { CodedData } from './coded-data';
import { type Tallies, coincidences, tally } from './coincidence';
import { type KappaResult, cohenKappa } from './cohen-kappa';
import { type ConfusionMatrix, confusionMatrix } from './confusion';
import { type FleissResult, fleissKappa } from './fleiss-kappa';
import { type PercentResult, percentAgreement } from './percent-agreement';
import type { KappaWeights, Level } from './types';

/** Figures on units. */
export interface CodedReport {
  alpha: AlphaResult;
  /** Null when no bootstrap was asked for. */
  interval: BootstrapInterval | null;
  cohen: KappaResult;
  fleiss: FleissResult;
  percent: PercentResult;
  confusion: ConfusionMatrix;
  categories: CategoryAgreement[];
  /** The values, in order (categories, or numbers ascending). */
  values: readonly string[];
  coders: readonly string[];
  /** Units in the data (with or without values). */
  units: number;
}

/** How to compute the figures. */
export interface CodedOptions {
  level: Level;
  weights: KappaWeights;
  bootstrap: BootstrapOptions | null;
}

/** The bootstrap interval, or why there is none when alpha itself is undefined. */
function intervalFor(data: CodedData, alpha: AlphaResult, options: BootstrapOptions, t: Tallies): BootstrapInterval {
  if (alpha.value !== null) return bootstrapAlpha(data, alpha.level, options, t);
  return { lower: null, upper: null, confidence: options.confidence, resamples: options.resamples, defined: 0, seed: options.seed, method: BOOTSTRAP_METHOD, reason: 'Not computed: alpha itself is undefined.' };
}

/** All figures on `data`. */
export function codedReport(data: CodedData, options: CodedOptions): CodedReport {
  const t = tally(data);
  const co = coincidences(data, t);
  const alpha = krippendorffAlpha(data, options.level, t, co);
  const fleiss = fleissKappa(data, t);
  return {
    alpha,
    interval: options.bootstrap ? intervalFor(data, alpha, options.bootstrap, t) : null,
    cohen: cohenKappa(data, options.weights),
    fleiss,
    percent: percentAgreement(data, t),
    confusion: confusionMatrix(data, undefined, t),
    categories: categoryAgreement(data.values, co, fleiss),
    values: data.values,
    coders: data.coders,
    units: data.units.length,
  };
}
