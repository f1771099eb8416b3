/**
 * The hostile corpus: files built to crash, hang, flood or trick the workbench, each with the
 * outcome expected on the command line (`test/hostile-cli.test.ts`: exit code, message, no
 * partial output, under 10 s and 1 GB) and in the browser build's importers
 * (`e2e/hostile.spec.ts`: the message shown, no script run, no navigation, the library
 * unchanged, the page responsive). Large cases are generated here (and written out by
 * `npm run hostile:corpus`); the small HTML/SVG payloads are files in `fixtures/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { escapeXml, makeDocx, paragraphsXml } from '../../src/shared/formats/docx-fixtures';
import { collection, docx, docxParagraphs, hypothesisRow, json, patchZip, prose, streamedDocx, utf8, w3c, workspace } from './build';

/** Where a case's inputs are on disk when the command line runs. */
export interface CasePaths {
  /** The case's own file. */
  file: string;
  /** A path that does not exist yet, for output (a directory or a file). */
  out: string;
  /** A valid annotation file on the sample briefing. */
  probe: string;
  /** The sample briefing as a text file. */
  sample: string;
  /** About 1 MB of prose (`hostile-big-text.txt`). */
  big: string;
  /** A highly repetitive text (`hostile-repetitive.txt`). */
  repetitive: string;
}

/** One run of the command line and what must come of it. */
export interface CliRun {
  args(p: CasePaths): string[];
  exit: 0 | 1 | 2;
  stdout?: RegExp;
  stderr?: RegExp;
  /** When set, the run's output (`p.out`) must exist (true) or not exist (false) afterwards. */
  wrote?: boolean;
  /** Checks on what was written (`p.out`), throwing when something is wrong. */
  check?(out: string): void;
}

/** What the browser build must show for the case. */
export type BrowserOutcome =
  | { via: 'documents'; expect: 'imported' | 'refused'; message: RegExp }
  | { via: 'annotations'; expect: 'refused'; message: RegExp }
  | { via: 'annotations'; expect: 'read'; message?: RegExp; placeOn?: string }
  | { via: 'workspace'; expect: 'refused'; message: RegExp }
  | { via: 'workspace'; expect: 'confirm' };

/** A hostile file and its expected outcomes. */
export interface HostileCase {
  /** The file name it is imported under. */
  file: string;
  /** What it tries. */
  what: string;
  bytes(): Uint8Array;
  cli: CliRun[];
  browser: BrowserOutcome;
}

const FIXTURES = join(__dirname, 'fixtures');
const fixture = (name: string) => () => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Runs that convert a document into dataset tables; refused documents write nothing. */
const documentRefused = (message: RegExp): CliRun[] => [
  { args: (p) => ['convert', '--to', 'csv', '--text', p.file, '--out', p.out, p.probe], exit: 1, stderr: message, wrote: false },
];
const documentAccepted: CliRun[] = [{ args: (p) => ['convert', '--to', 'csv', '--text', p.file, '--out', p.out, p.probe], exit: 0, wrote: true }];

/** Runs that read an annotation file that must be refused as a whole or have problems. */
const annotationsInvalid = (message: RegExp): CliRun[] => [
  { args: (p) => ['validate', p.file], exit: 1, stdout: message },
  { args: (p) => ['convert', '--to', 'csv', '--out', p.out, p.file], exit: 1, wrote: false },
];

/** Runs that anchor an annotation file onto a text and must succeed. */
const anchorsOn = (text: keyof CasePaths, stdout?: RegExp): CliRun[] => [
  { args: (p) => ['anchor', '--text', p[text], '--out', p.out, p.file], exit: 0, stdout, wrote: true },
];

const LINES_LIMIT = /more than 500,000 lines/;
const NOT_WORD = /is not a valid Word document/;
const BINARY = /does not contain text: it looks like binary data/;
const EMPTY = /is empty: it has no text to annotate/;
const DEPTH = /nest deeper than 512 levels/;
const PAYLOAD_TEXT = /window\.__pwned/;

/** Bytes of PNG, PDF and ELF headers followed by binary noise. */
function binary(header: number[], length = 4096): Uint8Array {
  const out = new Uint8Array(length);
  out.set(header);
  for (let i = header.length; i < length; i++) out[i] = (i * 131 + 7) & 0xff;
  return out;
}

