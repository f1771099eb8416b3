import { describe, expect, it } from 'vitest';
import { nameCoderId } from '../coders/coder-ids';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation, DocumentRecord } from '../model';
import { contentHash, niUri } from '../text/hash';
import { codePointLength } from '../text/offsets';
import { buildCollection, serialiseCollection, type CollectionInput, type JsonObject } from './export';

const TEXT = 'МЮЛЛЕР: Бюджет урезали 📉 на сорок процентов.\nSCHMIDT: You hid 🙈 those numbers!\n';
const doc: DocumentRecord = {
  id: 'doc-1', title: 'Seminar 3', text: TEXT, hash: contentHash(TEXT), sourceName: 's3.txt',
  importedAt: '2024-05-01T08:00:00Z', lastOpenedAt: '',
};

const ALEX = nameCoderId('Alex');

function annotation(over: Partial<Annotation>): Annotation {
  return {
    id: '0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', documentId: 'doc-1', categoryId: 'claim', start: 0, end: 0,
    exact: '', prefix: '', suffix: '', memo: '', coderId: ALEX, coder: 'Alex', editorId: ALEX, created: '2024-05-02T09:31:12Z',
    modified: '2024-05-02T09:40:00Z', status: 'placed', ...over,
  };
}

const span = (quote: string): { start: number; end: number; exact: string } => {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length, exact: quote };
};

function input(annotations: Annotation[]): CollectionInput {
  return {
    label: 'Seminar 3', collectionId: '5f0c3c2e-8d7a-4f0b-9a51-3c1e2b7d9a10', pageId: '1c9e7a35-d2f4-4b86-a0e3-7f5b2d8c6e49',
    now: '2024-05-03T10:00:00Z', generator: { name: 'Discourse Workbench', version: '0.1.0', homepage: 'https://example.org/workbench' },
    documents: [doc], annotations, categories: [...DEFAULT_CATEGORIES],
  };
}

const items = (c: JsonObject): JsonObject[] => ((c.first as JsonObject).items as JsonObject[]);

describe('buildCollection', () => {
  it('writes a collection with the codebook and an embedded first page', () => {
    const c = buildCollection(input([annotation(span('You hid 🙈 those numbers!'))]));
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.id).toBe('urn:uuid:5f0c3c2e-8d7a-4f0b-9a51-3c1e2b7d9a10');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(1);
    expect(c.first).toMatchObject({ id: 'urn:uuid:1c9e7a35-d2f4-4b86-a0e3-7f5b2d8c6e49', type: 'AnnotationPage', startIndex: 0 });
    const scheme = c.conformsTo as JsonObject;
    expect(scheme.type).toBe('skos:ConceptScheme');
    expect((scheme['skos:hasTopConcept'] as JsonObject[])[1]).toEqual({
      id: 'urn:discourse-workbench:category:accusation', type: 'skos:Concept', 'skos:prefLabel': 'accusation',
      'skos:notation': 'accusation', 'skos:inScheme': 'urn:discourse-workbench:codebook',
      'skos:definition': 'The speaker attributes a fault or wrongdoing to someone.', 'schema:color': '#D55E00',
      'schema:position': 1, 'owl:deprecated': false,
    });
  });

  it('maps an annotation to bodies, agents and a target with code-point positions', () => {
    const a = annotation({ ...span('Бюджет урезали 📉 на'), memo: 'Check the figure.' });
    const [item] = items(buildCollection(input([a])));
    expect(item).toMatchObject({
      id: 'urn:uuid:0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', type: 'Annotation', motivation: 'classifying',
      created: '2024-05-02T09:31:12Z', modified: '2024-05-02T09:40:00Z', creator: { type: 'Person', name: 'Alex' },
      generator: { id: 'https://example.org/workbench', type: 'Software', name: 'Discourse Workbench 0.1.0' },
    });
    expect(item.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claim', format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'classifying', source: {
        id: 'urn:discourse-workbench:category:claim', type: 'skos:Concept', 'skos:prefLabel': 'claim',
        'skos:notation': 'claim', 'skos:inScheme': 'urn:discourse-workbench:codebook' } },
      { type: 'TextualBody', purpose: 'commenting', value: 'Check the figure.', format: 'text/plain' },
    ]);
    const target = item.target as JsonObject;
    expect(target.source).toEqual({ id: niUri(doc.hash), type: 'Text', format: 'text/plain', label: 'Seminar 3' });
    const [quote, position] = target.selector as JsonObject[];
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Бюджет урезали 📉 на', prefix: 'МЮЛЛЕР: ', suffix: ' сорок процентов.\nSCHMIDT: You h' });
    // Code points: the emoji counts once, so the span is one shorter than in UTF-16.
    expect(position).toEqual({ type: 'TextPositionSelector', start: 8, end: 8 + codePointLength('Бюджет урезали 📉 на') });
    expect([...TEXT].slice(position.start as number, position.end as number).join('')).toBe('Бюджет урезали 📉 на');
  });

  it('counts context in code points (32 either side)', () => {
    const [item] = items(buildCollection(input([annotation(span('numbers'))])));
    const [quote] = (item.target as JsonObject).selector as JsonObject[];
    expect(codePointLength(quote.prefix as string)).toBe(32);
    expect(quote.prefix).toBe('роцентов.\nSCHMIDT: You hid 🙈 those '.slice(-33));
  });

  it('exports an orphan with its quote only, and omits an empty memo and coder', () => {
    const a = annotation({ status: 'orphan', exact: 'gone', prefix: 'a ', suffix: ' b', coder: '' });
    const [item] = items(buildCollection(input([a])));
    expect(item.body).toHaveLength(2);
    expect(item.creator).toBeUndefined();
    expect((item.target as JsonObject).selector).toEqual([{ type: 'TextQuoteSelector', exact: 'gone', prefix: 'a ', suffix: ' b' }]);
  });

  it('is deterministic and sorts annotations by position', () => {
    const a = annotation({ id: 'b', ...span('numbers') });
    const b = annotation({ id: 'a', ...span('МЮЛЛЕР') });
    const one = serialiseCollection(input([a, b]));
    expect(serialiseCollection(input([b, a]))).toBe(one);
    expect(items(JSON.parse(one) as JsonObject).map((i) => i.id)).toEqual(['urn:discourse-workbench:annotation:a', 'urn:discourse-workbench:annotation:b']);
  });

  it('leaves out annotations of other documents and writes no page when empty', () => {
    const c = buildCollection(input([annotation({ documentId: 'other', ...span('numbers') })]));
    expect(c.total).toBe(0);
    expect(c.first).toBeUndefined();
  });
});
