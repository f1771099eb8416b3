/**
 * The rules of the comparison of coders' layers, as sentences the comparison view prints and
 * the README repeats (one definition each; `compare-layers.ts` applies them).
 */

/** The least overlap, as a share of the longer span, for two coders' spans to be one place. */
export const MIN_OVERLAP_SHARE = 0.5;

/** How annotations of different coders are taken as versions of one place. */
export const COMPARE_RULE =
  'Annotations of different coders are two versions of one place when they overlap by at least half of the longer one. ' +
  'Places are found in reading order: each annotation not yet placed takes, from every other coder, the annotation that fits it best ' +
  '(same category first, then the largest share of overlap). A place where every coder has the same span with the same category is an agreement; ' +
  'every other place is listed: different categories, different boundaries (characters at each end, counted in Unicode code points, against the first coder who has a version), ' +
  'or spans that only some coders marked.';
