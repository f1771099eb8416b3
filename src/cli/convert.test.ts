import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetFiles, datasetFromModel } from '../shared/dataset/tables';
import { run } from './run';
import { CATEGORIES, TITLE, TRANSCRIPT, exportOf, transcriptAnnotations, transcriptDocument } from './test-fixtures';
import { capturedIo, listDir, tempDir } from './testing';

const doc = transcriptDocument();
const annotations = transcriptAnnotations(doc);
let dir: string;
let exported: string;
let textPath: string;

/** The rows of a TSV table (no line breaks inside cells) as records keyed by column. */
async function rowsOf(path: string): Promise<Record<string, string>[]> {
  const [header, ...lines] = (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '');
  const columns = header.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((cell, i) => [columns[i], cell])));
}

beforeAll(async () => {
  dir = await tempDir();
  exported = join(dir, 'hearing.json');
  await writeFile(exported, exportOf(doc, annotations));
  textPath = join(dir, `${TITLE}.txt`);
  // Written with CRLF and a BOM: the command line canonicalises as the app does.
  await writeFile(textPath, '\uFEFF' + TRANSCRIPT.replace(/\n/g, '\r\n'));
});

describe('workbench convert', () => {
  it('given the text, writes the same tables as the app’s own dataset export, byte for byte', async () => {
    for (const [format, extra, lineEnding, bom] of [
      ['csv', [], '\n', false],
      ['tsv', ['--crlf', '--bom'], '\r\n', true],
    ] as const) {
      const out = join(dir, `app-${format}`);
      const io = capturedIo();
      expect(await run(['convert', '--to', format, '--text', textPath, '--out', out, ...extra, exported], io)).toBe(0);
      const app = datasetFiles(datasetFromModel({ documents: [doc], annotations, categories: CATEGORIES }), { format, lineEnding, bom });
      expect(await listDir(out)).toEqual(app.map((f) => f.name).sort());
      for (const file of app) expect(await readFile(join(out, file.name), 'utf8')).toBe(file.content);
      expect(io.out.join('')).toContain(`5 annotations on “${TITLE}.txt”: 4 exact, 0 moved, 0 fuzzy, 1 orphaned.`);
    }
  });

  it('without texts, keeps the file’s positions and leaves paragraph and speaker empty', async () => {
    const out = join(dir, 'no-text');
    const io = capturedIo();
    expect(await run(['convert', '--to', 'tsv', '--out', out, exported], io)).toBe(0);
    const rows = await rowsOf(join(out, 'segments.tsv'));
    expect(rows).toHaveLength(5);
    const claim = rows.find((r) => r.annotation_id.startsWith('0b0c8a6e'));
    // Code points: the emoji before it count once each.
    const points = [...TRANSCRIPT];
    const start = points.indexOf('T', points.indexOf('\n'));
    expect(claim).toMatchObject({
      document_id: doc.hash,
      document_title: TITLE,
      content_hash: doc.hash,
      coder: 'Алекс',
      category_label: 'claim',
      start: String(start),
      end: String(start + 62),
      paragraph: '',
      speaker: '',
      memo: 'Check, "2023" report,\\nline 2',
      status: 'placed',
    });
    const orphan = rows.find((r) => r.annotation_id.startsWith('f1a2b3c4'));
    expect(orphan).toMatchObject({ start: '', end: '', exact: 'We demand an independent audit', status: 'orphan' });
    expect(rows.every((r) => r.paragraph === '' && r.speaker === '')).toBe(true);
    expect(io.out.join('')).toContain('5 annotations, no matching text');
  });

  it('matches a file without a content hash to the text where its annotations anchor', async () => {
    const other = join(dir, 'Other.txt');
    await writeFile(other, 'A different text altogether, with nothing in common.\n');
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:9a8b7c6d-0000-4000-8000-000000000009',
      type: 'Annotation',
      motivation: 'tagging',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'Demand' },
      target: {
        source: 'https://example.org/hearing-3',
        selector: { type: 'TextQuoteSelector', exact: 'publish the full spreadsheet', prefix: 'I propose that we ', suffix: ' next week' },
      },
    };
    const file = join(dir, 'by-iri.json');
    await writeFile(file, JSON.stringify(annotation));
    const out = join(dir, 'by-iri');
    const io = capturedIo();
    expect(await run(['convert', '--to', 'tsv', '--text', other, '--text', textPath, '--out', out, file], io)).toBe(0);
    const [row] = await rowsOf(join(out, 'segments.tsv'));
    expect(row).toMatchObject({
      annotation_id: '9a8b7c6d-0000-4000-8000-000000000009',
      document_id: doc.id,
      document_title: TITLE,
      category_id: 'demand',
      exact: 'publish the full spreadsheet',
      paragraph: '4',
      speaker: 'MÜLLER',
      status: 'placed',
    });
    expect(io.out.join('')).toContain('1 annotation on “Hearing 3.txt”: 0 exact, 1 moved, 0 fuzzy, 0 orphaned.');
    const documents = await rowsOf(join(out, 'documents.tsv'));
    expect(new Set(documents.map((d) => d.document_title))).toEqual(new Set(['Other', TITLE]));
  });

  it('exits 1 and writes nothing when a file has bad annotations', async () => {
    const collection = JSON.parse(exportOf(doc, annotations));
    collection.first.items[2].target.selector[1].end = 'ten';
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(collection));
    const out = join(dir, 'bad-out');
    const io = capturedIo();
    expect(await run(['convert', '--to', 'csv', '--out', out, exported, file], io)).toBe(1);
    expect(io.err.join('')).toContain(`${file}: Annotation 3 (urn:uuid:0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51): “target.selector[1].end”`);
    expect(io.err.join('')).toContain('nothing was written');
    expect(await listDir(out)).toEqual([]);
  });

  it('leaves no partial output when a write fails midway', async () => {
    const out = join(dir, 'existing');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'keep me');
    let writes = 0;
    const io = capturedIo({
      writeFile: async (path, data) => {
        if (++writes === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        await writeFile(path, data);
      },
    });
    expect(await run(['convert', '--to', 'csv', '--text', textPath, '--out', out, exported], io)).toBe(1);
    expect(io.err.join('')).toContain(`Cannot write “${join(out, 'documents.csv')}”: no space left on the device. Nothing was written.`);
    expect(await listDir(out)).toEqual(['notes.txt']);

    // A directory the command created is removed again.
    const fresh = join(dir, 'fresh', 'tables');
    writes = 0;
    expect(await run(['convert', '--to', 'csv', '--out', fresh, exported], io)).toBe(1);
    expect(await listDir(join(dir, 'fresh'))).toEqual([]);
  });
});
