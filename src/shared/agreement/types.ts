/** Types every agreement figure shares: levels, weights, exclusions. */

/** Levels of measurement of Krippendorff's alpha (Krippendorff 2011, section C). */
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Every level, in the order the command line lists them. */
export const LEVELS: readonly Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** Weights of Cohen's kappa: none (Cohen 1960), linear or quadratic (Cohen 1968). */
export type KappaWeights = 'none' | 'linear' | 'quadratic';

/** Every weighting, in the order the command line lists them. */
export const KAPPA_WEIGHTS: readonly KappaWeights[] = ['none', 'linear', 'quadratic'];

/** What a computation left out: what, how many, and why (shown beside the figure). */
export interface Exclusion {
  what: string;
  count: number;
  reason: string;
}

/**
 * A figure that can be undefined for its data. `value` is null exactly when `reason` is a
 * sentence saying why (never NaN or Infinity).
 */
export interface Figure {
  value: number | null;
  reason: string | null;
}

/** A defined figure. */
export function defined(value: number): Figure {
  return { value, reason: null };
}

/** An undefined figure and why. */
export function undefinedFigure(reason: string): Figure {
  return { value: null, reason };
}
