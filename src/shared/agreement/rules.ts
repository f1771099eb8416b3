/**
 * The rules behind the agreement figures, as sentences the interface prints next to them
 * and the README repeats. One definition each; the code that applies them cites them.
 */

/** The label of the value a unit gets from a coder who gave it no category. */
export const NONE_LABEL = '(none)';

/** How a unit gets one category per coder. */
export const UNIT_RULE =
  'Each unit gets, per coder, the category whose annotations by that coder cover the most of its characters (white space not counted); ' +
  'a tie goes to the category that comes first in the codebook. A unit none of whose non-blank characters a coder annotated gets “(none)” from that coder, ' +
  'which counts as a value like any category. Units with no text but white space are left out.';

/** How spans enter unitizing alpha and the character-level confusion matrix. */
export const SPAN_RULE =
  'Spans are counted in Unicode code points of the canonical text, which every coder is taken to have read in full. ' +
  'Overlapping spans of one coder in one category are merged into one (touching spans stay two). ' +
  'In the confusion matrix, a code point that one coder gave several categories counts for the first of them in the codebook.';

/** What happens where a figure cannot be computed. */
export const DEGENERATE_RULE =
  'Where a figure cannot be computed it has no value and says why, never NaN: units with values from fewer than two coders are left out (counted in the basis); ' +
  'with fewer than two coders, no pairable values, or no variation (one category only, so no expected disagreement) alpha and kappa are undefined; ' +
  "Cohen's kappa needs exactly two coders and Fleiss' kappa the same number of values in every unit.";

/** Non-nominal levels on categories: how "(none)" is treated. */
export const NONE_AS_MISSING_RULE =
  'At the ordinal, interval and ratio levels the category labels must be numbers, and “(none)” is no value on the scale: it is treated as missing.';
