import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation } from '../model';
import type { Transitions } from '../analysis/sequences';
import { contentHash } from '../text/hash';
import { detectStructure } from '../transcript/structure';
import { codeMapLanes, codeMapSvg, nextMark } from './code-map';
import { heatmapSvg } from './heatmap-svg';
import { shade } from './svg';
import { transitionsSvg } from './transitions-svg';

const labels = new Map([
  ['claim', 'claim <b>&</b>'],
  ['demand', 'demand'],
]);
const TEXT = 'Ana: We demand it.\nBen: No.\nAna: Claim.';
const structure = detectStructure(TEXT, contentHash(TEXT));
const a = (id: string, categoryId: string, start: number, end: number, coder = 'Ana'): Annotation => ({ id, documentId: 'd', categoryId, start, end, exact: '', prefix: '', suffix: '', memo: '', coder, coderId: `id-${coder}`, editorId: `id-${coder}`, created: '', modified: '', status: 'placed' });

/** An SVG that parses as XML has no unescaped markup from the data (checked by a strict look at the text). */
function wellFormed(svg: string): void {
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain('<title id="t">');
  expect(svg).toContain('<desc id="d">');
  expect(svg).not.toMatch(/<b>|<script/);
  // Every tag opened is closed (a cheap check without an XML parser in the shared layer).
  const open = [...svg.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]).filter((t) => t !== 'xml');
  const selfClosed = (svg.match(/\/>/g) ?? []).length;
  const closed = (svg.match(/<\/[a-z]+>/g) ?? []).length;
  expect(open.length).toBe(selfClosed + closed);
}

describe('pictures', () => {
  it('the heatmap writes every count and escapes labels', () => {
    const svg = heatmapSvg({ speakers: ['Ana', 'Ben <x>'], categories: ['claim', 'demand'], counts: [[3, 0], [1, 2]], max: 3 }, labels);
    wellFormed(svg);
    expect(svg).toContain('claim &lt;b&gt;&amp;&lt;/b&gt;');
    expect(svg).toContain('Ben &lt;x&gt;');
    expect([...svg.matchAll(/>(\d)<\/text>/g)].map((m) => m[1])).toEqual(['3', '0', '1', '2']);
  });

  it('the transitions diagram draws a band per cell with its count', () => {
    const table: Transitions = {
      categories: ['claim', 'demand'],
      pairs: 3,
      cells: new Map([
        ['claim\u0000demand', { from: 'claim', to: 'demand', count: 2, examples: [] }],
        ['demand\u0000claim', { from: 'demand', to: 'claim', count: 1, examples: [] }],
      ]),
    };
    const svg = transitionsSvg(table, labels, new Map([['claim', '#112233']]));
    wellFormed(svg);
    expect((svg.match(/<path /g) ?? []).length).toBe(2);
    expect(svg).toContain('claim &lt;b&gt;&amp;&lt;/b&gt; → demand: 2');
  });

  it('the code map has a lane per category, coder or speaker, marks in text order', () => {
    const annotations = [a('1', 'demand', 8, 17), a('2', 'claim', 33, 39, 'Ben'), a('3', 'claim', 5, 7)];
    const byCategory = codeMapLanes(annotations, DEFAULT_CATEGORIES, structure, 'category');
    expect(byCategory.map((l) => [l.key, l.marks.map((m) => m.start)])).toEqual([
      ['claim', [5, 33]],
      ['demand', [8]],
    ]);
    expect(codeMapLanes(annotations, DEFAULT_CATEGORIES, structure, 'coder').map((l) => l.label)).toEqual(['Ana', 'Ben']);
    const speakers = codeMapLanes([], DEFAULT_CATEGORIES, structure, 'speaker');
    expect(speakers.map((l) => [l.label, l.marks.length])).toEqual([
      ['Ana', 2],
      ['Ben', 1],
    ]);
    expect(nextMark(byCategory[0], 5)?.start).toBe(33);
    expect(nextMark(byCategory[0], 40)?.start).toBe(5);
    const svg = codeMapSvg(byCategory, TEXT.length, 'Code map of “A & B”');
    wellFormed(svg);
    expect(svg).toContain('Code map of “A &amp; B”');
  });

  it('shade mixes with white', () => {
    expect(shade('#000000', 0)).toBe('#ffffff');
    expect(shade('#000000', 1)).toBe('#000000');
    expect(shade('#0b57d0', 0.5)).toBe('#85abe8');
  });
});
