/**
 * The coded-segments report in two readable forms: Markdown (for notes and papers) and a
 * self-contained HTML page that prints well (no scripts, no outside files; styles inline).
 * Every piece of text from the library is escaped.
 */
import { escapeAttribute, escapeText } from '../qdpx/xml-write';
import type { CodedSegment, SegmentGroup } from './coded-segments';
import { escapeMarkdown, markdownQuote } from './markdown';

/** What the report is about, for its heading. */
export interface ReportHeading {
  title: string;
  /** One line each: which categories, documents, speakers and coders were chosen. */
  criteria: string[];
  /** ISO 8601 time the report was made. */
  generatedAt: string;
  /** The app's name and version. */
  generator: string;
}

/** "Doc title · Speaker, turn 3 · coded as claim by Ana". */
function source(s: CodedSegment): string {
  const where = s.speaker !== null ? `${s.speaker}, turn ${s.turn}` : 'outside any turn';
  return `${s.documentTitle} · ${where} · ${s.categoryLabel} · ${s.annotation.coder || 'unknown coder'}`;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The report as Markdown. */
export function markdownReport(heading: ReportHeading, groups: readonly SegmentGroup[]): string {
  const total = groups.reduce((n, g) => n + g.segments.length, 0);
  const out: string[] = [`# ${escapeMarkdown(heading.title)}`, ''];
  for (const c of heading.criteria) out.push(`- ${escapeMarkdown(c)}`);
  out.push(`- ${count(total, 'segment', 'segments')}, made ${escapeMarkdown(heading.generatedAt)} by ${escapeMarkdown(heading.generator)}`, '');
  for (const g of groups) {
    out.push(`## ${escapeMarkdown(g.label)} (${g.segments.length})`, '');
    for (const s of g.segments) {
      out.push(markdownQuote(s.annotation.exact), '');
      out.push(`*${escapeMarkdown(source(s))}*`, '');
      if (s.before || s.after) out.push(`Context: ${escapeMarkdown(s.before)} **${escapeMarkdown(s.annotation.exact)}** ${escapeMarkdown(s.after)}`, '');
      if (s.annotation.memo) out.push(`Memo: ${escapeMarkdown(s.annotation.memo)}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const STYLE = `
body { font: 16px/1.5 Georgia, 'Noto Serif', serif; color: #1d1d1f; margin: 2rem auto; max-width: 46rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.3rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
.criteria { color: #555; font: 0.9rem/1.4 system-ui, sans-serif; padding-left: 1.2rem; }
.segment { break-inside: avoid; margin: 1rem 0 1.4rem; }
blockquote { margin: 0; padding: 0.2rem 0 0.2rem 0.9rem; border-left: 4px solid #888; white-space: pre-wrap; }
.source { font: 0.85rem/1.4 system-ui, sans-serif; color: #444; margin: 0.3rem 0 0; }
.context { font-size: 0.9rem; color: #555; margin: 0.3rem 0 0; }
.context mark { background: #fff3b0; color: inherit; }
.memo { font: 0.9rem/1.4 system-ui, sans-serif; margin: 0.3rem 0 0; white-space: pre-wrap; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } a { color: inherit; } }
`;

/** The report as one HTML page with its styles inside. */
export function htmlReport(heading: ReportHeading, groups: readonly SegmentGroup[]): string {
  const total = groups.reduce((n, g) => n + g.segments.length, 0);
  const e = escapeText;
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta name="generator" content="${escapeAttribute(heading.generator)}">`,
    // Nothing is loaded from anywhere: the page is whole as it is.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${e(heading.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(heading.title)}</h1>`,
    '<ul class="criteria">',
    ...heading.criteria.map((c) => `<li>${e(c)}</li>`),
    `<li>${e(count(total, 'segment', 'segments'))}, made <time datetime="${escapeAttribute(heading.generatedAt)}">${e(heading.generatedAt)}</time> by ${e(heading.generator)}</li>`,
    '</ul>',
  ];
  for (const g of groups) {
    parts.push(`<section><h2>${e(g.label)} <small>(${g.segments.length})</small></h2>`);
    for (const s of g.segments) {
      parts.push(
        '<div class="segment">',
        `<blockquote>${e(s.annotation.exact)}</blockquote>`,
        `<p class="source">${e(source(s))}${s.excluded ? ' · marked as not speech' : ''}</p>`,
        s.before || s.after ? `<p class="context">${e(s.before)} <mark>${e(s.annotation.exact)}</mark> ${e(s.after)}</p>` : '',
        s.annotation.memo ? `<p class="memo"><strong>Memo:</strong> ${e(s.annotation.memo)}</p>` : '',
        '</div>',
      );
    }
    parts.push('</section>');
  }
  parts.push('</body>', '</html>', '');
  return parts.filter((p) => p !== '').join('\n');
}