/** UTF-16 code units of `text` without a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

const REPETITIVE = 'the talks will resume. '.repeat(10_000);

/** Every case. */
export const HOSTILE_CASES: HostileCase[] = [
  // ── Documents: texts the library can hold, for the placement cases below. ──
  { file: 'hostile-big-text.txt', what: 'about 1 MB of prose (the long-context cases are placed on it)', bytes: () => utf8(prose(1_000_000)), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“hostile-big-text\.txt” was imported/ } },
  { file: 'hostile-repetitive.txt', what: 'one sentence repeated 10,000 times (the near-miss cases are placed on it)', bytes: () => utf8(REPETITIVE), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“hostile-repetitive\.txt” was imported/ } },

  // ── .docx: zip bombs and broken archives. ──
  { file: 'bomb-paragraphs.docx', what: '3 million empty paragraphs in a few kilobytes', bytes: () => streamedDocx('', '<w:p/>', 3_000_000, ''), cli: documentRefused(LINES_LIMIT), browser: { via: 'documents', expect: 'refused', message: LINES_LIMIT } },
  { file: 'bomb-text.docx', what: '60 million characters of text in a small archive', bytes: () => streamedDocx('<w:p><w:r><w:t>', 'a', 60_000_000, '</w:t></w:r></w:p>'), cli: documentRefused(/longer than 52,428,800 characters/), browser: { via: 'documents', expect: 'refused', message: /longer than 52,428,800 characters/ } },
  { file: 'bomb-markup.docx', what: '200 MB of markup without text', bytes: () => streamedDocx('<w:p><w:r><w:t>x</w:t></w:r></w:p>', '<w:bookmarkEnd w:id="0"/>', 6_000_000, ''), cli: documentRefused(/expands beyond 134,217,728 bytes/), browser: { via: 'documents', expect: 'refused', message: /expands beyond 134,217,728 bytes/ } },
  { file: 'bomb-lying-sizes.docx', what: 'an archive that declares 1-byte entries and inflates to 60 MB', bytes: () => patchZip(streamedDocx('<w:p><w:r><w:t>', 'b', 60_000_000, '</w:t></w:r></w:p>'), 24, 22, 1), cli: documentRefused(/longer than 52,428,800 characters/), browser: { via: 'documents', expect: 'refused', message: /longer than 52,428,800 characters/ } },
  { file: 'deep-nesting.docx', what: '20,000 nested smart tags', bytes: () => docx(`<w:p>${'<w:smartTag>'.repeat(20_000)}<w:r><w:t>deep</w:t></w:r>${'</w:smartTag>'.repeat(20_000)}</w:p>`), cli: documentRefused(DEPTH), browser: { via: 'documents', expect: 'refused', message: DEPTH } },
  { file: 'many-entries.docx', what: '12,000 entries in the archive', bytes: () => makeManyEntries(), cli: documentRefused(/12,003 entries; at most 10,000/), browser: { via: 'documents', expect: 'refused', message: /12,003 entries; at most 10,000/ } },
  { file: 'encrypted.docx', what: 'entries flagged as encrypted', bytes: () => patchZip(docxParagraphs(['secret']), 8, 6, 1), cli: documentRefused(/password-protected/), browser: { via: 'documents', expect: 'refused', message: /password-protected/ } },
  { file: 'unknown-method.docx', what: 'entries compressed with an unknown method', bytes: () => patchZip(docxParagraphs(['x']), 10, 8, 12), cli: documentRefused(NOT_WORD), browser: { via: 'documents', expect: 'refused', message: NOT_WORD } },
  { file: 'not-a-zip.docx', what: 'a zip signature and garbage', bytes: () => utf8('PK\u0003\u0004garbage, not an archive'), cli: documentRefused(NOT_WORD), browser: { via: 'documents', expect: 'refused', message: NOT_WORD } },
  { file: 'truncated.docx', what: 'half an archive', bytes: () => docxParagraphs(['cut short']).subarray(0, 200), cli: documentRefused(NOT_WORD), browser: { via: 'documents', expect: 'refused', message: NOT_WORD } },
  { file: 'old-word.docx', what: 'an old binary .doc renamed', bytes: () => binary([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), cli: documentRefused(NOT_WORD), browser: { via: 'documents', expect: 'refused', message: NOT_WORD } },
  { file: 'no-document.docx', what: 'a zip without a Word document in it', bytes: () => docxWithout(), cli: documentRefused(NOT_WORD), browser: { via: 'documents', expect: 'refused', message: NOT_WORD } },
  { file: 'script-text.docx', what: 'scripts and a javascript: link as Word text', bytes: () => docx(`<w:p><w:r><w:t>${escapeXml('<script>window.__pwned = 1</script>')}</w:t></w:r></w:p><w:p><w:hyperlink w:anchor="x"><w:r><w:t>javascript:window.__pwned=1</w:t></w:r></w:hyperlink></w:p>`), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“script-text\.docx” was imported/ } },
  { file: 'empty-body.docx', what: 'a document of empty paragraphs', bytes: () => docx('<w:p/><w:p/><w:p/>'), cli: documentRefused(EMPTY), browser: { via: 'documents', expect: 'refused', message: EMPTY } },

  // ── HTML and SVG: scripts, handlers, links, mutation XSS. ──
  { file: 'scripts-handlers.html', what: 'script elements and event handlers', bytes: fixture('scripts-handlers.html'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“scripts-handlers\.html” was imported/ } },
  { file: 'javascript-links.html', what: 'javascript: and data: links, a form, a base', bytes: fixture('javascript-links.html'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“javascript-links\.html” was imported/ } },
  { file: 'svg-script.html', what: 'SVG with script, foreignObject and animate', bytes: fixture('svg-script.html'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“svg-script\.html” was imported/ } },
  { file: 'mxss-noscript.html', what: 'mutation XSS through noscript, template and style', bytes: fixture('mxss-noscript.html'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“mxss-noscript\.html” was imported/ } },
  { file: 'mxss-math.html', what: 'mutation XSS through MathML and table foster-parenting', bytes: fixture('mxss-math.html'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“mxss-math\.html” was imported/ } },
  { file: 'meta-refresh.html', what: 'a refresh to another origin and an iframe with srcdoc', bytes: fixture('meta-refresh.html'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“meta-refresh\.html” was imported/ } },
  { file: 'charset-prototype.html', what: 'a declared charset named “constructor” on Windows-1252 bytes', bytes: () => new Uint8Array([...utf8('<meta charset="constructor"><p>caf'), 0xe9, ...utf8(' cr'), 0xe8, ...utf8('me</p>')]), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“charset-prototype\.html” was imported/ } },
  { file: 'scripts-only.html', what: 'nothing but scripts and styles', bytes: () => utf8('<script>window.__pwned=1</script><style>body{}</style>'), cli: documentRefused(EMPTY), browser: { via: 'documents', expect: 'refused', message: EMPTY } },
  { file: 'deep-divs.html', what: '100,000 nested div elements', bytes: () => utf8(`${'<div>'.repeat(100_000)}deep`), cli: documentRefused(DEPTH), browser: { via: 'documents', expect: 'refused', message: DEPTH } },
  { file: 'unclosed-bold.html', what: '300,000 unclosed b elements, then close tags that match none', bytes: () => utf8(`${'<b>x'.repeat(300_000)}${'</i>'.repeat(300_000)}`), cli: documentRefused(DEPTH), browser: { via: 'documents', expect: 'refused', message: DEPTH } },
  { file: 'line-flood.html', what: '600,000 line breaks', bytes: () => utf8(`<p>${'x<br>'.repeat(600_000)}</p>`), cli: documentRefused(LINES_LIMIT), browser: { via: 'documents', expect: 'refused', message: LINES_LIMIT } },
  { file: 'huge-attribute.html', what: 'a 40 MB attribute around two words', bytes: () => utf8(`<p title="${'A'.repeat(40_000_000)}">two words</p>`), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“huge-attribute\.html” was imported/ } },

  // ── Text files: binary content, encodings, floods. ──
  { file: 'png-named.txt', what: 'a PNG named .txt', bytes: () => binary([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), cli: documentRefused(BINARY), browser: { via: 'documents', expect: 'refused', message: BINARY } },
  { file: 'pdf-named.txt', what: 'a PDF named .txt', bytes: () => binary([...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0, 0]), cli: documentRefused(BINARY), browser: { via: 'documents', expect: 'refused', message: BINARY } },
  { file: 'elf-named.txt', what: 'a program named .txt', bytes: () => binary([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), cli: documentRefused(BINARY), browser: { via: 'documents', expect: 'refused', message: BINARY } },
  { file: 'zip-named.md', what: 'a zip archive named .md', bytes: () => docxParagraphs(['hidden']), cli: documentRefused(BINARY), browser: { via: 'documents', expect: 'refused', message: BINARY } },
  { file: 'utf16le-no-bom.txt', what: 'UTF-16 LE without a byte-order mark', bytes: () => utf16('The minister said the talks would resume.', 'le'), cli: documentRefused(BINARY), browser: { via: 'documents', expect: 'refused', message: BINARY } },
  { file: 'utf16be-no-bom.txt', what: 'UTF-16 BE without a byte-order mark', bytes: () => utf16('Министр сказал, что переговоры продолжатся.', 'be'), cli: documentRefused(BINARY), browser: { via: 'documents', expect: 'refused', message: BINARY } },
  { file: 'control-flood.txt', what: 'text full of control characters', bytes: () => utf8('\u0001\u0002\u0003\u0004'.repeat(2_000)), cli: documentRefused(BINARY), browser: { via: 'documents', expect: 'refused', message: BINARY } },
  { file: 'cesu-surrogates.txt', what: 'surrogates encoded as UTF-8 bytes (invalid UTF-8)', bytes: () => new Uint8Array([...utf8('before '), 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, ...utf8(' after')]), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“cesu-surrogates\.txt” was imported/ } },
  { file: 'bidi-override.txt', what: 'right-to-left overrides hiding text (Trojan Source)', bytes: () => utf8('access = "user\u202e \u2066// admin\u2069 \u2066"\n'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“bidi-override\.txt” was imported/ } },
  { file: 'line-flood.txt', what: '600,000 lines', bytes: () => utf8('x\n'.repeat(600_000)), cli: documentRefused(LINES_LIMIT), browser: { via: 'documents', expect: 'refused', message: LINES_LIMIT } },
  { file: 'over-limit.txt', what: '51 MB of text', bytes: () => utf8('a'.repeat(51 * 1024 * 1024)), cli: documentRefused(/is too large to import \(51 MB\)/), browser: { via: 'documents', expect: 'refused', message: /is too large to import \(51 MB\)/ } },
  { file: 'empty.txt', what: 'no bytes at all', bytes: () => new Uint8Array(0), cli: documentRefused(EMPTY), browser: { via: 'documents', expect: 'refused', message: EMPTY } },
  { file: 'script.md', what: 'Markdown with script and HTML', bytes: () => utf8('# Title\n\n<script>window.__pwned = 1</script>\n\n[link](javascript:window.__pwned=1)\n'), cli: documentAccepted, browser: { via: 'documents', expect: 'imported', message: /“script\.md” was imported/ } },
  { file: 'program.exe', what: 'a file type the workbench does not read', bytes: () => binary([0x4d, 0x5a]), cli: [{ args: (p) => ['convert', '--to', 'csv', '--text', p.file, '--out', p.out, p.probe], exit: 1, stderr: /is not a format the workbench reads/, wrote: false }], browser: { via: 'documents', expect: 'refused', message: /is not a format the workbench reads/ } },

  // ── Annotation files. ──
  { file: 'not-json.json', what: 'broken JSON', bytes: () => utf8('{"type": "AnnotationCollection", '), cli: annotationsInvalid(/is not valid JSON/), browser: { via: 'annotations', expect: 'refused', message: /is not valid JSON/ } },
  { file: 'binary.json', what: 'binary bytes named .json', bytes: () => binary([0x89, 0x50, 0x4e, 0x47]), cli: annotationsInvalid(/is not valid JSON/), browser: { via: 'annotations', expect: 'refused', message: /is not valid JSON/ } },
  { file: 'utf16-no-bom.json', what: 'an annotation file in UTF-16 without a byte-order mark', bytes: () => utf16(JSON.stringify([w3c('11111111-0000-4000-8000-000000000001')]), 'le'), cli: annotationsInvalid(/is not valid JSON/), browser: { via: 'annotations', expect: 'refused', message: /is not valid JSON/ } },
  { file: 'deep-nesting.json', what: '100,000 nested arrays', bytes: () => utf8(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), cli: annotationsInvalid(/nests its JSON deeper than 512 levels/), browser: { via: 'annotations', expect: 'refused', message: /nests its JSON deeper than 512 levels/ } },
  { file: 'million-items.json', what: '10⁶ items', bytes: () => utf8(`[${new Array(1_000_000).fill('0').join(',')}]`), cli: annotationsInvalid(/holds 1,000,000 annotations, more than the 200,000/), browser: { via: 'annotations', expect: 'refused', message: /holds 1,000,000 annotations/ } },
  { file: 'tag-flood.json', what: 'one Hypothesis row with 50,000 tags', bytes: () => json({ annotations: [hypothesisRow('flood', { tags: Array.from({ length: 50_000 }, (_, i) => `tag ${i}`) }), hypothesisRow('fine')] }), cli: annotationsInvalid(/“tags” names 50,000 categories; the limit is 100 per annotation/), browser: { via: 'annotations', expect: 'read', message: /“tags” names 50,000 categories/ } },
  { file: 'category-flood.json', what: '5,000 rows with a category each', bytes: () => json({ annotations: Array.from({ length: 5_000 }, (_, i) => hypothesisRow(`r${i}`, { tags: [`code ${i}`] })) }), cli: annotationsInvalid(/uses 5,000 categories, more than the 2,000/), browser: { via: 'annotations', expect: 'refused', message: /uses 5,000 categories/ } },
  { file: 'shipped-codebook-flood.json', what: 'a shipped codebook of 3,000 concepts', bytes: () => collection([w3c('11111111-0000-4000-8000-000000000002')], Array.from({ length: 3_000 }, (_, i) => ({ id: `c${i}`, label: `Code ${i}` }))), cli: annotationsInvalid(/uses 3,000 categories/), browser: { via: 'annotations', expect: 'refused', message: /uses 3,000 categories/ } },
  { file: 'coder-flood.json', what: '1,500 coders', bytes: () => json({ annotations: Array.from({ length: 1_500 }, (_, i) => hypothesisRow(`c${i}`, { user: `acct:coder${i}@example.org` })) }), cli: annotationsInvalid(/names 1,500 coders, more than the 1,000/), browser: { via: 'annotations', expect: 'refused', message: /names 1,500 coders/ } },
  { file: 'huge-memo.json', what: 'a 50 MB memo', bytes: () => collection([w3c('11111111-0000-4000-8000-000000000003', { memo: 'm'.repeat(50 * 1024 * 1024) }), w3c('11111111-0000-4000-8000-000000000004')]), cli: annotationsInvalid(/holds a memo of 52,428,800 characters; the limit is 100,000/), browser: { via: 'annotations', expect: 'read', message: /holds a memo of 52,428,800 characters/ } },
  { file: 'huge-quote.json', what: 'a 2-million-character quote', bytes: () => collection([w3c('11111111-0000-4000-8000-000000000005', { exact: 'q'.repeat(2_000_000) })]), cli: annotationsInvalid(/is 2,000,000 characters long; the limit is 1,000,000/), browser: { via: 'annotations', expect: 'read', message: /is 2,000,000 characters long/ } },
  { file: 'long-contexts.json', what: '20,000-character prefixes and suffixes on a 1 MB text', bytes: () => longContexts(), cli: anchorsOn('big', /prefixes or suffixes longer than 32 characters/), browser: { via: 'annotations', expect: 'read', message: /prefixes or suffixes longer than 32|annotations? read/, placeOn: 'hostile-big-text' } },
  { file: 'near-miss.json', what: 'fifty near-miss quotes on a repetitive text', bytes: () => nearMiss(), cli: anchorsOn('repetitive', /50 annotations on “hostile-repetitive\.txt”: 0 exact, 0 moved, 0 fuzzy, 50 orphaned/), browser: { via: 'annotations', expect: 'read', placeOn: 'hostile-repetitive' } },
  { file: 'prototype-keys.json', what: 'categories named __proto__, constructor and toString', bytes: () => collection(['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((tag, i) => w3c(`11111111-0000-4000-8000-00000000001${i}`, { tag }))), cli: [{ args: (p) => ['validate', p.file], exit: 0, stdout: /valid: 4 annotations read/ }, { args: (p) => ['convert', '--to', 'csv', '--text', p.sample, '--out', p.out, p.file], exit: 0, wrote: true }], browser: { via: 'annotations', expect: 'read', message: /4 annotations read/, placeOn: 'Sample: Harbour Ministry press briefing' } },
  { file: 'split-surrogate.json', what: 'a quote that cuts the 🚢 emoji in half', bytes: () => collection([w3c('11111111-0000-4000-8000-000000000020', { exact: 'are on the table. \ud83d', prefix: 'until the reports ', suffix: '' })]), cli: anchorsOn('sample', /cut a character in half and was widened to whole characters/), browser: { via: 'annotations', expect: 'read', placeOn: 'Sample: Harbour Ministry press briefing' } },
  { file: 'script-memo.json', what: 'HTML and script in memos, labels and titles', bytes: () => collection([w3c('11111111-0000-4000-8000-000000000021', { memo: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>', tag: '<b onmouseover="window.__pwned=1">claim</b>', source: 'javascript:window.__pwned=1' })]), cli: [{ args: (p) => ['validate', p.file], exit: 0 }, ...anchorsOn('sample')], browser: { via: 'annotations', expect: 'read', placeOn: 'Sample: Harbour Ministry press briefing' } },
  { file: 'csv-injection.json', what: 'memos and labels that start formulas', bytes: () => csvInjection(), cli: [{ args: (p) => ['convert', '--to', 'csv', '--text', p.sample, '--out', p.out, p.file], exit: 0, wrote: true, check: checkGuarded }], browser: { via: 'annotations', expect: 'read', message: /8 annotations read/ } },
  { file: 'bad-positions.json', what: 'negative, fractional and astronomically large offsets', bytes: () => json([1e300, -1, 0.5].map((start, i) => ({ ...w3c(`11111111-0000-4000-8000-00000000003${i}`), target: { source: 'urn:x', selector: [{ type: 'TextPositionSelector', start, end: 10 }] } }))), cli: annotationsInvalid(/must be a non-negative whole number/), browser: { via: 'annotations', expect: 'read', message: /must be a non-negative whole number/ } },
  { file: 'duplicate-ids.json', what: 'the same id five times', bytes: () => collection(Array.from({ length: 5 }, () => w3c('11111111-0000-4000-8000-000000000040'))), cli: annotationsInvalid(/repeats the id of an earlier annotation/), browser: { via: 'annotations', expect: 'read', message: /repeats the id of an earlier annotation/ } },
  { file: 'workspace-as-annotations.json', what: 'a workspace file given as an annotation file', bytes: () => workspace(() => undefined), cli: annotationsInvalid(/is a workspace file of the workbench, not an annotation file/), browser: { via: 'annotations', expect: 'refused', message: /is a workspace file of the workbench/ } },
  { file: 'wrong-shape.json', what: 'a JSON number and a foreign object', bytes: () => json({ type: 'Something', items: [1, 2, 3] }), cli: annotationsInvalid(/is not a Web Annotation file/), browser: { via: 'annotations', expect: 'refused', message: /is not a Web Annotation file/ } },

  // ── Workspace files. ──
  { file: 'ws-duplicate-ids.json', what: 'two annotations with one id', bytes: () => workspace((d) => d.annotations.push({ ...d.annotations[0], memo: 'twin' })), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'refused', message: /two annotations have the id “a1”. Nothing was replaced/ } },
  { file: 'ws-duplicate-documents.json', what: 'two documents with one id', bytes: () => workspace((d) => d.documents.push({ ...d.documents[0] })), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'refused', message: /two documents have the id “d1”/ } },
  { file: 'ws-missing-category.json', what: 'an annotation whose category the file lacks', bytes: () => workspace((d) => (d.annotations[0].categoryId = 'constructor')), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'refused', message: /uses the category “constructor”, which the file does not contain/ } },
  { file: 'ws-newer-version.json', what: 'a workspace written by a newer version', bytes: () => utf8(new TextDecoder().decode(workspace(() => undefined)).replace('"version":1', '"version":99')), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'refused', message: /is damaged: version/ } },
  { file: 'ws-bad-hash.json', what: 'a document whose text does not match its hash', bytes: () => workspace((d) => (d.documents[0].text = 'changed')), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'refused', message: /does not match its hash/ } },
  { file: 'ws-huge-memo.json', what: 'a 1 MB memo in a workspace', bytes: () => workspace((d) => (d.annotations[0].memo = 'm'.repeat(1_000_000))), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'refused', message: /memo is longer than 100,000 characters/ } },
  { file: 'ws-deep.json', what: 'deeply nested JSON named as a workspace', bytes: () => utf8(`{"format":"discourse-workbench-workspace","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`), cli: annotationsInvalid(/is a workspace file|nests/), browser: { via: 'workspace', expect: 'refused', message: /nests deeper than 512 levels/ } },
  { file: 'ws-prototype-keys.json', what: 'categories named __proto__, constructor and toString', bytes: () => workspace((d) => {
      for (const id of ['__proto__', 'constructor', 'toString']) d.categories.push({ ...d.categories[0], id, label: id, shortcut: '', order: d.categories.length });
      d.annotations.push({ ...d.annotations[0], id: 'a2', categoryId: 'constructor' }, { ...d.annotations[0], id: 'a3', categoryId: '__proto__' });
    }), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'confirm' } },
  { file: 'ws-split-surrogate.json', what: 'a span that cuts the 🚢 emoji in half', bytes: () => workspace((d) => Object.assign(d.annotations[0], { start: 17, end: 19, exact: '\udea2 ', prefix: 'Mara: We demand \ud83d', suffix: 'ferries.' })), cli: annotationsInvalid(/is a workspace file/), browser: { via: 'workspace', expect: 'confirm' } },
];

/** A .docx whose archive has 12,000 entries. */
function makeManyEntries(): Uint8Array {
  const extra: Record<string, string> = {};
  for (let i = 0; i < 12_000; i++) extra[`word/media/e${i}.xml`] = '<x/>';
  return docxWithExtra(extra);
}

function docxWithExtra(extra: Record<string, string>): Uint8Array {
  // Imported here to keep the table above readable.
  return makeDocxWith(extra);
}


function makeDocxWith(extra: Record<string, string>): Uint8Array {
  return makeDocx(paragraphsXml(['many entries']), { extra });
}

/** A zip holding only a text file. */
function docxWithout(): Uint8Array {
  return zipSync({ 'readme.txt': strToU8('no Word document here') });
}

/** Six annotations on the big text with 20,000-character contexts. */
function longContexts(): Uint8Array {
  const text = prose(1_000_000);
  const items = [100_000, 300_000, 500_000, 700_000, 800_000, 900_000].map((at, i) => {
    const exact = text.slice(at, at + 40).replace('e', 'o');
    return w3c(`11111111-0000-4000-8000-00000000005${i}`, { exact, prefix: 'x'.repeat(20_000) + text.slice(at - 32, at), suffix: text.slice(at + 40, at + 72) + 'y'.repeat(20_000) });
  });
  return collection(items);
}

/** Fifty long near-miss quotes on the repetitive text. */
function nearMiss(): Uint8Array {
  const near = 'the talks will resume. '.repeat(14).replaceAll('talks', 'tolks');
  return collection(Array.from({ length: 50 }, (_, i) => w3c(`11111111-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`, { exact: near.slice(i % 20), prefix: 'resume. ', suffix: ' the' })));
}

/** Eight annotations whose memos and labels start formulas after the guard's leading characters. */
function csvInjection(): Uint8Array {
  const payloads = ["=cmd|' /C calc'!A0", '@SUM(1+1)*cmd', '+1+1', '-2+3', ' =1+1', '\u00a0=HYPERLINK("http://evil.example")', '\uff1d1+1', '\t=1'];
  return collection(payloads.map((memo, i) => w3c(`11111111-0000-4000-8000-00000000006${i}`, { memo, tag: memo })));
}

/** Every memo and label cell of the written tables starts with the guard's apostrophe. */
function checkGuarded(out: string): void {
  const segments = readFileSync(join(out, 'segments.csv'), 'utf8');
  const codebook = readFileSync(join(out, 'codebook.csv'), 'utf8');
  for (const payload of ['cmd|', '@SUM', '+1+1', '-2+3', '=1+1', 'HYPERLINK', '\uff1d1+1']) {
    for (const table of [segments, codebook]) {
      const at = table.indexOf(payload);
      if (at === -1) throw new Error(`${payload} is missing from the tables`);
      const cellStart = Math.max(table.lastIndexOf(',', at), table.lastIndexOf('\n', at)) + 1;
      const cell = table.slice(cellStart, at + payload.length);
      if (!/^"?'/.test(cell)) throw new Error(`the cell ${JSON.stringify(cell)} is not guarded`);
    }
  }
}

/** The payload text the browser must never run. */
export const PAYLOAD = PAYLOAD_TEXT;
