/**
 * A selector that cuts an emoji in half (issue 15, finding 5): `anchor` used to place it as a
 * lone surrogate, writing a file its own `validate` rejected and a `segments.csv` with U+FFFD.
 * Spans are now widened to whole characters, and the command says so.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import { capturedIo, tempDir } from './testing';

const TEXT = 'Mara: We demand 🚢 ferries and 🚌 buses.\n';

/** A W3C annotation whose quote ends in the high half of 🚢 (a lone surrogate, escaped in JSON). */
const FILE = JSON.stringify({
  type: 'AnnotationCollection',
  total: 1,
  first: {
    type: 'AnnotationPage',
    items: [
      {
        id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
        type: 'Annotation',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'demand' }],
        target: { source: 'urn:x', selector: [{ type: 'TextQuoteSelector', exact: 'demand \ud83d', prefix: 'We ', suffix: '' }] },
      },
    ],
  },
});

describe('split surrogate pairs', () => {
  it('anchor widens the span to the whole emoji, says so, and validate accepts what it wrote', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'text.txt'), TEXT);
    await writeFile(join(dir, 'cut.json'), FILE);
    const io = capturedIo();
    expect(await run(['anchor', '--text', join(dir, 'text.txt'), '--out', join(dir, 'out.json'), join(dir, 'cut.json')], io)).toBe(0);
    expect(io.out.join('')).toContain('1 annotation cut a character in half and was widened to whole characters.');
    const written = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'));
    const quote = written.first.items[0].target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
    expect(quote.exact).toBe('demand 🚢');
    const check = capturedIo();
    expect(await run(['validate', join(dir, 'out.json')], check)).toBe(0);

    const tables = capturedIo();
    expect(await run(['convert', '--to', 'csv', '--text', join(dir, 'text.txt'), '--out', join(dir, 'tables'), join(dir, 'cut.json')], tables)).toBe(0);
    const segments = await readFile(join(dir, 'tables', 'segments.csv'), 'utf8');
    expect(segments).toContain('demand 🚢');
    expect(segments).not.toContain('\ufffd');
  });
});
