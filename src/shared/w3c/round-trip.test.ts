import { describe, expect, it } from 'vitest';
import { nameCoderId } from '../coders/coder-ids';
import { Anchorer } from '../anchoring/anchor';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation, Category, DocumentRecord } from '../model';
import { CONTEXT_LENGTH } from '../model';
import { contentHash } from '../text/hash';
import { prefixBefore, suffixAfter } from '../text/offsets';
import { buildCollection, serialiseCollection, type CollectionInput, type JsonObject } from './export';
import { codersOfFile, parseAnnotationFile } from './import';
import { placeAnnotations } from './place';

const TEXT = 'МОДЕРАТОР: Добро пожаловать 👋🏽!\nMÜLLER: Бюджет урезали на 40 % 📉, это факт.\n' +
  'SCHMIDT: Вы скрыли эти цифры от комитета 🙈!\nMÜLLER: Я предлагаю опубликовать таблицу.\n';
const doc: DocumentRecord = {
  id: 'doc-1', title: 'Семинар 3 🎓', text: TEXT, hash: contentHash(TEXT), sourceName: 's.txt',
  importedAt: '2024-05-01T08:00:00Z', lastOpenedAt: '',
};
const irony: Category = { id: 'c-ирония', label: 'irony', definition: 'Says the opposite.', colour: '#56B4E9', shortcut: '5', order: 4, retired: true };
const categories = [...DEFAULT_CATEGORIES, irony];

function at(id: string, quote: string, categoryId: string, memo = '', coder = 'Алекс'): Annotation {
  const start = TEXT.indexOf(quote);
  const end = start + quote.length;
  return {
    id, documentId: doc.id, categoryId, start, end, exact: quote, prefix: prefixBefore(TEXT, start, CONTEXT_LENGTH),
    suffix: suffixAfter(TEXT, end, CONTEXT_LENGTH), memo, coderId: nameCoderId(coder), coder, editorId: nameCoderId(coder), created: '2024-05-02T09:31:12.250Z',
    modified: '2024-05-02T10:00:00Z', status: 'placed',
  };
}

const annotations: Annotation[] = [
  at('0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', 'Бюджет урезали на 40 % 📉, это факт.', 'claim', 'Сверить с отчётом 2023.'),
  at('7d2d5a7e-31c9-4c51-bb1e-2b8b6a9e0c11', 'Вы скрыли эти цифры от комитета 🙈!', 'accusation', '', 'Maria'),
  at('c4e1f0a2-9b7d-4d63-8e25-1f3a6b9c0d72', 'Я предлагаю опубликовать таблицу.', 'proposal'),
  at('e9a3b5c7-2d4f-4a61-b8c0-5e7f9d1a3b24', 'Добро пожаловать 👋🏽', 'c-ирония', 'ironic?'),
  { ...at('f1a2b3c4-0000-4000-8000-000000000001', 'x', 'demand'), status: 'orphan', start: 0, end: 0, exact: 'Мы требуем аудит', prefix: 'SCHMIDT: ', suffix: '.' },
];

const input = (anns: Annotation[], cats: Category[] = categories): CollectionInput => ({
  label: 'Seminar 3', collectionId: '5f0c3c2e-8d7a-4f0b-9a51-3c1e2b7d9a10', pageId: '1c9e7a35-d2f4-4b86-a0e3-7f5b2d8c6e49',
  now: '2024-05-03T10:00:00Z', generator: { name: 'Discourse Workbench', version: '0.1.0' }, documents: [doc], annotations: anns, categories: cats,
});

function reimport(json: string, library: Category[]) {
  const parsed = parseAnnotationFile(json, 'export.json');
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.value.problems).toEqual([]);
  return { parsed: parsed.value, placed: placeAnnotations(parsed.value.annotations, doc, library, new Anchorer(TEXT), { shipped: parsed.value.categories }) };
}

