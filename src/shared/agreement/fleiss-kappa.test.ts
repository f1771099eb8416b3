import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa';
import { fromRatings } from './test-tables';

/**
 * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
 * Bulletin 76(5), 378–382, Table 1 (p. 379): 30 patients, six psychiatrists each, five
 * diagnoses (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other).
 * Published: P̄ = .556, P̄_e = .220, κ = .430; per category κ_j = .248, .248, .517, .470, .565
 * (the values also asserted by DKPro Agreement's Fleiss1971Test, from which the rows are taken).
 */
const FLEISS_1971 = [
  [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
];

describe("Fleiss' kappa: Fleiss (1971) worked example", () => {
  const result = fleissKappa(fromRatings(FLEISS_1971));

  it('P̄ = .556, P̄_e = .220, κ = .430', () => {
    expect(Math.abs((result.observedAgreement as number) - 0.556)).toBeLessThan(0.0005);
    expect(Math.abs((result.expectedAgreement as number) - 0.22)).toBeLessThan(0.0005);
    expect(Math.abs((result.value as number) - 0.43)).toBeLessThan(0.0005);
    expect(result.ratingsPerUnit).toBe(6);
    expect(result.units).toBe(30);
  });

  it.each([
    [1, 0.248],
    [2, 0.248],
    [3, 0.517],
    [4, 0.47],
    [5, 0.565],
  ])('category %s: κ_j = %s', (category, published) => {
    const figure = result.byValue[category - 1];
    expect(Math.abs((figure?.value as number) - published)).toBeLessThan(0.005);
  });
});

describe("Fleiss' kappa: when it does not apply", () => {
  it('says so when units have different numbers of values', () => {
    const result = fleissKappa(fromRatings([[1, 1, 2], [1, 2, null], [2, null, null]]));
    expect(result.value).toBeNull();
    expect(result.reason).toContain('same number of values in every unit');
    expect(result.reason).toContain('from 1 to 3');
  });

  it('says so when every value is the same', () => {
    expect(fleissKappa(fromRatings([[1, 1], [1, 1]])).reason).toContain('chance agreement is 1');
  });
});
