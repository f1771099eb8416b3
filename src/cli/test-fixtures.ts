/**
 * Fixtures for the command line's tests: a transcript with speakers, emoji and non-Latin
 * text, a document made from it as the command line makes one, annotations and a codebook.
 */
import { nameCoderId } from '../shared/coders/coder-ids';
import { quoteAt } from '../shared/anchoring/anchor';
import { DEFAULT_CATEGORIES } from '../shared/codebook';
import type { Annotation, Category, DocumentRecord } from '../shared/model';
import { contentHash } from '../shared/text/hash';
import { serialiseCollection } from '../shared/w3c/export';
import { textDocumentId } from './inputs';

/** The transcript: four paragraphs, three speakers, code points beyond the BMP. */
export const TRANSCRIPT =
  'МОДЕРАТОР: Добро пожаловать 👋🏽, welcome to the youth centre hearing.\n' +
  'MÜLLER: The council has cut the youth centre budget by forty percent 📉, and that is a fact.\n' +
  'SCHMIDT: You deliberately hid those numbers from the committee 🙈!\n' +
  'MÜLLER: I propose that we publish the full spreadsheet next week.\n';

/** The title the command line gives the transcript when read from `TITLE.txt`. */
export const TITLE = 'Hearing 3';

/** The document the command line makes of `TRANSCRIPT` read from `Hearing 3.txt`. */
export function transcriptDocument(text = TRANSCRIPT): DocumentRecord {
  const hash = contentHash(text);
  return {
    id: textDocumentId(hash),
    title: TITLE,
    text,
    hash,
    sourceName: `${TITLE}.txt`,
    importedAt: '2024-05-01T08:00:00Z',
    lastOpenedAt: '',
  };
}

/** The default codebook plus a retired category with non-ASCII id. */
export const CATEGORIES: Category[] = [
  ...DEFAULT_CATEGORIES,
  { id: 'c-ирония', label: 'irony', definition: 'Says the opposite.', colour: '#56B4E9', shortcut: '', order: 4, retired: true },
];

/** A placed annotation on `doc` covering the first occurrence of `quote`. */
export function annotationOn(doc: DocumentRecord, id: string, quote: string, categoryId: string, memo = '', coder = 'Алекс'): Annotation {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  const end = start + quote.length;
  return {
    id,
    documentId: doc.id,
    categoryId,
    start,
    end,
    ...quoteAt(doc.text, start, end),
    memo,
    coderId: nameCoderId(coder),
    coder,
    editorId: nameCoderId(coder),
    created: '2024-05-02T09:31:12.250Z',
    modified: '2024-05-02T10:00:00Z',
    status: 'placed',
  };
}

/** Five annotations on the transcript: four placed (one per paragraph), one orphan. */
export function transcriptAnnotations(doc: DocumentRecord): Annotation[] {
  return [
    annotationOn(doc, '0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', 'The council has cut the youth centre budget by forty percent 📉', 'claim', 'Check, "2023" report,\nline 2'),
    annotationOn(doc, '7d2d5a7e-31c9-4c51-bb1e-2b8b6a9e0c11', 'You deliberately hid those numbers from the committee 🙈!', 'accusation', '', 'Maria'),
    annotationOn(doc, 'c4e1f0a2-9b7d-4d63-8e25-1f3a6b9c0d72', 'I propose that we publish the full spreadsheet', 'proposal'),
    annotationOn(doc, 'e9a3b5c7-2d4f-4a61-b8c0-5e7f9d1a3b24', 'Добро пожаловать 👋🏽', 'c-ирония', '=irony?'),
    {
      ...annotationOn(doc, 'f1a2b3c4-0000-4000-8000-000000000001', 'MÜLLER', 'demand'),
      status: 'orphan',
      start: 0,
      end: 0,
      exact: 'We demand an independent audit',
      prefix: 'SCHMIDT: ',
      suffix: '.',
    },
  ];
}

/** The app's W3C export of `annotations` on `doc`. */
export function exportOf(doc: DocumentRecord, annotations: Annotation[], categories: Category[] = CATEGORIES): string {
  return serialiseCollection({
    label: 'Hearing 3: speech acts',
    collectionId: '5f0c3c2e-8d7a-4f0b-9a51-3c1e2b7d9a10',
    pageId: '1c9e7a35-d2f4-4b86-a0e3-7f5b2d8c6e49',
    now: '2024-05-03T10:00:00Z',
    generator: { name: 'Discourse Workbench', version: '0.1.0' },
    documents: [doc],
    annotations,
    categories,
  });
}
