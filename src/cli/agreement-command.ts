/**
 * `workbench agreement`: inter-coder agreement from a reliability table
 * (`--table FILE.csv`) or from several coders' W3C files on one text (`--text DOC FILE…`),
 * printed as tables or, with `--json`, as one JSON object (see agreement-json.ts).
 */
import { type CodedReport, codedReport } from '../shared/agreement/coded-report';
import { DEFAULT_BOOTSTRAP } from '../shared/agreement/bootstrap';
import { agreementReport } from '../shared/agreement/report';
import { DEGENERATE_RULE, NONE_AS_MISSING_RULE, SPAN_RULE, UNIT_RULE } from '../shared/agreement/rules';
import { type TableNeeds } from '../shared/agreement/table-data';
import { KAPPA_WEIGHTS, type KappaWeights, LEVELS, type Level } from '../shared/agreement/types';
import { type UnitRange, paragraphUnits, sentenceUnits } from '../shared/agreement/unit-ranges';
import { parseArgs } from './args';
import { codedJson, type Json, spansJson } from './agreement-json';
import { formatCoded, formatExclusions, formatSpans } from './agreement-print';
import { readTable, readTextInputs } from './agreement-inputs';
import { turnUnits } from './agreement-turns';
import { type CliIo, EXIT, dataError, usageError } from './io';

/** Units of `--text`. */
const UNITS = ['char', 'sentence', 'turn', 'paragraph'] as const;
type Unit = (typeof UNITS)[number];

/** Parsed options. */
export interface AgreementOptions {
  table: string | null;
  text: string | null;
  unit: Unit;
  level: Level;
  weights: KappaWeights;
  json: boolean;
  files: string[];
}

/** One of `allowed`, or a usage error naming the option. */
function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`“agreement --${name}” takes ${allowed.join(', ')}, not “${value}”.`);
}

/** Parses and checks the arguments. */
export function agreementOptions(argv: readonly string[]): AgreementOptions {
  const args = parseArgs('agreement', argv, { table: 'value', text: 'value', unit: 'value', level: 'value', weights: 'value', json: 'flag' });
  const table = args.values.get('table') ?? null;
  const text = args.values.get('text') ?? null;
  if ((table === null) === (text === null)) throw usageError('“agreement” needs either --table FILE.csv or --text DOC with annotation FILEs.');
  const options: AgreementOptions = {
    table,
    text,
    unit: choice('unit', args.values.get('unit'), UNITS, 'char'),
    level: choice('level', args.values.get('level'), LEVELS, 'nominal'),
    weights: choice('weights', args.values.get('weights'), KAPPA_WEIGHTS, 'none'),
    json: args.flags.has('json'),
    files: args.positional,
  };
  if (table !== null) {
    if (options.files.length > 0) throw usageError('“agreement --table” takes no annotation FILE: the table holds the codes.');
    if (args.values.has('unit')) throw usageError('“agreement --unit” applies to --text; the rows of a table are its units.');
  } else {
    if (options.files.length === 0) throw usageError('“agreement --text” needs at least one annotation FILE (one or more coders’ W3C files).');
    if (options.unit === 'char' && (args.values.has('level') || args.values.has('weights'))) {
      throw usageError('“agreement --unit char” computes unitizing alpha, which has no --level or --weights; choose --unit sentence, turn or paragraph.');
    }
  }
  return options;
}

/** What the table's values must be for the level and weights chosen. */
function tableNeeds(level: Level, weights: KappaWeights): TableNeeds {
  if (level === 'ratio') return { numbers: true, nonNegative: true, why: 'the ratio level needs numbers of zero or more' };
  if (level !== 'nominal') return { numbers: true, nonNegative: false, why: `the ${level} level needs numbers` };
  if (weights !== 'none') return { numbers: true, nonNegative: false, why: `${weights} weights need numbers` };
  return { numbers: false, nonNegative: false, why: '' };
}

