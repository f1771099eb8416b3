import { describe, expect, it } from 'vitest';
import type { Annotation, Category, DocumentRecord } from '../model';
import { parseDelimited } from './csv';
import {
  codebookTable,
  datasetFiles,
  datasetFromModel,
  documentCountsTable,
  segmentsTable,
  type SegmentInput,
  type Table,
} from './tables';

function doc(id: string, title: string, text: string): DocumentRecord {
  return { id, title, text, hash: `hash-${id}`, sourceName: '', importedAt: '', lastOpenedAt: '' };
}

const transcript = doc(
  'd-t',
  'B transcript',
  ['Briefing, 3 March', '', 'Question: Will you meet him? 😀', 'Aide to the President Yury Ushakov: No.', 'Not this week.'].join('\n'),
);
const plain = doc('d-p', 'A plain', 'Первый абзац 😀 текст, «цитата».\n\n\nВторой 👍🏽 абзац: and more.\n');

const categories: Category[] = [
  { id: 'claim', label: 'claim', definition: 'Asserts, "firmly".', colour: '#0072B2', shortcut: '1', order: 1, retired: false },
  { id: 'demand', label: '=demand', definition: 'Requires.', colour: '#CC79A7', shortcut: '', order: 0, retired: true },
  { id: 'unused', label: 'unused', definition: '', colour: '#000000', shortcut: '', order: 2, retired: false },
];

/** A placed annotation on the first occurrence of `exact` (UTF-16 offsets, as the model keeps). */
function annotate(id: string, d: DocumentRecord, exact: string, categoryId = 'claim'): Annotation {
  const start = d.text.indexOf(exact);
  if (start === -1) throw new Error(`not found: ${exact}`);
  return {
    id, documentId: d.id, categoryId, start, end: start + exact.length, exact,
    prefix: '', suffix: '', memo: '', coder: 'ana', created: '2024-01-01T00:00:00Z',
    modified: '2024-01-02T00:00:00Z', status: 'placed',
  };
}

/** The row of `table` whose `column` is `value`, as a record keyed by column name. */
function row(table: Table, column: string, value: string): Record<string, string | number | null> {
  const i = table.columns.indexOf(column);
  const found = table.rows.find((r) => r[i] === value);
  if (!found) throw new Error(`no row with ${column}=${value}`);
  return Object.fromEntries(table.columns.map((c, j) => [c, found[j]]));
}

const annotations: Annotation[] = [
  annotate('a1', transcript, 'Will you meet him? 😀'),
  annotate('a2', transcript, 'No.', 'demand'),
  annotate('a3', transcript, 'Not this week.'),
  annotate('a4', transcript, 'Briefing'),
  annotate('a5', plain, 'текст, «цитата»'),
  annotate('a6', plain, 'Второй 👍🏽 абзац'),
  { ...annotate('a7', plain, 'Первый'), id: 'a0-orphan', status: 'orphan', start: 999, end: 1005 },
  annotate('a8', plain, 'Первый абзац 😀', 'gone'),
];
const input = datasetFromModel({ documents: [transcript, plain], annotations, categories });

