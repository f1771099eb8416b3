import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { TRANSCRIPT, annotationOn, exportOf, transcriptDocument } from './test-fixtures';
import { capturedIo, tempDir } from './testing';

let dir: string;
let krippendorff: string;
let stata: string;
let textPath: string;
let anna: string;
let ben: string;

/** Krippendorff (2011): 4 coders × 12 units with missing values (see src/shared/agreement/alpha.test.ts). */
const KRIPPENDORFF_2011_CSV = [
  'unit,A,B,C,D',
  '1,1,1,,1',
  '2,2,2,3,2',
  '3,3,3,3,3',
  '4,3,3,3,3',
  '5,2,2,2,2',
  '6,1,2,3,4',
  '7,4,4,4,4',
  '8,1,1,2,1',
  '9,2,2,2,2',
  '10,,5,5,5',
  '11,,,1,1',
  '12,,3,,',
].join('\n');

/** Stata's radiologists (see cohen-kappa.test.ts), as rows of a table. */
function stataCsv(): string {
  const table = [
    [21, 12, 0, 0],
    [4, 17, 1, 0],
    [3, 9, 15, 2],
    [0, 0, 0, 1],
  ];
  const rows = ['unit,rada,radb'];
  table.forEach((row, i) => row.forEach((n, j) => {
    for (let k = 0; k < n; k++) rows.push(`${rows.length},${i + 1},${j + 1}`);
  }));
  return rows.join('\r\n') + '\r\n';
}

beforeAll(async () => {
  dir = await tempDir();
  krippendorff = join(dir, 'krippendorff.csv');
  await writeFile(krippendorff, KRIPPENDORFF_2011_CSV);
  stata = join(dir, 'stata.csv');
  await writeFile(stata, stataCsv());
  textPath = join(dir, 'Hearing 3.txt');
  await writeFile(textPath, TRANSCRIPT);
  const doc = transcriptDocument();
  const a = (id: string, quote: string, category: string, coder: string) => annotationOn(doc, `00000000-0000-4000-8000-${id.padStart(12, '0')}`, quote, category, '', coder);
  anna = join(dir, 'anna.json');
  await writeFile(anna, exportOf(doc, [
    a('1', 'The council has cut the youth centre budget by forty percent 📉', 'claim', 'Anna'),
    a('2', 'You deliberately hid those numbers from the committee 🙈!', 'accusation', 'Anna'),
    a('3', 'I propose that we publish the full spreadsheet next week.', 'proposal', 'Anna'),
  ]));
  ben = join(dir, 'ben.json');
  await writeFile(ben, exportOf(doc, [
    a('11', 'The council has cut the youth centre budget', 'claim', 'Ben'),
    a('12', 'You deliberately hid those numbers', 'claim', 'Ben'),
    a('13', 'I propose that we publish the full spreadsheet', 'proposal', 'Ben'),
  ]));
});

/** Runs the command and parses its stdout as exactly one JSON object. */
async function json(argv: string[]): Promise<Record<string, unknown> & { basis: Record<string, unknown> }> {
  const io = capturedIo();
  const code = await run(argv, io);
  expect(io.err.join('')).toBe('');
  expect(code).toBe(0);
  const parsed: unknown = JSON.parse(io.out.join(''));
  expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
  return parsed as Record<string, unknown> & { basis: Record<string, unknown> };
}