/** Prints the report of a table. */
async function tableCommand(io: CliIo, options: AgreementOptions, path: string): Promise<number> {
  const data = await readTable(io, path, tableNeeds(options.level, options.weights));
  const report = codedReport(data, { level: options.level, weights: options.weights, bootstrap: DEFAULT_BOOTSTRAP });
  if (options.json) {
    const { figures, notApplicable } = codedJson(report);
    const basis = {
      table: path,
      units: { kind: 'rows', count: data.units.length },
      coders: data.coders,
      values: data.values,
      level: options.level,
      weights: options.weights,
      excluded: report.alpha.excluded,
      not_applicable: notApplicable,
      rules: { degenerate: DEGENERATE_RULE },
    };
    io.stdout(`${JSON.stringify({ ...figures, basis }, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(`Agreement on ${data.units.length} units (the rows of ${path}), ${data.coders.length} coders (${data.coders.join(', ')}), ${options.level} level.\n\n`);
  io.stdout(formatCoded(report));
  return EXIT.ok;
}

/** The units of a text for `unit`. */
function unitRanges(unit: Exclude<Unit, 'char'>, text: string): UnitRange[] {
  if (unit === 'sentence') return sentenceUnits(text);
  if (unit === 'paragraph') return paragraphUnits(text);
  return turnUnits(text);
}

/** Prints the report of a text and its coders' files. */
async function textCommand(io: CliIo, options: AgreementOptions, textPath: string): Promise<number> {
  const now = (io.now?.() ?? new Date()).toISOString();
  const inputs = await readTextInputs(io, textPath, options.files, now);
  const unit = options.unit;
  const ranges = unit === 'char' ? null : unitRanges(unit, inputs.doc.text);
  if (ranges !== null && ranges.length === 0) throw dataError(`${textPath}: the text has no ${unit === 'turn' ? 'speaker turns (lines “Name: …”)' : `${unit}s`}.`);
  const result = agreementReport({
    text: inputs.doc.text,
    layers: inputs.layers,
    categories: inputs.categories,
    units: ranges && { kind: unit === 'char' ? 'custom' : unit, ranges },
    level: options.level,
    weights: options.weights,
    spans: unit === 'char',
  });
  if (!result.ok) throw dataError(`${textPath}: ${result.error}`);
  const { basis, spans, units } = result.value;
  const coded: CodedReport | null = units;
  const out = coded ? codedJson(coded) : null;
  if (options.json) {
    const json: Json = {
      ...(spans ? spansJson(spans) : {}),
      ...(out ? out.figures : {}),
      basis: {
        text: textPath,
        files: inputs.files.map((f) => ({ path: f.path, format: f.format, annotations: f.annotations, ...f.counts })),
        offsets: 'Positions in the files are Unicode code points (TextPositionSelector); each annotation is checked against its quote and re-anchored on the text; orphans are left out.',
        units: ranges ? { kind: unit, given: basis.units?.given ?? 0, used: basis.units?.used ?? 0 } : { kind: 'char', count: basis.text.codePoints },
        coders: basis.coders,
        categories: basis.categories,
        ...(ranges ? { level: options.level, weights: options.weights } : {}),
        excluded: [...basis.excluded, ...(coded ? coded.alpha.excluded : [])],
        not_applicable: out ? out.notApplicable : [],
        rules: {
          ...(ranges ? { units: UNIT_RULE } : { spans: SPAN_RULE }),
          degenerate: DEGENERATE_RULE,
          ...(ranges && options.level !== 'nominal' ? { none: NONE_AS_MISSING_RULE } : {}),
        },
      },
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const f of inputs.files) {
    const c = f.counts;
    io.stdout(`${f.path}: ${f.annotations} annotations placed on the text: ${c.exact} exact, ${c.moved} moved, ${c.fuzzy} fuzzy, ${c.orphan} orphaned (left out).\n`);
  }
  const coders = basis.coders.map((c) => `${c.name} (${c.annotations})`).join(', ');
  const what = ranges ? `${basis.units?.used ?? 0} ${unit}s` : `${basis.text.codePoints} code points`;
  io.stdout(`\nAgreement on ${what} of ${textPath}, ${basis.coders.length} coders: ${coders}.\n\n`);
  io.stdout(spans ? formatSpans(spans) : '');
  io.stdout(coded ? formatCoded(coded) : '');
  io.stdout(formatExclusions(basis.excluded));
  io.stdout(`\nRule: ${ranges ? UNIT_RULE : SPAN_RULE}\n`);
  return EXIT.ok;
}

/** Runs the command. */
export async function agreementCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const options = agreementOptions(argv);
  if (options.table !== null) return tableCommand(io, options, options.table);
  return textCommand(io, options, options.text as string);
}
