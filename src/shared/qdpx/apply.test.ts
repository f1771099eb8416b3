import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook';
import { invertEdit } from '../edit';
import { codebookImportEdit, projectImportEdit } from './apply';
import { exportQdpx } from './export';
import { readQdc, readQdpx } from './import';
import { planQdcImport, planQdpxImport, takeEverything } from './plan';
import { fixtureGuid } from './test-projects';
import type { Annotation, DocumentRecord } from '../model';
import { contentHash } from '../text/hash';

const NOW = '2024-06-01T12:00:00.000Z';
const GENERATOR = { name: 'Discourse Workbench', version: '1.0.0' };
const TEXT = 'Minister: The ferry agreement has lapsed.\nQuestion: Will the fees be published?';
const doc: DocumentRecord = { id: fixtureGuid(), title: 'Briefing', text: TEXT, hash: contentHash(TEXT), sourceName: 'b.txt', importedAt: NOW, lastOpenedAt: '' };
const at = (quote: string, categoryId: string, coder: string, memo = ''): Annotation => {
  const start = TEXT.indexOf(quote);
  return { id: fixtureGuid(), documentId: doc.id, categoryId, start, end: start + quote.length, exact: quote, prefix: '', suffix: '', memo, coder, created: NOW, modified: NOW, status: 'placed' };
};
const annotations = [at('The ferry agreement has lapsed', 'claim', 'Ana', 'A memo'), at('Will the fees be published?', 'demand', 'Ben')];
const categories = [...DEFAULT_CATEGORIES, { id: 'denial', label: 'denial', definition: 'Rejects a claim.', colour: '#123456', shortcut: '', order: 4, retired: false }];

function readBack(library: DocumentRecord[]) {
  const { bytes } = exportQdpx({ projectName: 'P', now: NOW, generator: GENERATOR, documents: [doc], annotations, categories });
  const read = readQdpx(bytes, { fileName: 'p.qdpx', now: NOW });
  if (!read.ok) throw new Error(read.error);
  return { read: read.value, plan: planQdpxImport(read.value, { documents: library, categories: DEFAULT_CATEGORIES, annotationIds: new Set() }) };
}

describe('projectImportEdit', () => {
  it('brings documents, categories and annotations in as one edit, which one inversion takes back', () => {
    const { plan } = readBack([]);
    const edit = projectImportEdit('p.qdpx', plan, DEFAULT_CATEGORIES, new Set());
    if (!edit.ok) throw new Error(edit.error);
    expect(edit.value.label).toBe('Import of 2 annotations and 1 document from “p.qdpx”');
    expect(edit.value.documents?.map((c) => [c.before, c.after?.hash])).toEqual([[null, doc.hash]]);
    expect(edit.value.annotations.map((c) => [c.after?.exact, c.after?.coder, c.after?.memo])).toEqual([
      ['The ferry agreement has lapsed', 'Ana', 'A memo'],
      ['Will the fees be published?', 'Ben', ''],
    ]);
    // The default categories are the library's own; "denial" is new and no coding uses it: left out unless chosen.
    expect(edit.value.categories).toEqual([]);
    const withDenial = projectImportEdit('p.qdpx', plan, DEFAULT_CATEGORIES, takeEverything(plan.codebook));
    expect(withDenial.ok && withDenial.value.categories.map((c) => [c.before, c.after?.label])).toEqual([[null, 'denial']]);
    const undo = invertEdit(edit.value);
    expect(undo.documents?.every((c) => c.after === null)).toBe(true);
    expect(undo.annotations.every((c) => c.after === null)).toBe(true);
  });

  it('adds no document the library has (same text): the annotations go onto the library’s copy', () => {
    const mine = { ...doc, id: 'mine' };
    const { plan } = readBack([mine]);
    const edit = projectImportEdit('p.qdpx', plan, DEFAULT_CATEGORIES, new Set());
    if (!edit.ok) throw new Error(edit.error);
    expect(edit.value.label).toBe('Import of 2 annotations from “p.qdpx”');
    expect(edit.value.documents).toEqual([]);
    expect(edit.value.annotations.map((c) => c.after?.documentId)).toEqual(['mine', 'mine']);
  });
});

describe('codebookImportEdit', () => {
  it('adds and changes categories as chosen, and refuses choices that clash', () => {
    const qdc = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="${fixtureGuid()}" name="Claim" color="#000000" isCodable="true"><Description>Says so.</Description></Code>
      <Code guid="${fixtureGuid()}" name="irony" isCodable="true"/></Codes></CodeBook>`;
    const read = readQdc(new TextEncoder().encode(qdc), { fileName: 'c.qdc' });
    if (!read.ok) throw new Error(read.error);
    const plan = planQdcImport(read.value, DEFAULT_CATEGORIES);
    expect(plan.comparison.changed.map((d) => [d.id, d.fields])).toEqual([['claim', ['label', 'colour', 'definition']]]);
    expect(plan.comparison.added.map((c) => c.label)).toEqual(['irony']);
    const all = codebookImportEdit('c.qdc', plan, DEFAULT_CATEGORIES, takeEverything(plan));
    if (!all.ok) throw new Error(all.error);
    expect(all.value.label).toBe('Import of the codebook “c.qdc” (2 categories added or changed)');
    expect(all.value.categories.map((c) => [c.before?.label ?? null, c.after?.label, c.after?.colour])).toEqual([
      ['claim', 'Claim', '#000000'],
      [null, 'irony', expect.stringMatching(/^#[0-9a-f]{6}$/i)],
    ]);
    const none = codebookImportEdit('c.qdc', plan, DEFAULT_CATEGORIES, new Set());
    expect(none.ok && none.value.categories).toEqual([]);
    const clash = codebookImportEdit('c.qdc', plan, [...DEFAULT_CATEGORIES.slice(0, 3), { ...DEFAULT_CATEGORIES[3], label: 'Claim' }], takeEverything(plan));
    expect(clash.ok).toBe(false);
  });
});
