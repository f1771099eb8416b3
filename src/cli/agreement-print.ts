/** The readable (non-JSON) output of `workbench agreement`: aligned tables of the figures. */
import type { CodedReport } from '../shared/agreement/coded-report';
import type { ConfusionMatrix } from '../shared/agreement/confusion';
import type { SpanReport } from '../shared/agreement/report';
import type { Exclusion, Figure } from '../shared/agreement/types';

/** Pads cells into columns: the first left-aligned, the rest right-aligned. */
export function columns(rows: readonly (readonly string[])[], indent = '  ', trim = true): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const pad = (cell: string, i: number): string => {
    const space = ' '.repeat(widths[i] - [...cell].length);
    return i === 0 ? cell + space : space + cell;
  };
  return rows.map((row) => (trim ? (indent + row.map(pad).join('  ')).trimEnd() : indent + row.map(pad).join('  '))).join('\n') + '\n';
}

/** A coefficient to three places, or a dash. */
export function show(f: Figure, digits = 3): string {
  return f.value === null ? '—' : f.value.toFixed(digits);
}

/** The details of a figure, or its reason when it has no value. */
function details(f: Figure, text: string): string {
  return f.value === null ? (f.reason ?? '') : text;
}

/** "D_o 0.2000, D_e 0.7769", or '' when unknown. */
function parts(observed: number | null, expected: number | null): string {
  return observed === null || expected === null ? '' : `D_o ${observed.toFixed(4)}, D_e ${expected.toFixed(4)}`;
}

/** The confusion matrix as a table. */
export function formatConfusion(c: ConfusionMatrix): string {
  const what =
    c.kind === 'coder-pair'
      ? `rows ${c.coders[0]}, columns ${c.coders[1]}; ${c.counting}`
      : `every ordered pair of different coders; ${c.counting}`;
  const header = ['', ...c.labels];
  const body = c.labels.map((label, i) => [label, ...c.counts[i].map((n) => String(Math.round(n * 1000) / 1000))]);
  return `Confusion matrix (${what}):\n${columns([header, ...body])}`;
}

/** "Left out: …" lines. */
export function formatExclusions(list: readonly Exclusion[]): string {
  return list.map((e) => `Left out: ${e.count} ${e.count === 1 ? e.what.replace(/s$/, '') : e.what}: ${e.reason}.\n`).join('');
}

/** The figures on units. */
export function formatCoded(r: CodedReport): string {
  const a = r.alpha;
  const rows: string[][] = [[`Krippendorff's alpha (${a.level})`, show(a), details(a, `${parts(a.observedDisagreement, a.expectedDisagreement)}; ${a.units} units, ${a.pairableValues} pairable values`)]];
  const i = r.interval;
  if (i) {
    const range = i.lower === null || i.upper === null ? (i.reason ?? '') : `${i.lower.toFixed(3)} to ${i.upper.toFixed(3)}`;
    rows.push([`  ${Math.round(i.confidence * 100)} % interval`, '', i.lower === null ? range : `${range} (${i.method}, ${i.resamples} resamples, seed ${i.seed})`]);
  }
  if (r.coders.length === 2) {
    const k = r.cohen;
    const agreement = k.observedAgreement === null ? '' : `p_o ${k.observedAgreement.toFixed(4)}, p_e ${(k.expectedAgreement ?? 0).toFixed(4)}; ${k.units} units`;
    rows.push([`Cohen's kappa${k.weights === 'none' ? '' : ` (${k.weights} weights)`}`, show(k), details(k, agreement)]);
  }
  const f = r.fleiss;
  rows.push(["Fleiss' kappa", show(f), details(f, `P̄ ${(f.observedAgreement ?? 0).toFixed(4)}, P̄_e ${(f.expectedAgreement ?? 0).toFixed(4)}; ${f.ratingsPerUnit} values per unit`)]);
  const p = r.percent;
  rows.push(['Percent agreement', p.value === null ? '—' : `${p.value.toFixed(1)} %`, details(p, `${p.units} units`)]);
  const perCategory = [
    ['Per category', 'values', 'specific agreement', 'alpha (it vs rest)', "Fleiss' κ"],
    ...r.categories.map((c) => [c.label, String(Math.round(c.values * 1000) / 1000), show(c.specificAgreement), c.alpha.value === null ? '—' : c.alpha.value.toFixed(3), c.fleissKappa?.value == null ? '—' : c.fleissKappa.value.toFixed(3)]),
  ];
  const excluded = [...a.excluded, ...(r.coders.length === 2 ? r.cohen.excluded.map((e) => ({ ...e, reason: `from Cohen's kappa: ${e.reason}` })) : [])];
  // The last column (details) is not padded: it may be a long sentence.
  const head = columns(rows.map((row) => [row[0], row[1]]), '  ', false).split('\n');
  const figures = rows.map((row, n) => `${head[n]}  ${row[2]}`.trimEnd()).join('\n');
  return `${figures}\n\n${columns(perCategory, '')}\n${formatConfusion(r.confusion)}${formatExclusions(excluded)}`;
}

/** The figures on spans. */
export function formatSpans(s: SpanReport): string {
  const rows = [
    ['Unitizing alpha (α_U)', 'value', 'D_o', 'D_e', 'units'],
    ...s.byCategory.map((c) => [`  ${c.label}`, show(c), c.observedDisagreement?.toFixed(4) ?? '', c.expectedDisagreement?.toFixed(4) ?? '', String(c.units)]),
    ['  all categories', show(s.overall), s.overall.observedDisagreement?.toFixed(4) ?? '', s.overall.expectedDisagreement?.toFixed(4) ?? '', ''],
  ];
  return `${columns(rows, '')}\n${formatConfusion(s.confusion)}`;
}
