/**
 * Agreement per category (value), from the coincidence matrix: how many pairable values are
 * that category (n_c); specific agreement o_cc / n_c, the share of its values matched by the
 * same value from another coder (for two coders 2a / (2a + b + c), the "specific positive
 * agreement" of Spitzer & Fleiss 1974); and alpha for that category against all others
 * (nominal, the data reduced to "c" / "not c"), with Fleiss' κ_j where Fleiss applies.
 */
import type { Coincidences } from './coincidence';
import type { FleissResult } from './fleiss-kappa';
import type { Figure } from './types';

/** Agreement on one category. */
export interface CategoryAgreement {
  label: string;
  /** Pairable values that are this category (n_c). */
  values: number;
  specificAgreement: Figure;
  /** Alpha of "this category" versus "any other", nominal. */
  alpha: Figure;
  /** Fleiss' κ_j, or null when Fleiss' kappa does not apply. */
  fleissKappa: Figure | null;
}

/** Per-category agreement for every value that occurs in pairable units. */
export function categoryAgreement(labels: readonly string[], co: Coincidences, fleiss: FleissResult | null): CategoryAgreement[] {
  const { n, size, o, marginals } = co;
  const out: CategoryAgreement[] = [];
  for (let c = 0; c < size; c++) {
    const nc = marginals[c];
    if (nc <= 0) continue;
    const occ = o[c * size + c];
    const rest = n - nc;
    const alpha: Figure =
      rest <= 0
        ? { value: null, reason: 'Undefined: every pairable value is this category.' }
        : { value: 1 - ((n - 1) * (nc - occ)) / (nc * rest), reason: null };
    const kappa = fleiss && fleiss.ratingsPerUnit !== null ? (fleiss.byValue[c] ?? null) : null;
    out.push({ label: labels[c], values: nc, specificAgreement: { value: occ / nc, reason: null }, alpha, fleissKappa: kappa });
  }
  return out;
}