describe('segmentsTable', () => {
  const table = segmentsTable(input);

  it('has exactly the documented columns', () => {
    expect(table.columns).toEqual([
      'annotation_id', 'document_id', 'document_title', 'content_hash', 'coder', 'category_id', 'category_label',
      'start', 'end', 'exact', 'prefix', 'suffix', 'paragraph', 'speaker', 'turn', 'memo', 'created', 'modified', 'status',
    ]);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  it('orders rows by title, document, start, end, id, orphans last', () => {
    expect(table.rows.map((r) => r[0])).toEqual(['a8', 'a5', 'a6', 'a0-orphan', 'a4', 'a1', 'a2', 'a3']);
  });

  it.each(annotations.filter((a) => a.status === 'placed').map((a) => [a.id, a] as const))(
    '%s: code-point offsets slice the exact quote from [...text]',
    (id, a) => {
      const r = row(table, 'annotation_id', id);
      const text = a.documentId === transcript.id ? transcript.text : plain.text;
      expect(typeof r.start).toBe('number');
      expect([...text].slice(Number(r.start), Number(r.end)).join('')).toBe(a.exact);
    },
  );

  it('counts code points, not UTF-16 units, after emoji', () => {
    // "Второй" follows one 😀 (2 units) in paragraph 1, so code points are one less than units.
    const r = row(table, 'annotation_id', 'a6');
    expect(r.start).toBe(plain.text.indexOf('Второй') - 1);
    expect(Number(r.end) - Number(r.start)).toBe([...'Второй 👍🏽 абзац'].length);
  });

  it.each<[string, number, string | null]>([
    ['a4', 1, null],
    ['a1', 2, 'Question'],
    ['a2', 3, 'Aide to the President Yury Ushakov'],
    ['a3', 4, 'Aide to the President Yury Ushakov'],
    ['a5', 1, null],
    ['a6', 2, null],
  ])('%s: paragraph %i, speaker %s', (id, paragraph, speaker) => {
    const r = row(table, 'annotation_id', id);
    expect(r.paragraph).toBe(paragraph);
    expect(r.speaker).toBe(speaker);
  });

  it('fills document and category fields', () => {
    expect(row(table, 'annotation_id', 'a2')).toMatchObject({
      document_id: 'd-t', document_title: 'B transcript', content_hash: 'hash-d-t', coder: 'ana',
      category_id: 'demand', category_label: '=demand', status: 'placed',
      created: '2024-01-01T00:00:00Z', modified: '2024-01-02T00:00:00Z',
    });
  });

  it('puts every cell under its own column', () => {
    const a = { ...annotate('a-all', transcript, 'Will you meet him?'), exact: 'E', prefix: 'P', suffix: 'S', memo: 'M', coder: 'C' };
    const one = segmentsTable(datasetFromModel({ documents: [transcript], annotations: [a], categories }));
    expect(row(one, 'annotation_id', 'a-all')).toEqual({
      annotation_id: 'a-all', document_id: 'd-t', document_title: 'B transcript', content_hash: 'hash-d-t', coder: 'C',
      category_id: 'claim', category_label: 'claim', start: a.start, end: a.end, exact: 'E', prefix: 'P', suffix: 'S',
      paragraph: 2, speaker: 'Question', turn: 1, memo: 'M', created: '2024-01-01T00:00:00Z', modified: '2024-01-02T00:00:00Z',
      status: 'placed',
    });
  });

  it('leaves the label of an unknown category empty', () => {
    expect(row(table, 'annotation_id', 'a8').category_label).toBeNull();
  });

  it('gives orphans empty start, end, paragraph and speaker', () => {
    expect(row(table, 'annotation_id', 'a0-orphan')).toMatchObject({
      start: null, end: null, paragraph: null, speaker: null, status: 'orphan', exact: 'Первый',
    });
  });

  it('takes code points as given when the text is absent (command line)', () => {
    const segment: SegmentInput = { ...annotations[0], start: 5, end: 9 };
    const t = segmentsTable({ documents: [{ id: 'd-t', title: 'T', hash: 'h', text: null }], segments: [segment], categories });
    expect(row(t, 'annotation_id', 'a1')).toMatchObject({ start: 5, end: 9, paragraph: null, speaker: null, document_title: 'T' });
  });

  it('keeps annotations of a missing document, with empty document fields', () => {
    const t = segmentsTable(datasetFromModel({ documents: [], annotations: [annotations[0]], categories }));
    expect(row(t, 'annotation_id', 'a1')).toMatchObject({ document_title: null, content_hash: null, start: null, paragraph: null });
  });

  it('builds 20,000 rows on a 2 MB transcript (timing lives in npm run bench)', () => {
    const line = 'Speaker Name: ' + 'слово 😀 word '.repeat(6) + '\n';
    const text = line.repeat(Math.ceil(2_000_000 / line.length));
    const big = doc('big', 'Big', text);
    const many: Annotation[] = [];
    for (let i = 0; i < 20_000; i++) {
      const start = Math.floor((i * (text.length - 100)) / 20_000) + (i % 2);
      many.push({ ...annotations[0], id: `x${i}`, documentId: 'big', start, end: start + 10 });
    }
    const t = segmentsTable(datasetFromModel({ documents: [big], annotations: many, categories }));
    expect(t.rows).toHaveLength(20_000);
    expect(row(t, 'annotation_id', 'x19999').speaker).toBe('Speaker Name');
  });
});

describe('documentCountsTable', () => {
  const table = documentCountsTable(input);

  it('has one row per document × category, zeros and unknown categories included', () => {
    expect(table.columns).toEqual(['document_id', 'document_title', 'category_id', 'category_label', 'count']);
    expect(table.rows).toEqual([
      ['d-p', 'A plain', 'demand', '=demand', 0],
      ['d-p', 'A plain', 'claim', 'claim', 3],
      ['d-p', 'A plain', 'unused', 'unused', 0],
      ['d-p', 'A plain', 'gone', null, 1],
      ['d-t', 'B transcript', 'demand', '=demand', 1],
      ['d-t', 'B transcript', 'claim', 'claim', 3],
      ['d-t', 'B transcript', 'unused', 'unused', 0],
      ['d-t', 'B transcript', 'gone', null, 0],
    ]);
  });

  it('adds up to the segments table', () => {
    const total = table.rows.reduce((sum, r) => sum + Number(r[4]), 0);
    expect(total).toBe(segmentsTable(input).rows.length);
  });

  it('lists documents without annotations with zero counts', () => {
    const t = documentCountsTable({ documents: [{ id: 'e', title: 'Empty', hash: '', text: '' }], segments: [], categories });
    expect(t.rows.map((r) => r[4])).toEqual([0, 0, 0]);
  });
});

describe('codebookTable', () => {
  it('lists every category in codebook order with TRUE/FALSE for retired', () => {
    const table = codebookTable(categories);
    expect(table.columns).toEqual(['id', 'label', 'definition', 'colour', 'retired', 'order']);
    expect(table.rows).toEqual([
      ['demand', '=demand', 'Requires.', '#CC79A7', 'TRUE', 0],
      ['claim', 'claim', 'Asserts, "firmly".', '#0072B2', 'FALSE', 1],
      ['unused', 'unused', '', '#000000', 'FALSE', 2],
    ]);
  });
});

describe('datasetFiles', () => {
  it.each(['csv', 'tsv'] as const)('writes five %s files that read back', (format) => {
    const files = datasetFiles(input, { format, lineEnding: '\r\n', bom: true });
    expect(files.map((f) => f.name)).toEqual(['segments', 'documents', 'codebook', 'turns', 'speakers'].map((n) => `${n}.${format}`));
    const parsed = parseDelimited(files[0].content, format);
    if (!parsed.ok) throw new Error(parsed.error);
    const [header, ...records] = parsed.value;
    expect(header).toEqual(segmentsTable(input).columns);
    const a1 = records.find((r) => r[0] === 'a1');
    expect(a1?.[header.indexOf('exact')]).toBe('Will you meet him? 😀');
    expect(a1?.[header.indexOf('memo')]).toBe('');
    const codebook = parseDelimited(files[2].content, format);
    if (!codebook.ok) throw new Error(codebook.error);
    // The formula guard marks the label that starts with "=".
    expect(codebook.value[1]).toEqual(['demand', "'=demand", 'Requires.', '#CC79A7', 'TRUE', '0']);
  });

  it('writes no "null" or "undefined" text', () => {
    for (const f of datasetFiles(input, { format: 'csv', lineEnding: '\n', bom: false }))
      expect(f.content).not.toMatch(/null|undefined/);
  });
});
