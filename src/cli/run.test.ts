import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { exportOf, transcriptAnnotations, transcriptDocument } from './test-fixtures';
import { capturedIo, tempDir } from './testing';

let dir: string;
let good: string;
let bad: string;
let notJson: string;

beforeAll(async () => {
  dir = await tempDir();
  const doc = transcriptDocument();
  good = join(dir, 'good.json');
  await writeFile(good, exportOf(doc, transcriptAnnotations(doc)));
  // Two annotations with problems (the export puts the orphan first): a negative position, and no category.
  const collection = JSON.parse(exportOf(doc, transcriptAnnotations(doc)));
  const items = collection.first.items;
  items[1].target.selector[1].start = -4;
  items[3].body = [];
  bad = join(dir, 'bad.json');
  await writeFile(bad, JSON.stringify(collection));
  notJson = join(dir, 'broken.json');
  await writeFile(notJson, '{ "type": "Annotation", ');
});

describe('workbench --help and usage errors', () => {
  it('prints usage with --help and exits 0', async () => {
    const io = capturedIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out.join('')).toContain('Usage: workbench <command>');
    expect(await run(['convert', '--help'], io)).toBe(0);
  });

  it.each([
    [[], 'Usage: workbench'],
    [['frobnicate'], 'Unknown command “frobnicate”'],
    [['validate'], 'needs at least one FILE'],
    [['validate', '--strict', 'x.json'], 'has no option “--strict”'],
    [['convert', '--to', 'xlsx', '--out', 'o', 'f.json'], 'takes csv or tsv, not “xlsx”'],
    [['convert', '--to', 'csv', 'f.json'], 'needs --out'],
    [['convert', '--to', 'csv', '--out'], '“--out” of “convert” needs a value'],
    [['convert', '--to', 'csv', '--out', 'o'], 'needs at least one annotation FILE'],
    [['anchor', '--out', 'o.json', 'f.json'], 'needs --text'],
    [['anchor', '--text', 't.txt', '--out', 'o.json', 'a.json', 'b.json'], 'exactly one annotation FILE'],
  ])('exits 2 for %j', async (argv, message) => {
    const io = capturedIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err.join('')).toContain(message);
  });

  it('exits 2 naming a missing file', async () => {
    const io = capturedIo();
    const missing = join(dir, 'missing.json');
    expect(await run(['validate', good, missing], io)).toBe(2);
    expect(io.err.join('')).toContain(`Cannot read “${missing}”: no such file or directory.`);
    expect(io.out).toEqual([]);
  });
});

describe('workbench validate', () => {
  it('reports a good file and exits 0', async () => {
    const io = capturedIo();
    expect(await run(['validate', good], io)).toBe(0);
    expect(io.out.join('')).toBe(`${good}: valid: 5 annotations read (W3C Web Annotation).\n`);
  });

  it('prints one line per bad annotation naming file, annotation and property, and exits 1', async () => {
    const io = capturedIo();
    expect(await run(['validate', good, bad, notJson], io)).toBe(1);
    const lines = io.out.join('').split('\n');
    expect(lines).toContain(`${bad}: Annotation 2 (urn:uuid:e9a3b5c7-2d4f-4a61-b8c0-5e7f9d1a3b24): “target.selector[1].start” must be a non-negative whole number.`);
    expect(lines.some((l) => l.startsWith(`${bad}: Annotation 4 (urn:uuid:7d2d5a7e-31c9-4c51-bb1e-2b8b6a9e0c11): “body”`))).toBe(true);
    expect(lines).toContain(`${bad}: invalid: 2 problems; 3 annotations read (W3C Web Annotation).`);
    expect(lines.some((l) => l.startsWith(`${notJson} is not valid JSON`))).toBe(true);
    expect(lines).toContain('2 of 3 files are invalid.');
  });

  it('fails a file the importer accepts but the spec does not, naming both problems', async () => {
    // The app reads an https context and a +02:00 time (converting it to UTC); the spec allows neither.
    const doc = transcriptDocument();
    const collection = JSON.parse(exportOf(doc, transcriptAnnotations(doc)));
    collection['@context'] = 'https://www.w3.org/ns/anno.jsonld';
    const item = collection.first.items[0];
    item.created = '2024-05-02T11:31:12+02:00';
    const lenient = join(dir, 'lenient.json');
    await writeFile(lenient, JSON.stringify(collection));
    const io = capturedIo();
    expect(await run(['validate', lenient], io)).toBe(1);
    const lines = io.out.join('').split('\n');
    expect(lines).toContain(`${lenient}: The collection or page (${collection.id}): “@context” uses https; the spec requires “http://www.w3.org/ns/anno.jsonld” (http).`);
    expect(lines).toContain(
      `${lenient}: Annotation 1 (${item.id}): “created” “2024-05-02T11:31:12+02:00” has a timezone offset; the spec requires UTC written with “Z”, e.g. “2024-05-02T09:31:12Z”.`,
    );
    expect(lines).toContain(`${lenient}: invalid: 2 problems; 5 annotations read (W3C Web Annotation).`);
  });

  it('reports an importer problem and the same spec problem once', async () => {
    const doc = transcriptDocument();
    const collection = JSON.parse(exportOf(doc, transcriptAnnotations(doc)));
    collection.first.items[1].target.selector[1].start = -4;
    const negative = join(dir, 'negative.json');
    await writeFile(negative, JSON.stringify(collection));
    const io = capturedIo();
    expect(await run(['validate', negative], io)).toBe(1);
    const lines = io.out.join('').split('\n').filter((l) => l.includes('target.selector[1].start'));
    expect(lines).toHaveLength(1);
  });

  it('applies only the importer’s checks to Hypothesis exports', async () => {
    const hypothesis = join(dir, 'hypothesis.json');
    const row = {
      id: 'h1',
      uri: 'https://example.org/doc',
      user: 'acct:alex@hypothes.is',
      created: '2024-05-02T11:31:12+02:00',
      tags: ['claim'],
      text: '',
      target: [{ source: 'https://example.org/doc', selector: [{ type: 'TextQuoteSelector', exact: 'budget' }] }],
    };
    await writeFile(hypothesis, JSON.stringify({ annotations: [row] }));
    const io = capturedIo();
    expect(await run(['validate', hypothesis], io)).toBe(0);
    expect(io.out.join('')).toBe(`${hypothesis}: valid: 1 annotation read (Hypothesis export).\n`);
  });
});
