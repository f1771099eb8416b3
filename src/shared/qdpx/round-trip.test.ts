/**
 * The round trip the REFI-QDA exchange promises: W3C files → .qdpx → import → W3C keeps every
 * code, coding, coder and memo at the same positions, on a text with Cyrillic, curly quotes,
 * guillemets, NBSP and emoji (astral, with a skin-tone modifier).
 */
import { describe, expect, it } from 'vitest';
import { Anchorer, quoteAt } from '../anchoring/anchor';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation, Category, DocumentRecord } from '../model';
import { contentHash } from '../text/hash';
import { serialiseCollection } from '../w3c/export';
import { parseAnnotationFile, type ImportedAnnotation } from '../w3c/import';
import { placeAnnotations } from '../w3c/place';
import { exportQdpx } from './export';
import { readQdpx } from './import';
import { planQdpxImport, settledCategories, takeEverything } from './plan';
import { MIXED_TEXT } from './test-projects';

const doc: DocumentRecord = { id: 'text-1', title: 'Hearing 4', text: MIXED_TEXT, hash: contentHash(MIXED_TEXT), sourceName: 'Hearing 4.txt', importedAt: '2024-05-01T08:00:00Z', lastOpenedAt: '' };
const irony: Category = { id: 'c-ирония', label: 'irony', definition: 'Says the opposite.', colour: '#56B4E9', shortcut: '', order: 4, retired: false };
const categories = [...DEFAULT_CATEGORIES, irony];
const GENERATOR = { name: 'Discourse Workbench', version: '0.1.0' };

function on(id: string, quote: string, categoryId: string, coder: string, memo = ''): Annotation {
  const start = MIXED_TEXT.indexOf(quote);
  if (start < 0) throw new Error(quote);
  const end = start + quote.length;
  return { id, documentId: doc.id, categoryId, start, end, ...quoteAt(MIXED_TEXT, start, end), memo, coder, created: '2024-05-02T09:31:12.250Z', modified: '2024-05-02T10:00:00Z', status: 'placed' };
}

/** Two coders' layers, overlapping spans, memos with line breaks, quotes and a long one. */
const ALEX = [
  on('0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', '«Добро пожаловать» 👋🏽', 'c-ирония', 'Алекс', 'ironic?'),
  on('7d2d5a7e-31c9-4c51-bb1e-2b8b6a9e0c11', 'The council cut the budget by 40\u00a0% 📉', 'claim', 'Алекс', 'Check the “2023” report,\nline 2\tand a tab'),
  on('c4e1f0a2-9b7d-4d63-8e25-1f3a6b9c0d72', 'I propose that we publish the full spreadsheet 📊 next week', 'proposal', 'Алекс', 'Long. '.repeat(80)),
];
const MARIA = [
  on('e9a3b5c7-2d4f-4a61-b8c0-5e7f9d1a3b24', 'You hid the numbers 🙈 from the committee!', 'accusation', 'Maria'),
  on('f1a2b3c4-0000-4000-8000-000000000001', 'The council cut the budget', 'claim', 'Maria', '<b>not HTML</b> & more'),
  on('f1a2b3c4-0000-4000-8000-000000000002', '“welcome”', 'demand', 'Maria'),
];

function w3c(annotations: Annotation[], docs: DocumentRecord[], cats: Category[]): string {
  return serialiseCollection({ label: 'layer', collectionId: '5f0c3c2e-8d7a-4f0b-9a51-3c1e2b7d9a10', pageId: '1c9e7a35-d2f4-4b86-a0e3-7f5b2d8c6e49', now: '2024-05-03T10:00:00Z', generator: GENERATOR, documents: docs, annotations, categories: cats });
}

function parse(json: string): { annotations: ImportedAnnotation[]; categories: Category[] } {
  const parsed = parseAnnotationFile(json, 'layer.json');
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.value.problems).toEqual([]);
  return parsed.value;
}

/** What the round trip must keep of an annotation: its code, coder, memo, position and quote. */
function kept(a: ImportedAnnotation) {
  return { id: a.id, code: a.categoryLabel, coder: a.coder, memo: a.memo, position: a.position, exact: a.quote?.exact, created: a.created, modified: a.modified };
}

describe('W3C → .qdpx → import → W3C', () => {
  it('keeps every code, coding, coder and memo at the same positions', () => {
    // 1. The coders' W3C files, read and placed as the command line and the app do.
    const files = [w3c(ALEX, [doc], categories), w3c(MARIA, [doc], categories)].map(parse);
    const placed = files.flatMap((f) => placeAnnotations(f.annotations, doc, categories, new Anchorer(doc.text), { shipped: f.categories }).annotations);
    expect(placed.every((a) => a.status === 'placed')).toBe(true);

    // 2. Out as a project, in again as another library would read it.
    const { bytes, report } = exportQdpx({ projectName: 'Hearing 4', now: '2024-06-01T12:00:00.000Z', generator: GENERATOR, documents: [doc], annotations: placed, categories });
    expect(report).toMatchObject({ selections: 6, coders: 2, codes: 5, orphansLeftOut: 0 });
    const read = readQdpx(bytes, { fileName: 'hearing.qdpx', now: '2024-07-01T00:00:00.000Z' });
    if (!read.ok) throw new Error(read.error);
    expect(read.value.sources[0]).toMatchObject({ placed: 6, placedByQuote: 0, orphaned: 0, basis: 'names' });
    expect(read.value.coders).toEqual(['Алекс', 'Maria']);
    const plan = planQdpxImport(read.value, { documents: [], categories: DEFAULT_CATEGORIES, annotationIds: new Set() });
    const codebook = settledCategories(plan.codebook, takeEverything(plan.codebook));

    // 3. Each coder's layer out as W3C again.
    const docs = plan.addedDocuments;
    expect(docs.map((d) => d.text)).toEqual([doc.text]);
    expect(docs[0].hash).toBe(doc.hash);
    const again = ['Алекс', 'Maria'].map((coder) => parse(w3c(plan.annotations.filter((a) => a.coder === coder), docs, codebook)));

    const byId = (list: ImportedAnnotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id)).map(kept);
    expect(byId(again[0].annotations)).toEqual(byId(files[0].annotations));
    expect(byId(again[1].annotations)).toEqual(byId(files[1].annotations));
    // The codes: labels, definitions and colours, in codebook order; the workbench's own ids come back.
    const codes = (list: Category[]) => list.map((c) => [c.label, c.definition, c.colour]);
    expect(codes(again[0].categories)).toEqual(codes(categories));
    expect(again[0].categories.slice(0, 4).map((c) => c.id)).toEqual(DEFAULT_CATEGORIES.map((c) => c.id));
  });

  it('leaves orphans out of the project and says how many', () => {
    const orphan: Annotation = { ...ALEX[0], id: '99999999-0000-4000-8000-000000000009', status: 'orphan', start: 0, end: 0 };
    const { report } = exportQdpx({ projectName: 'x', now: '2024-06-01T12:00:00.000Z', generator: GENERATOR, documents: [doc], annotations: [orphan, ...ALEX], categories });
    expect(report).toMatchObject({ selections: 3, orphansLeftOut: 1 });
  });
});
