/**
 * The `--json` object of `workbench agreement`: the figures under the names of the issue's
 * contract (snake_case), each with its reason where it has no value, and `basis` saying what
 * was counted and left out. Figures that do not apply (Cohen's kappa for other than two
 * coders, Fleiss' kappa for unequal numbers of values) are left out and named in
 * `basis.not_applicable`.
 */
import type { CodedReport } from '../shared/agreement/coded-report';
import type { ConfusionMatrix } from '../shared/agreement/confusion';
import type { SpanReport } from '../shared/agreement/report';
import type { Exclusion, Figure } from '../shared/agreement/types';
import type { UnitizingFigure } from '../shared/agreement/unitizing-alpha';

/** A JSON object. */
export type Json = Record<string, unknown>;

/** A figure's reason where it has one. */
function reason(f: Figure): Json {
  return { reason: f.reason };
}

/** The confusion matrix as JSON. */
export function confusionJson(c: ConfusionMatrix): Json {
  return { kind: c.kind, coders: c.coders, labels: c.labels, counts: c.counts, counting: c.counting, total: c.total };
}

/** An exclusion list as JSON. */
function excludedJson(list: readonly Exclusion[]): Json[] {
  return list.map((e) => ({ what: e.what, count: e.count, reason: e.reason }));
}

/** The figures on units, and what does not apply. */
export function codedJson(r: CodedReport): { figures: Json; notApplicable: Json[] } {
  const figures: Json = {};
  const notApplicable: Json[] = [];
  const a = r.alpha;
  const interval = r.interval;
  figures.krippendorff_alpha = {
    value: a.value,
    level: a.level,
    observed_disagreement: a.observedDisagreement,
    expected_disagreement: a.expectedDisagreement,
    units: a.units,
    coders: a.coders,
    pairable_values: a.pairableValues,
    ...reason(a),
    excluded: excludedJson(a.excluded),
    confidence_interval: interval && {
      lower: interval.lower,
      upper: interval.upper,
      confidence: interval.confidence,
      resamples: interval.resamples,
      defined_resamples: interval.defined,
      seed: interval.seed,
      method: interval.method,
      reason: interval.reason,
    },
  };
  const k = r.cohen;
  if (r.coders.length === 2) {
    figures.cohen_kappa = { value: k.value, weights: k.weights, observed_agreement: k.observedAgreement, expected_agreement: k.expectedAgreement, units: k.units, ...reason(k), excluded: excludedJson(k.excluded) };
  } else {
    notApplicable.push({ figure: 'cohen_kappa', reason: k.reason });
  }
  const f = r.fleiss;
  if (f.ratingsPerUnit !== null) {
    figures.fleiss_kappa = { value: f.value, observed_agreement: f.observedAgreement, expected_agreement: f.expectedAgreement, ratings_per_unit: f.ratingsPerUnit, units: f.units, ...reason(f) };
  } else {
    notApplicable.push({ figure: 'fleiss_kappa', reason: f.reason });
  }
  figures.percent_agreement = r.percent.value;
  if (r.percent.value === null) notApplicable.push({ figure: 'percent_agreement', reason: r.percent.reason });
  figures.per_category = Object.fromEntries(
    r.categories.map((c) => [
      c.label,
      {
        values: c.values,
        specific_agreement: c.specificAgreement.value,
        alpha: c.alpha.value,
        alpha_reason: c.alpha.reason,
        ...(c.fleissKappa ? { fleiss_kappa: c.fleissKappa.value } : {}),
      },
    ]),
  );
  figures.confusion = confusionJson(r.confusion);
  return { figures, notApplicable };
}

/** One α_U figure as JSON. */
function unitizingJson(f: UnitizingFigure): Json {
  return { value: f.value, observed_disagreement: f.observedDisagreement, expected_disagreement: f.expectedDisagreement, ...reason(f) };
}

/** The span figures. */
export function spansJson(s: SpanReport): Json {
  return {
    unitizing_alpha: {
      overall: unitizingJson(s.overall),
      by_category: Object.fromEntries(s.byCategory.map((c) => [c.label, { ...unitizingJson(c), id: c.id, units: c.units }])),
    },
    confusion: confusionJson(s.confusion),
  };
}