describe('workbench agreement --table --json', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('Krippendorff (2011) at the %s level: alpha %s, with the contract keys', async (level, published) => {
    const out = await json(['agreement', '--table', krippendorff, '--level', level, '--json']);
    const alpha = out.krippendorff_alpha as Record<string, unknown>;
    expect(Object.keys(alpha)).toEqual(expect.arrayContaining(['value', 'level', 'observed_disagreement', 'expected_disagreement', 'units', 'coders', 'pairable_values']));
    expect(Math.abs((alpha.value as number) - published)).toBeLessThan(0.0005);
    expect(alpha).toMatchObject({ level, units: 11, coders: 4, pairable_values: 40 });
    expect(alpha.confidence_interval).toMatchObject({ resamples: 1000, seed: 20240607, confidence: 0.95 });
    // Four coders, unequal numbers of values: neither kappa applies, and the basis says why.
    expect(out.cohen_kappa).toBeUndefined();
    expect(out.fleiss_kappa).toBeUndefined();
    expect((out.basis.not_applicable as { figure: string }[]).map((n) => n.figure)).toEqual(['cohen_kappa', 'fleiss_kappa']);
    expect(out.basis).toMatchObject({ table: krippendorff, units: { kind: 'rows', count: 12 }, coders: ['A', 'B', 'C', 'D'], level });
    expect(out.basis.excluded).toEqual([{ what: 'units', count: 1, reason: 'only one coder gave a value (not pairable)' }]);
    expect(typeof out.percent_agreement).toBe('number');
    expect(out.confusion).toMatchObject({ kind: 'all-pairs', labels: ['1', '2', '3', '4', '5'] });
  });

  it.each([
    ['none', 0.4728],
    ['linear', 0.5684],
    ['quadratic', 0.6714],
  ])("two coders, --weights %s: Cohen's kappa as Stata gives it, and Fleiss' kappa", async (weights, kappa) => {
    const out = await json(['agreement', '--table', stata, '--weights', weights, '--json']);
    const cohen = out.cohen_kappa as Record<string, unknown>;
    expect(Object.keys(cohen)).toEqual(expect.arrayContaining(['value', 'weights', 'observed_agreement', 'expected_agreement']));
    expect(Math.abs((cohen.value as number) - kappa)).toBeLessThan(0.0001);
    expect(cohen.weights).toBe(weights);
    expect(Object.keys(out.fleiss_kappa as object)).toEqual(expect.arrayContaining(['value', 'observed_agreement', 'expected_agreement']));
    expect(out.confusion).toMatchObject({ kind: 'coder-pair', coders: ['rada', 'radb'], counting: 'units', total: 85 });
  });

  it('prints readable tables without --json', async () => {
    const io = capturedIo();
    expect(await run(['agreement', '--table', stata], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('Agreement on 85 units');
    expect(text).toMatch(/Krippendorff's alpha \(nominal\)\s+0\.\d{3}/);
    expect(text).toMatch(/Cohen's kappa\s+0\.473/);
    expect(text).toContain('Confusion matrix (rows rada, columns radb; units)');
  });
});

describe('workbench agreement --text', () => {
  it('--unit char (default): unitizing alpha per category and overall, and the confusion matrix in code points', async () => {
    const out = await json(['agreement', '--text', textPath, '--json', anna, ben]);
    const unitizing = out.unitizing_alpha as { overall: Record<string, unknown>; by_category: Record<string, Record<string, unknown>> };
    expect(Object.keys(unitizing.overall)).toEqual(expect.arrayContaining(['value', 'observed_disagreement', 'expected_disagreement']));
    expect(Object.keys(unitizing.by_category)).toEqual(['claim', 'accusation', 'proposal']);
    expect(unitizing.by_category.claim.value as number).toBeGreaterThan(0);
    expect(out.confusion).toMatchObject({ kind: 'coder-pair', coders: ['Anna', 'Ben'], counting: 'code points' });
    expect(out.krippendorff_alpha).toBeUndefined();
    expect(out.basis).toMatchObject({ units: { kind: 'char' }, coders: [{ name: 'Anna', annotations: 3 }, { name: 'Ben', annotations: 3 }] });
    expect(out.basis.files).toEqual([
      expect.objectContaining({ path: anna, annotations: 3, exact: 3, orphan: 0 }),
      expect.objectContaining({ path: ben, annotations: 3, exact: 3, orphan: 0 }),
    ]);
  });

  it.each(['paragraph', 'sentence', 'turn'])('--unit %s: alpha, the kappas, percent agreement and the confusion matrix', async (unit) => {
    const out = await json(['agreement', '--text', textPath, '--unit', unit, '--json', anna, ben]);
    expect(out.krippendorff_alpha).toMatchObject({ level: 'nominal', coders: 2 });
    expect(out.cohen_kappa).toMatchObject({ weights: 'none' });
    expect(out.fleiss_kappa).toBeDefined();
    expect(typeof out.percent_agreement).toBe('number');
    expect(out.confusion).toMatchObject({ kind: 'coder-pair', counting: 'units' });
    expect(out.unitizing_alpha).toBeUndefined();
    expect(out.basis).toMatchObject({ units: { kind: unit }, level: 'nominal' });
    expect((out.basis.rules as Record<string, string>).units).toContain('cover the most of its characters');
  });

  it('on paragraphs: the accusation Ben coded as claim is the one disagreement of four', async () => {
    const out = await json(['agreement', '--text', textPath, '--unit', 'paragraph', '--json', anna, ben]);
    // Paragraph 1 (the greeting) is "(none)" for both; 2 claim/claim; 3 accusation/claim; 4 proposal/proposal.
    expect(out.percent_agreement).toBe(75);
    expect(out.basis.units).toEqual({ kind: 'paragraph', given: 4, used: 4 });
  });

  it('prints readable tables without --json, with how each file was placed', async () => {
    const io = capturedIo();
    expect(await run(['agreement', '--text', textPath, anna, ben], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain(`${anna}: 3 annotations placed on the text: 3 exact, 0 moved, 0 fuzzy, 0 orphaned (left out).`);
    expect(text).toContain('Unitizing alpha (α_U)');
    expect(text).toContain('Confusion matrix (rows Anna, columns Ben; code points)');
    expect(text).toContain('Rule: Spans are counted in Unicode code points');
  });
});

describe('workbench agreement: bad input', () => {
  it.each([
    [['agreement'], 'needs either --table FILE.csv or --text DOC'],
    [['agreement', '--table', 'a.csv', '--text', 'b.txt'], 'needs either --table FILE.csv or --text DOC'],
    [['agreement', '--table', 'a.csv', 'x.json'], 'takes no annotation FILE'],
    [['agreement', '--table', 'a.csv', '--unit', 'sentence'], '“agreement --unit” applies to --text'],
    [['agreement', '--text', 'b.txt'], 'needs at least one annotation FILE'],
    [['agreement', '--table', 'a.csv', '--level', 'cardinal'], '“agreement --level” takes nominal, ordinal, interval, ratio, not “cardinal”'],
    [['agreement', '--table', 'a.csv', '--weights', 'cubic'], 'takes none, linear, quadratic'],
    [['agreement', '--text', 'b.txt', '--unit', 'word', 'x.json'], 'takes char, sentence, turn, paragraph'],
    [['agreement', '--text', 'b.txt', '--level', 'ordinal', 'x.json'], 'has no --level or --weights'],
  ])('exits 2 for %j', async (argv, message) => {
    const io = capturedIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err.join('')).toContain(message);
    expect(io.out).toEqual([]);
  });

  it('exits 2 naming a missing table', async () => {
    const io = capturedIo();
    const missing = join(dir, 'missing.csv');
    expect(await run(['agreement', '--table', missing], io)).toBe(2);
    expect(io.err.join('')).toContain(`Cannot read “${missing}”: no such file or directory.`);
  });

  it.each([
    ['bad-cell.csv', 'unit,A,B\n1,3,4\n2,4,high\n', ['--level', 'interval'], 'row 3, column 3 (“B”): “high” is not a number, and the interval level needs numbers'],
    ['negative.csv', 'unit,A,B\n1,3,-4\n', ['--level', 'ratio'], 'row 2, column 3 (“B”): -4 is negative'],
    ['labels.csv', 'unit,A,B\n1,low,high\n', ['--weights', 'linear'], 'row 2, column 2 (“A”): “low” is not a number, and linear weights need numbers'],
    ['short.csv', 'unit,A,B\n1,3\n', [], 'row 2: 2 cells, but the header has 3 columns'],
    ['header.csv', 'item,A,B\n1,3,3\n', [], 'row 1, column 1: the header must start with “unit”, not “item”'],
  ])('exits 1 for %s, naming the file, row and column', async (name, csv, extra, message) => {
    const path = join(dir, name);
    await writeFile(path, csv);
    const io = capturedIo();
    expect(await run(['agreement', '--table', path, ...extra], io)).toBe(1);
    expect(io.err.join('')).toContain(`workbench agreement: ${path}: ${message}`);
    expect(io.out).toEqual([]);
  });

  it('exits 1 naming an annotation file that is not JSON', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "type": "Annotation", ');
    const io = capturedIo();
    expect(await run(['agreement', '--text', textPath, anna, broken], io)).toBe(1);
    expect(io.err.join('')).toContain(broken);
  });

  it('exits 1 when the text has no speaker turns to use as units', async () => {
    const prose = join(dir, 'prose.txt');
    await writeFile(prose, 'Only prose here. No speakers.\n');
    const io = capturedIo();
    expect(await run(['agreement', '--text', prose, '--unit', 'turn', anna], io)).toBe(1);
    expect(io.err.join('')).toContain('has no speaker turns');
  });
});
