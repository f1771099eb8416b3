import { describe, expect, it } from 'vitest';
import { nameCoderId } from '../coders/coder-ids';
import { describeProblem, parseAnnotationFile, type ParsedFile } from './import';
import { IMPORT_LIMITS } from '../limits';

const w3c = (id: string, over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `urn:uuid:${id}`,
  type: 'Annotation',
  created: '2024-05-02T09:31:12Z',
  creator: { type: 'Person', name: 'Alex' },
  body: [
    { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
    { type: 'SpecificResource', purpose: 'classifying', source: { id: 'urn:discourse-workbench:category:claim', type: 'skos:Concept', 'skos:prefLabel': 'claim' } },
    { type: 'TextualBody', purpose: 'commenting', value: 'A memo.' },
  ],
  target: {
    type: 'SpecificResource',
    source: { id: 'urn:uuid:doc', label: 'Seminar' },
    selector: [
      { type: 'TextQuoteSelector', exact: 'budget 📉', prefix: 'the ', suffix: '.' },
      { type: 'TextPositionSelector', start: 4, end: 12 },
    ],
  },
  ...over,
});

function parse(value: unknown): ParsedFile {
  const result = parseAnnotationFile(JSON.stringify(value), 'test.json');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseAnnotationFile: accepted shapes', () => {
  const expected = {
    id: 'a1', categoryId: 'claim', categoryLabel: 'claim', memo: 'A memo.', coderId: nameCoderId('Alex'), coder: 'Alex', coderKind: 'person',
    created: '2024-05-02T09:31:12Z', modified: '2024-05-02T09:31:12Z',
    source: { hash: null, iri: 'urn:uuid:doc', title: 'Seminar' },
    quote: { exact: 'budget 📉', prefix: 'the ', suffix: '.' }, position: { start: 4, end: 12 },
  };
  it.each([
    ['a single annotation', { '@context': 'http://www.w3.org/ns/anno.jsonld', ...w3c('a1') }],
    ['an array', [w3c('a1')]],
    ['a page', { type: 'AnnotationPage', items: [w3c('a1')] }],
    ['a collection', { type: 'AnnotationCollection', label: 'L', total: 1, first: { type: 'AnnotationPage', items: [w3c('a1')] } }],
  ])('reads %s', (_, file) => {
    const parsed = parse(file);
    expect(parsed.format).toBe('w3c');
    expect(parsed.problems).toEqual([]);
    expect(parsed.annotations).toEqual([expected]);
  });

  const hypothesisRow = {
    id: 'hYp0th351s', created: '2024-05-02T11:31:12.123456+02:00', updated: '2024-05-02T11:40:00.000000+02:00',
    user: 'acct:maria@hypothes.is', uri: 'https://example.org/transcript', text: 'Hidden numbers?',
    tags: ['accusation', 'Claim'], document: { title: ['Transcript'] },
    target: [{ source: 'https://example.org/transcript', selector: [
      { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 5 },
      { type: 'TextPositionSelector', start: 20, end: 27 },
      { type: 'TextQuoteSelector', exact: 'You hid', prefix: 'SCHMIDT: ', suffix: ' those' },
    ] }],
  };
  it.each([
    ['an export object', { export_date: '2024-05-03', annotations: [hypothesisRow] }],
    ['a bare array of rows', [hypothesisRow]],
  ])('reads a Hypothesis export as %s, one annotation per tag', (_, file) => {
    const parsed = parse(file);
    expect(parsed.format).toBe('hypothesis');
    expect(parsed.problems).toEqual([]);
    expect(parsed.annotations.map((a) => [a.id, a.categoryId, a.categoryLabel])).toEqual([
      ['hYp0th351s', null, 'accusation'],
      ['hYp0th351s~2', null, 'Claim'],
    ]);
    expect(parsed.annotations[0]).toMatchObject({
      memo: 'Hidden numbers?', coder: 'maria', created: '2024-05-02T09:31:12.123Z', modified: '2024-05-02T09:40:00.000Z',
      source: { iri: 'https://example.org/transcript', hash: null, title: 'Transcript' },
      quote: { exact: 'You hid', prefix: 'SCHMIDT: ', suffix: ' those' }, position: { start: 20, end: 27 },
    });
  });

  it('reads a Recogito text-annotator export', () => {
    const recogito = [{
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: '#9c6f3c1e-1d2b-4a3c-8e5f-6a7b8c9d0e1f', type: 'Annotation',
      creator: { id: 'https://recogito.example/users/lena', type: 'Person', name: 'Lena' },
      created: '2024-05-04T12:00:00Z',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'demand' }, { type: 'TextualBody', purpose: 'commenting', value: 'Deadline.' }],
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'We demand an audit' }] },
    }];
    const parsed = parse(recogito);
    expect(parsed.format).toBe('recogito');
    expect(parsed.annotations).toEqual([{
      id: '9c6f3c1e-1d2b-4a3c-8e5f-6a7b8c9d0e1f', categoryId: null, categoryLabel: 'demand', memo: 'Deadline.',
      coderId: 'https://recogito.example/users/lena', coder: 'Lena', coderKind: 'person',
      created: '2024-05-04T12:00:00Z', modified: '2024-05-04T12:00:00Z', source: { hash: null, iri: null, title: null },
      quote: { exact: 'We demand an audit', prefix: '', suffix: '' }, position: null,
    }]);
  });

  it('reads the shipped codebook and the collection label', () => {
    const parsed = parse({
      type: 'AnnotationCollection', label: 'Group B', total: 0,
      conformsTo: { id: 'urn:discourse-workbench:codebook', type: 'skos:ConceptScheme', 'skos:hasTopConcept': [
        { id: 'urn:discourse-workbench:category:c%C3%A9', type: 'skos:Concept', 'skos:prefLabel': 'Behauptung', 'skos:definition': 'D',
          'schema:color': '#112233', 'schema:position': 7, 'owl:deprecated': true },
      ] },
    });
    expect(parsed.label).toBe('Group B');
    expect(parsed.annotations).toEqual([]);
    expect(parsed.categories).toEqual([{ id: 'cé', label: 'Behauptung', definition: 'D', colour: '#112233', shortcut: '', order: 7, retired: true }]);
  });
});

