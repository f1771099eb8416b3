/**
 * Writes W3C exports for CI's conformance check (`.ci/shared-checks`), made with the app's own
 * export code: for the sample document, a built-in text with emoji and non-Latin scripts, and
 * every TEXT given, it tags deterministic spans and writes `<name>.jsonld` (the collection) and
 * `<name>.txt` (the canonical text the selectors refer to) into OUTDIR.
 *
 * Spans: every sentence containing "demand", "propos", "accus" or "must" (tagged demand,
 * proposal, accusation and claim), plus the word around the first non-ASCII character of each
 * line (a claim), so that code-point offsets are exercised wherever the text has them.
 *
 * Usage (bundled by esbuild, since it imports the TypeScript sources):
 *   npx esbuild scripts/conformance-exports.ts --bundle --platform=node --format=cjs --outfile=/tmp/x.cjs
 *   node /tmp/x.cjs OUTDIR [TEXT…]
 */
import { nameCoderId } from '../src/shared/coders/coder-ids';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { quoteAt } from '../src/shared/anchoring/anchor';
import { DEFAULT_CATEGORIES } from '../src/shared/codebook';
import type { Annotation, DocumentRecord } from '../src/shared/model';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../src/shared/sample-document';
import { canonicalText } from '../src/shared/text/canonical';
import { contentHash } from '../src/shared/text/hash';
import { snapToCodePoint } from '../src/shared/text/offsets';
import { serialiseCollection } from '../src/shared/w3c/export';

/** A text written for this check: emoji (astral and with joiners), several scripts, combining marks. */
const UNICODE_MIX = `Unicode check: a short transcript in several scripts
Moderator 🎙️: Welcome. We must begin on time today 👋🏽.
Delegate Åsa Ørsted: We demand a vote on the draft 📜 before Friday.
Делегат Иванов: Мы предлагаем перерыв. We propose a short break, 10 minutes ⏱️.
Αντιπρόσωπος: Σας κατηγορούμε για καθυστέρηση. We accuse the chair of delay 🐢.
代表: 我们要求公开记录。We demand the records be public.
مندوب: نقترح التصويت الآن. We propose voting now.
Moderator 🎙️: Family emoji 👨‍👩‍👧 and flags 🇸🇪🇬🇷 must count as code points, e.g. café vs cafe\u0301.
`;

/** Keywords and the category their sentences get, in priority order. */
const RULES: [RegExp, string][] = [
  [/demand/i, 'demand'],
  [/propos/i, 'proposal'],
  [/accus/i, 'accusation'],
  [/\bmust\b/i, 'claim'],
];

const NOW = '2024-01-01T00:00:00.000Z';

/** A UUID (version 4 layout) derived from `seed`, so the files are the same on every run. */
function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex').split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16], 16) % 4];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** Sentences of each line, as UTF-16 spans with whitespace trimmed. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const sentence = /[^.!?…。\n]+(?:[.!?…。]+["'”’»)]*|$)/gmu;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    if (m[0].length === 0) {
      sentence.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The word (run of non-space characters) around the first non-ASCII character of each line. */
function nonAsciiWords(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const at = line.search(/[^\x00-\x7F]/);
    if (at !== -1) {
      let start = at;
      let end = at;
      while (start > 0 && !/\s/.test(line[start - 1])) start--;
      while (end < line.length && !/\s/.test(line[end])) end++;
      out.push({ start: lineStart + start, end: lineStart + end });
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** The document and its deterministic annotations. */
function annotate(title: string, raw: string): { doc: DocumentRecord; annotations: Annotation[] } {
  const text = canonicalText(raw);
  const hash = contentHash(text);
  const doc: DocumentRecord = { id: uuidFrom(`doc:${hash}`), title, text, hash, sourceName: `${title}.txt`, importedAt: NOW, lastOpenedAt: '' };
  const spans: { start: number; end: number; categoryId: string }[] = [];
  for (const s of sentences(text)) {
    const rule = RULES.find(([re]) => re.test(text.slice(s.start, s.end)));
    if (rule) spans.push({ ...s, categoryId: rule[1] });
  }
  for (const w of nonAsciiWords(text)) spans.push({ ...w, categoryId: 'claim' });
  const annotations = spans.map((s, i): Annotation => {
    const start = snapToCodePoint(text, s.start, -1);
    const end = snapToCodePoint(text, s.end, 1);
    return {
      id: uuidFrom(`${hash}:${i}:${start}:${end}:${s.categoryId}`),
      documentId: doc.id,
      categoryId: s.categoryId,
      start,
      end,
      ...quoteAt(text, start, end),
      memo: i % 3 === 0 ? `Memo ${i}: “${text.slice(start, end).slice(0, 20)}”, checked.` : '',
      coderId: nameCoderId(i % 2 === 0 ? 'CI coder' : 'Zoë Ångström'),
      coder: i % 2 === 0 ? 'CI coder' : 'Zoë Ångström',
      editorId: nameCoderId(i % 2 === 0 ? 'CI coder' : 'Zoë Ångström'),
      created: NOW,
      modified: NOW,
      status: 'placed',
    };
  });
  return { doc, annotations };
}

function main(argv: string[]): number {
  const [outDir, ...texts] = argv;
  if (!outDir) {
    process.stderr.write('usage: conformance-exports OUTDIR [TEXT…]\n');
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  const inputs: { name: string; title: string; raw: string }[] = [
    { name: 'sample', title: SAMPLE_TITLE, raw: SAMPLE_TEXT },
    { name: 'unicode-mix', title: 'Unicode check', raw: UNICODE_MIX },
    ...texts.map((path) => ({ name: basename(path, extname(path)), title: basename(path, extname(path)), raw: readFileSync(path, 'utf8') })),
  ];
  for (const input of inputs) {
    const { doc, annotations } = annotate(input.title, input.raw);
    if (annotations.length === 0) {
      process.stderr.write(`${input.name}: no spans to tag; the check would prove nothing\n`);
      return 1;
    }
    const json = serialiseCollection({
      label: `Conformance export of ${input.title}`,
      collectionId: uuidFrom(`collection:${doc.hash}`),
      pageId: uuidFrom(`page:${doc.hash}`),
      now: NOW,
      generator: { name: 'Discourse Workbench conformance script', version: '1' },
      documents: [doc],
      annotations,
      categories: [...DEFAULT_CATEGORIES],
    });
    writeFileSync(join(outDir, `${input.name}.jsonld`), json);
    writeFileSync(join(outDir, `${input.name}.txt`), doc.text);
    process.stdout.write(`${input.name}: ${annotations.length} annotations\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