describe('export → import → place → export', () => {
  it('gives back the same annotations and file', () => {
    const json = serialiseCollection(input(annotations));
    const { parsed, placed } = reimport(json, categories);
    expect(parsed.format).toBe('w3c');
    expect(parsed.label).toBe('Seminar 3');
    expect(placed.counts).toEqual({ exact: 4, moved: 0, fuzzy: 0, orphan: 1 });
    expect(placed.newCategories).toEqual([]);
    const byId = (list: Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(placed.annotations)).toEqual(byId(annotations).map((a) => (a.status === 'orphan' ? { ...a, start: 0, end: 0 } : a)));
    expect(serialiseCollection(input(placed.annotations))).toBe(json);
  });

  it('keeps a renamed category as the same category', () => {
    const json = serialiseCollection(input(annotations));
    const library = categories.map((c) => (c.id === 'claim' ? { ...c, label: 'assertion' } : c));
    const { placed } = reimport(json, library);
    expect(placed.annotations.find((a) => a.id.startsWith('0b0c'))?.categoryId).toBe('claim');
    expect(placed.newCategories).toEqual([]);
  });

  it('brings the shipped codebook to a library that lacks it', () => {
    const { placed } = reimport(serialiseCollection(input(annotations)), []);
    expect(placed.newCategories.map((c) => c.id).sort()).toEqual(['accusation', 'c-ирония', 'claim', 'demand', 'proposal']);
    const shippedIrony = placed.newCategories.find((c) => c.id === irony.id);
    expect(shippedIrony).toMatchObject({ label: 'irony', definition: irony.definition, colour: irony.colour, retired: true, shortcut: '' });
  });

  it('writes positions that select the quote in code points', () => {
    const items = ((buildCollection(input(annotations)).first as JsonObject).items as JsonObject[]);
    const points = [...TEXT];
    for (const item of items) {
      const [quote, position] = (item.target as JsonObject).selector as JsonObject[];
      if (!position) continue;
      expect(points.slice(position.start as number, position.end as number).join('')).toBe(quote.exact);
    }
  });

  it('writes each coder as creator with id and current name, a consensus as an Organization, and reads them back', () => {
    const consensus = { id: '6a1d0a8e-0c1b-4d7e-9f3a-5b2c8d4e6f70', name: 'Consensus', kind: 'consensus' as const };
    const ben = { id: '2b7e4f1c-8d3a-4c5e-9b6f-1a0d3e5c7b92', name: 'Ben', kind: 'person' as const };
    const list = [
      { ...annotations[0], coderId: ben.id, coder: 'Benjamin (old name)', editorId: ben.id },
      { ...annotations[1], coderId: consensus.id, coder: 'Consensus', editorId: ben.id },
    ];
    const collection = buildCollection({ ...input(list), coders: [ben, consensus] });
    const creators = ((collection.first as JsonObject).items as JsonObject[]).map((i) => i.creator);
    expect(creators).toEqual([
      { id: `urn:uuid:${ben.id}`, type: 'Person', name: 'Ben' },
      { id: `urn:uuid:${consensus.id}`, type: 'Organization', name: 'Consensus' },
    ]);
    const { parsed, placed } = reimport(JSON.stringify(collection), categories);
    expect(codersOfFile(parsed.annotations)).toEqual([ben, consensus]);
    // The adjudicator is the workbench's own data; the file names only the layer.
    expect(placed.annotations.map((a) => [a.coderId, a.editorId])).toEqual([[ben.id, ben.id], [consensus.id, consensus.id]]);
  });

  it('ships coding rules under their category and reads them back', () => {
    const rules = [{ id: '0e6a6f1e-27a4-4d0e-8b39-6b5a0c2f9d11', text: 'A question is no claim.', example: 'Вы скрыли', created: '2026-01-02T00:00:00.000Z' }];
    const withRules = categories.map((c) => (c.id === 'claim' ? { ...c, rules } : c));
    const json = serialiseCollection(input(annotations, withRules));
    const concept = ((JSON.parse(json).conformsTo as JsonObject)['skos:hasTopConcept'] as JsonObject[])[0];
    expect(concept['skos:scopeNote']).toEqual([{ id: `urn:uuid:${rules[0].id}`, 'rdf:value': rules[0].text, 'skos:example': 'Вы скрыли', 'dcterms:created': rules[0].created }]);
    const { parsed } = reimport(json, categories);
    expect(parsed.categories.find((c) => c.id === 'claim')?.rules).toEqual(rules);
    expect(parsed.categories.find((c) => c.id === 'demand')?.rules).toBeUndefined();
  });
});