describe('parseAnnotationFile: refusals and problems', () => {
  it('refuses a file that is not JSON, saying where', () => {
    const result = parseAnnotationFile('{\n  "type": "Annotation",\n  oops\n}', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^bad\.json is not valid JSON: /);
      expect(result.error).toMatch(/line 3/);
    }
  });

  it.each([
    [42, /holds a single number/],
    [{ type: 'Person', name: 'x' }, /not a Web Annotation file.*"Person"/],
    [{ type: 'AnnotationCollection', total: 3, first: 'https://example.org/page1' }, /not embedded/],
  ])('refuses a file of the wrong shape (%j)', (value, message) => {
    const result = parseAnnotationFile(JSON.stringify(value), 'x.json');
    expect(result.ok ? '' : result.error).toMatch(message);
  });

  it('refuses files beyond the size limits', () => {
    const big = parseAnnotationFile(' '.repeat(IMPORT_LIMITS.maxChars + 1), 'big.json');
    expect(big.ok ? '' : big.error).toMatch(/too large/);
    const many = parseAnnotationFile(JSON.stringify(new Array(IMPORT_LIMITS.maxAnnotations + 1).fill(0)), 'many.json');
    expect(many.ok ? '' : many.error).toMatch(/more than the 200,000/);
  });

  it('keeps the good annotations and reports each bad one by index, id and property', () => {
    const noSelector = w3c('a2', { target: { type: 'SpecificResource', source: 'urn:uuid:doc', selector: { type: 'FragmentSelector', value: 'p=1' } } });
    const badStart = w3c('a3');
    ((badStart.target as { selector: Array<Record<string, unknown>> }).selector[1]).start = -1;
    const noCategory = w3c('a4', { body: { type: 'TextualBody', purpose: 'commenting', value: 'only a memo' } });
    const badTime = w3c('a5', { created: 'yesterday' });
    const parsed = parse([w3c('a1'), noSelector, badStart, noCategory, badTime, w3c('a1'), 'urn:uuid:ref']);
    expect(parsed.annotations.map((a) => a.id)).toEqual(['a1']);
    expect(parsed.problems.map((p) => [p.index, p.id, p.property])).toEqual([
      [1, 'urn:uuid:a2', 'target'],
      [2, 'urn:uuid:a3', 'target.selector[1].start'],
      [3, 'urn:uuid:a4', 'body'],
      [4, 'urn:uuid:a5', 'created'],
      [5, 'urn:uuid:a1', 'id'],
      [6, null, ''],
    ]);
    expect(describeProblem(parsed.problems[1])).toBe('Annotation 3 (urn:uuid:a3): “target.selector[1].start” must be a non-negative whole number.');
  });
});

describe('parseAnnotationFile: the path of the property at fault', () => {
  const quote = { type: 'TextQuoteSelector', exact: 'x' };
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a target that is neither object nor IRI', { target: 7 }, 'target', /object or an IRI/],
    ['the second of two targets', { target: ['urn:x', 7] }, 'target[1]', /object or an IRI/],
    ['a target source of the wrong type', { target: { source: 3, selector: quote } }, 'target.source', /IRI or an object/],
    ['an empty exact in a single selector', { target: { selector: { type: 'TextQuoteSelector', exact: '' } } }, 'target.selector.exact', /non-empty/],
    ['a prefix that is not a string', { target: { selector: [{ ...quote, prefix: 1 }] } }, 'target.selector[0].prefix', /string/],
    ['a suffix in the second target', { target: ['urn:x', { selector: [{ type: 'X' }, { ...quote, suffix: [] }] }] }, 'target[1].selector[1].suffix', /string/],
    ['an end before start', { target: { selector: [quote, { type: 'TextPositionSelector', start: 5, end: 2 }] } }, 'target.selector[1].end', /before start/],
    ['only an empty position', { target: { selector: { type: 'TextPositionSelector', start: 2, end: 2 } } }, 'target.selector', /empty/],
    ['no target', { target: undefined }, 'target', /missing/],
    ['a body that is a number', { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, 3] }, 'body[1]', /object or an IRI/],
    ['a single body with a non-string value', { body: { type: 'TextualBody', value: 3 } }, 'body.value', /string/],
    ['an empty tag', { body: [{ type: 'TextualBody', purpose: 'tagging', value: ' ' }] }, 'body[0].value', /empty tag/],
    ['a classifying source of the wrong type', { body: [{ purpose: 'classifying', source: 3 }] }, 'body[0].source', /object or an IRI/],
    ['a concept with no id and no label', { body: [{ purpose: ['x', 'classifying'], source: {} }] }, 'body[0].source', /names no category/],
  ])('%s', (_name, over, property, message) => {
    const parsed = parse([w3c('a1', over)]);
    expect(parsed.annotations).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].property).toBe(property);
    expect(parsed.problems[0].message).toMatch(message);
  });
});
