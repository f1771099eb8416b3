import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation } from '../model';
import { contentHash } from '../text/hash';
import { addExclusion, mergeSpeakers } from '../transcript/corrections';
import { detectStructure, preamble } from '../transcript/structure';
import { BRIEFING } from '../transcript/test-transcripts';
import { codedSegments, groupSegments, NO_SPEAKER, type RetrievalDocument } from './coded-segments';
import { escapeMarkdown } from './markdown';
import { htmlReport, markdownReport } from './segments-report';

const HOSTILE = 'Host: <script>alert(1)</script> & *bold* [link](x) said “no”.\nGuest: Fine.';
let structure = detectStructure(BRIEFING, contentHash(BRIEFING));
structure = mergeSpeakers(structure, ['Aide to the Minister Tomas Aberg'], 'Tomas Aberg');
structure = addExclusion(structure, BRIEFING, 0, preamble(structure)!.end, 'chrome');
const documents: RetrievalDocument[] = [
  { id: 'b', title: 'Briefing', text: BRIEFING, structure },
  { id: 'h', title: 'A hostile <b>title</b>', text: HOSTILE, structure: detectStructure(HOSTILE, contentHash(HOSTILE)) },
];
const at = (documentId: string, text: string, quote: string, categoryId: string, coder: string, memo = ''): Annotation => {
  const start = text.indexOf(quote);
  return { id: `${documentId}-${start}`, documentId, categoryId, start, end: start + quote.length, exact: quote, prefix: '', suffix: '', memo, coder, coderId: `id-${coder}`, editorId: `id-${coder}`, created: '', modified: '', status: 'placed' };
};
const annotations = [
  at('b', BRIEFING, 'The conversation lasted an hour.', 'claim', 'Ana', 'Opening claim'),
  at('b', BRIEFING, 'No, they did not.', 'claim', 'Ben'),
  at('b', BRIEFING, 'Did the ministers discuss the ferry contracts?', 'accusation', 'Ana'),
  at('b', BRIEFING, 'Tomas Aberg briefed the media', 'claim', 'Ana'), // before the first turn, set aside
  at('h', HOSTILE, '<script>alert(1)</script> & *bold*', 'claim', 'Ana', 'memo with <tags> & *stars*'),
  { ...at('b', BRIEFING, 'Thank you.', 'claim', 'Ana'), status: 'orphan' as const },
];

describe('coded segments', () => {
  it('retrieve the chosen categories with speaker (aliases merged), turn and context; excluded and orphans left out', () => {
    const found = codedSegments(documents, annotations, DEFAULT_CATEGORIES, { categories: new Set(['claim']) });
    expect(found.map((s) => [s.documentTitle, s.annotation.exact.slice(0, 12), s.speaker, s.turn])).toEqual([
      ['A hostile <b>title</b>', '<script>aler', 'Host', 1],
      ['Briefing', 'The conversa', 'Tomas Aberg', 1],
      ['Briefing', 'No, they did', 'Tomas Aberg', 3],
    ]);
    expect(found[1].before).toBe('Aide to\u00a0the\u00a0Minister Tomas Aberg: Good evening! ');
    expect(found[1].after).toBe('');
    expect(codedSegments(documents, annotations, DEFAULT_CATEGORIES, { categories: new Set(['claim']), includeExcluded: true })).toHaveLength(4);
  });

  it('filter by speaker and coder, and group by speaker, coder or category', () => {
    const ana = codedSegments(documents, annotations, DEFAULT_CATEGORIES, { coders: new Set(['id-Ana']), speakers: new Set(['Question', 'Host']) });
    expect(ana.map((s) => s.categoryLabel)).toEqual(['claim', 'accusation']);
    const all = codedSegments(documents, annotations, DEFAULT_CATEGORIES, { includeExcluded: true });
    expect(groupSegments(all, 'speaker').map((g) => [g.label, g.segments.length])).toEqual([
      ['Host', 1],
      [NO_SPEAKER, 1],
      ['Tomas Aberg', 2],
      ['Question', 1],
    ]);
    expect(groupSegments(all, 'category', DEFAULT_CATEGORIES).map((g) => g.label)).toEqual(['claim', 'accusation']);
    expect(groupSegments(all, 'coder').map((g) => g.label)).toEqual(['Ana', 'Ben']);
  });
});

describe('reports', () => {
  const groups = groupSegments(codedSegments(documents, annotations, DEFAULT_CATEGORIES), 'document');
  const heading = { title: 'Claims & <accusations>', criteria: ['Categories: claim, accusation'], generatedAt: '2026-01-02T00:00:00.000Z', generator: 'Discourse Workbench 0.1.0' };

  it('HTML: self-contained, every library text escaped', () => {
    const html = htmlReport(heading, groups);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>title');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*');
    expect(html).toContain('<title>Claims &amp; &lt;accusations&gt;</title>');
    expect(html).toContain('memo with &lt;tags&gt;');
    expect(html).not.toMatch(/<(link|img|script)\b/);
    expect(html).toContain('@media print');
  });

  it('Markdown: quotes as block quotes, sources, memos; markup escaped', () => {
    const md = markdownReport(heading, groups);
    expect(md).toContain('# Claims \\& \\<accusations\\>');
    expect(md).toContain('> \\<script\\>alert\\(1\\)\\</script\\> \\& \\*bold\\*');
    expect(md).toContain('*Briefing · Tomas Aberg, turn 1 · claim · Ana*');
    expect(md).toContain('Memo: Opening claim');
    expect(md).toContain('## Briefing (3)');
  });

  it('escapeMarkdown leaves no character Markdown would read', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> #g |h| ~i~ 1. !j')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\<f\\> \\#g \\|h\\| \\~i\\~ 1\\. \\!j');
  });
});
