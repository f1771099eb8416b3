import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalText } from '../shared/text/canonical';
import { contentHash, niUri } from '../shared/text/hash';
import { parseAnnotationFile } from '../shared/w3c/import';
import { run } from './run';
import { TRANSCRIPT, exportOf, transcriptAnnotations, transcriptDocument } from './test-fixtures';
import { capturedIo, listDir, tempDir } from './testing';

/** The transcript edited: a line added before, one quote changed slightly, one line deleted. */
const EDITED = canonicalText(
  'CHAIR: Opening remarks, recorded late.\n' +
    TRANSCRIPT.replace('youth centre budget', 'youth-centre budget').replace(/SCHMIDT: [^\n]*\n/, ''),
);

interface Selector {
  type: string;
  exact?: string;
  start?: number;
  end?: number;
}
interface Item {
  id: string;
  target: { source: { id: string }; selector: Selector[] };
}

let dir: string;
let file: string;
let textPath: string;

beforeAll(async () => {
  dir = await tempDir();
  const doc = transcriptDocument();
  file = join(dir, 'hearing.json');
  await writeFile(file, exportOf(doc, transcriptAnnotations(doc)));
  textPath = join(dir, 'Hearing 3 (revised).txt');
  await writeFile(textPath, EDITED);
});

describe('workbench anchor', () => {
  it('re-anchors onto an edited text, prints the counts and keeps orphans without a position', async () => {
    const out = join(dir, 'out', 'revised.json');
    const io = capturedIo();
    expect(await run(['anchor', '--text', textPath, '--out', out, file], io)).toBe(0);
    const printed = io.out.join('');
    const counts = /5 annotations on “Hearing 3 \(revised\)\.txt”: (\d+) exact, (\d+) moved, (\d+) fuzzy, (\d+) orphaned\./.exec(printed);
    expect(counts).not.toBeNull();
    const [exact, moved, fuzzy, orphaned] = (counts ?? []).slice(1).map(Number);
    expect({ placed: exact + moved, fuzzy, orphaned }).toEqual({ placed: 2, fuzzy: 1, orphaned: 2 });
    expect(printed).toContain(`Wrote ${out}.`);

    const json = await readFile(out, 'utf8');
    const collection = JSON.parse(json);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', label: 'Hearing 3: speech acts', total: 5 });
    expect(collection.generator.name).toBe('Discourse Workbench 9.9.9');
    const items: Item[] = collection.first.items;
    const points = [...EDITED];
    for (const item of items) {
      expect(item.target.source.id).toBe(niUri(contentHash(EDITED)));
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
      expect(quote?.exact).toBeTruthy();
      // Fresh selectors agree with the edited text (positions in code points).
      if (position) expect(points.slice(position.start, position.end).join('')).toBe(quote?.exact);
    }
    const orphans = items.filter((i) => !i.target.selector.some((s) => s.type === 'TextPositionSelector'));
    expect(orphans.map((o) => o.id).sort()).toEqual([
      'urn:uuid:7d2d5a7e-31c9-4c51-bb1e-2b8b6a9e0c11',
      'urn:uuid:f1a2b3c4-0000-4000-8000-000000000001',
    ]);
    expect(orphans.find((o) => o.id.includes('7d2d5a7e'))?.target.selector[0].exact).toBe(
      'You deliberately hid those numbers from the committee 🙈!',
    );
    // The output reads back in the app's importer without problems.
    const back = parseAnnotationFile(json, out);
    expect(back.ok && back.value.problems).toEqual([]);
    expect(await listDir(join(dir, 'out'))).toEqual(['revised.json']);
  });

  it('exits 1 for a file that is not annotations, writing nothing', async () => {
    const notAnnotations = join(dir, 'package.json');
    await writeFile(notAnnotations, JSON.stringify({ name: 'x', version: '1.0.0' }));
    const out = join(dir, 'nothing', 'out.json');
    const io = capturedIo();
    expect(await run(['anchor', '--text', textPath, '--out', out, notAnnotations], io)).toBe(1);
    expect(io.err.join('')).toContain(`${notAnnotations} is not a Web Annotation file`);
    expect(await listDir(join(dir, 'nothing'))).toEqual([]);
  });

  it('exits 1 for a text the workbench cannot read', async () => {
    const binary = join(dir, 'scan.pdf');
    await writeFile(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
    const io = capturedIo();
    expect(await run(['anchor', '--text', binary, '--out', join(dir, 'x.json'), file], io)).toBe(1);
    expect(io.err.join('')).toContain('“scan.pdf” is not a format the workbench reads');
  });
});
