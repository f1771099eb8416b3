/**
 * The agreement report of one text, for the agreement panel and the command line (run it in a
 * worker on large texts): α_U per category and overall with the code-point confusion matrix,
 * and, on predefined units, Krippendorff's alpha with its bootstrap interval, Cohen's and
 * Fleiss' kappa, percent agreement, the confusion matrix and per-category agreement, each
 * with its basis (what was counted, left out, and by which rule).
 */
import { AGREEMENT_LIMITS } from '../limits';
import { fail, ok, type Result } from '../result';
import { OffsetMap } from '../text/offsets';
import { type BootstrapOptions, DEFAULT_BOOTSTRAP } from './bootstrap';
import { type CodedReport, codedReport } from './coded-report';
import type { ConfusionMatrix } from './confusion';
import { type CategoryRef, type CoderLayer, orderCategories } from './layers';
import { DEGENERATE_RULE, NONE_AS_MISSING_RULE, SPAN_RULE, UNIT_RULE } from './rules';
import { spanConfusion } from './span-confusion';
import type { Exclusion, KappaWeights, Level } from './types';
import { type UnitKind, type UnitRange } from './unit-ranges';
import { checkUnits, mergedByCategory, unitValues, visibleCounts } from './unit-values';
import { type UnitizingFigure, type UnitizingSpan, unitizingAlpha } from './unitizing-alpha';

/** What to compute on one text. Offsets are UTF-16 code units of the canonical text. */
export interface AgreementRequest {
  text: string;
  /** One layer per coder; layers with the same coder name are joined. */
  layers: readonly CoderLayer[];
  categories: readonly CategoryRef[];
  /** Predefined units (sorted, disjoint) for alpha and the kappas; null for spans only. */
  units: { kind: UnitKind; ranges: readonly UnitRange[] } | null;
  /** Level of alpha on units; nominal by default. */
  level?: Level;
  /** Weights of Cohen's kappa on units; none by default (they need numeric category labels). */
  weights?: KappaWeights;
  /** The bootstrap for alpha on units; DEFAULT_BOOTSTRAP when left out, none when null. */
  bootstrap?: BootstrapOptions | null;
  /** Compute unitizing alpha and the code-point confusion matrix (default true). */
  spans?: boolean;
}

/** α_U of one category, named. */
export interface SpanCategory extends UnitizingFigure {
  id: string;
  label: string;
  /** Units of the category over all coders, after merging overlaps. */
  units: number;
}

/** Agreement on spans. */
export interface SpanReport {
  overall: UnitizingFigure;
  byCategory: SpanCategory[];
  confusion: ConfusionMatrix;
}

/** What every figure of the report was computed on. */
export interface AgreementBasis {
  coders: { name: string; annotations: number }[];
  categories: { id: string; label: string }[];
  text: { utf16: number; codePoints: number };
  units: { kind: UnitKind; given: number; used: number } | null;
  level: Level;
  rules: { units: string; spans: string; degenerate: string; none: string | null };
  excluded: Exclusion[];
}

/** The whole report. */
export interface AgreementReport {
  basis: AgreementBasis;
  spans: SpanReport | null;
  units: CodedReport | null;
}

/** Joins layers of the same coder, keeping the first appearance's place. */
function joinLayers(layers: readonly CoderLayer[]): CoderLayer[] {
  const byName = new Map<string, CoderLayer>();
  for (const l of layers) {
    const seen = byName.get(l.coder);
    byName.set(l.coder, seen ? { coder: l.coder, annotations: [...seen.annotations, ...l.annotations] } : l);
  }
  return [...byName.values()];
}

/** Computes the report; a request beyond the limits, or with bad units, is refused. */
export function agreementReport(request: AgreementRequest): Result<AgreementReport> {
  const { text } = request;
  const level = request.level ?? 'nominal';
  const layers = joinLayers(request.layers);
  if (layers.length > AGREEMENT_LIMITS.maxCoders) return fail(`Agreement is computed for at most ${AGREEMENT_LIMITS.maxCoders} coders, and there are ${layers.length}.`);
  const categories = orderCategories(request.categories, layers);
  if (categories.ids.length >= AGREEMENT_LIMITS.maxValues) return fail(`Agreement is computed for fewer than ${AGREEMENT_LIMITS.maxValues} categories, and there are ${categories.ids.length}.`);
  if (request.units) {
    const problem = checkUnits(text, request.units.ranges);
    if (problem) return fail(problem);
  }
  const map = new OffsetMap(text);
  const excluded: Exclusion[] = [];
  const empty = layers.reduce((n, l) => n + l.annotations.filter((a) => !(Math.min(a.end, text.length) > Math.max(0, a.start))).length, 0);
  if (empty > 0) excluded.push({ what: 'annotations', count: empty, reason: 'empty, or outside the text' });

  let spans: SpanReport | null = null;
  if (request.spans ?? true) {
    const merged = layers.map((l) => mergedByCategory(l, categories, text.length).map((list) => list.map(([a, b]) => [map.toCodePoints(a), map.toCodePoints(b)] as [number, number])));
    const unitizingSpans: UnitizingSpan[] = [];
    layers.forEach((l, coder) => {
      for (const a of l.annotations) {
        const category = categories.index.get(a.categoryId) as number;
        const start = map.toCodePoints(Math.max(0, a.start));
        const end = map.toCodePoints(Math.min(text.length, a.end));
        if (end > start) unitizingSpans.push({ coder, category, start, end });
      }
    });
    const alpha = unitizingAlpha(unitizingSpans, layers.length, 0, map.codePointLength);
    excluded.push(...alpha.excluded.filter((e) => !e.reason.startsWith('empty')));
    spans = {
      overall: { value: alpha.value, reason: alpha.reason, observedDisagreement: alpha.observedDisagreement, expectedDisagreement: alpha.expectedDisagreement },
      byCategory: alpha.byCategory.map(({ category, ...figure }) => ({ id: categories.ids[category], label: categories.labels[category], ...figure })),
      confusion: spanConfusion(merged, layers.map((l) => l.coder), categories.labels, map.codePointLength),
    };
  }

  let units: CodedReport | null = null;
  let unitBasis: AgreementBasis['units'] = null;
  if (request.units) {
    const values = unitValues(text, request.units.ranges, layers, categories, level !== 'nominal', visibleCounts(text));
    excluded.push(...values.excluded);
    const bootstrap = request.bootstrap === undefined ? DEFAULT_BOOTSTRAP : request.bootstrap;
    units = codedReport(values.data, { level, weights: request.weights ?? 'none', bootstrap });
    unitBasis = { kind: request.units.kind, given: request.units.ranges.length, used: values.kept.length };
  }

  const basis: AgreementBasis = {
    coders: layers.map((l) => ({ name: l.coder, annotations: l.annotations.length })),
    categories: categories.ids.map((id, i) => ({ id, label: categories.labels[i] })),
    text: { utf16: text.length, codePoints: map.codePointLength },
    units: unitBasis,
    level,
    rules: { units: UNIT_RULE, spans: SPAN_RULE, degenerate: DEGENERATE_RULE, none: level === 'nominal' ? null : NONE_AS_MISSING_RULE },
    excluded,
  };
  return ok({ basis, spans, units });
}
