/**
 * Builders of hostile bytes for the corpus (`cases.ts`): annotation files, workspace files,
 * .docx archives with patched headers, texts. Deterministic, so every run tests the same files.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { documentXml, makeDocx, packageRelationships, paragraphsXml } from '../../src/shared/formats/docx-fixtures';
import type { Annotation, Category, DocumentRecord } from '../../src/shared/model';
import { DEFAULT_CATEGORIES } from '../../src/shared/codebook';
import { contentHash } from '../../src/shared/text/hash';
import { serialiseWorkspace } from '../../src/shared/workspace-file';

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** JSON as UTF-8 bytes. */
export function json(value: unknown): Uint8Array {
  return utf8(JSON.stringify(value));
}

/** A W3C annotation with one tag, a quote selector and optional extras. */
export function w3c(id: string, over: { tag?: string; exact?: string; prefix?: string; suffix?: string; memo?: string; creator?: string; source?: string } = {}): Record<string, unknown> {
  const body: unknown[] = [{ type: 'TextualBody', purpose: 'tagging', value: over.tag ?? 'claim' }];
  if (over.memo !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: over.memo });
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    creator: { type: 'Person', name: over.creator ?? 'Ana' },
    body,
    target: {
      source: over.source ?? 'urn:x-hostile:text',
      selector: [{ type: 'TextQuoteSelector', exact: over.exact ?? 'ferry agreement', prefix: over.prefix ?? 'The ', suffix: over.suffix ?? ' has lapsed' }],
    },
  };
}

/** A collection holding `items`, with an optional shipped codebook of `concepts`. */
export function collection(items: unknown[], concepts?: { id: string; label: string }[]): Uint8Array {
  const root: Record<string, unknown> = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:33333333-0000-4000-8000-000000000001',
    type: 'AnnotationCollection',
    total: items.length,
    first: { id: 'urn:uuid:33333333-0000-4000-8000-000000000002', type: 'AnnotationPage', items },
  };
  if (concepts) {
    root.conformsTo = { type: 'skos:ConceptScheme', 'skos:hasTopConcept': concepts.map((c) => ({ id: c.id, type: 'skos:Concept', 'skos:notation': c.id, 'skos:prefLabel': c.label })) };
  }
  return json(root);
}

/** A Hypothesis export row. */
export function hypothesisRow(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    uri: 'https://example.org/briefing',
    user: 'acct:ana@example.org',
    tags: ['claim'],
    text: '',
    target: [{ source: 'https://example.org/briefing', selector: [{ type: 'TextQuoteSelector', exact: 'ferry agreement', prefix: 'The ', suffix: ' has lapsed' }] }],
    ...over,
  };
}

/** A valid workspace around one document, with edits applied to its records. */
export function workspace(edit: (data: { documents: DocumentRecord[]; annotations: Annotation[]; categories: Category[] }) => void): Uint8Array {
  const text = 'Mara: We demand 🚢 ferries.';
  const documents: DocumentRecord[] = [{ id: 'd1', title: 'Hostile workspace', text, hash: contentHash(text), sourceName: 'w.txt', importedAt: '', lastOpenedAt: '' }];
  const annotations: Annotation[] = [
    { id: 'a1', documentId: 'd1', categoryId: 'demand', start: 9, end: 15, exact: 'demand', prefix: 'Mara: We ', suffix: ' 🚢 ferries.', memo: '', coder: 'Ana', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', status: 'placed' },
  ];
  const data = { documents, annotations, categories: DEFAULT_CATEGORIES.map((c): Category => ({ ...c })) };
  edit(data);
  return utf8(serialiseWorkspace(data, '2026-01-01T00:00:00.000Z'));
}

/** A .docx with the given body. */
export function docx(body: string, level: 0 | 6 | 9 = 9): Uint8Array {
  return makeDocx(body, { level });
}

/** A .docx of plain paragraphs. */
export function docxParagraphs(texts: string[]): Uint8Array {
  return makeDocx(paragraphsXml(texts));
}

/** Positions of every zip header with signature `sig` (little-endian 4 bytes). */
function headers(bytes: Uint8Array, sig: number): number[] {
  const found: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] === (sig & 0xff) && bytes[i + 1] === ((sig >> 8) & 0xff) && bytes[i + 2] === ((sig >> 16) & 0xff) && bytes[i + 3] === sig >>> 24) found.push(i);
  }
  return found;
}

/** A copy of a zip with a 16-bit field of every central and local header set to `value`. */
export function patchZip(bytes: Uint8Array, central: number, local: number, value: number): Uint8Array {
  const copy = bytes.slice();
  for (const at of headers(copy, 0x02014b50)) copy.set([value & 0xff, value >> 8], at + central);
  for (const at of headers(copy, 0x04034b50)) copy.set([value & 0xff, value >> 8], at + local);
  return copy;
}

/** About `chars` characters of varied prose (a fixed pseudo-random sequence of words). */
export function prose(chars: number): string {
  const words = ['minister', 'said', 'the', 'talks', 'would', 'resume', 'next', 'week', 'in', 'Geneva', 'but', 'no', 'date', 'was', 'set', 'ferry', 'agreement', 'Veltria'];
  let seed = 11;
  const next = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = words[Math.floor(next() * words.length)] + (next() < 0.08 ? '.\n' : ' ');
    out.push(word);
    length += word.length;
  }
  return out.join('');
}

/**
 * A .docx whose main part is `head`, then `chunk` repeated `times`, then `tail`, deflated as
 * it is generated (so a 200 MB document never exists as one string).
 */
export function streamedDocx(head: string, chunk: string, times: number, tail: string): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const add = (name: string, content: string): void => {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(strToU8(content), true);
  };
  add('_rels/.rels', packageRelationships());
  const [before, after] = documentXml('\u0000').split('\u0000');
  const main = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(main);
  main.push(strToU8(before + head));
  const block = strToU8(chunk.repeat(Math.max(1, Math.floor((1 << 20) / chunk.length))));
  const perBlock = Math.max(1, Math.floor((1 << 20) / chunk.length));
  let left = times;
  for (; left >= perBlock; left -= perBlock) main.push(block);
  main.push(strToU8(chunk.repeat(left) + tail + after), true);
  zip.end();
  const length = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
