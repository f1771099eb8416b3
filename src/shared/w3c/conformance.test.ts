import { describe, expect, it } from 'vitest';
import { CONTAINER_INDEX, conformanceProblems, isAbsoluteIri, utcDateTimeProblem } from './conformance';

type Json = Record<string, unknown>;
const CTX = 'http://www.w3.org/ns/anno.jsonld';

const quote = (exact: string): Json => ({ type: 'TextQuoteSelector', exact, prefix: 'the ', suffix: '.' });
const position = (start: unknown, end: unknown): Json => ({ type: 'TextPositionSelector', start, end });

/** A conforming annotation (without @context); `over` replaces or, with undefined, removes keys. */
function anno(over: Json = {}, id = 'urn:uuid:a1'): Json {
  const base: Json = {
    id,
    type: 'Annotation',
    motivation: 'classifying',
    created: '2024-05-02T09:31:12Z',
    creator: { type: 'Person', name: 'Alex', email: 'mailto:alex@example.org' },
    body: [
      { type: 'SpecificResource', purpose: 'classifying', source: { id: 'urn:x:claim', type: 'skos:Concept' } },
      { type: 'TextualBody', purpose: 'commenting', value: 'A memo.' },
    ],
    target: { type: 'SpecificResource', source: 'urn:uuid:doc', selector: [quote('budget 📉'), position(4, 12)] },
  };
  const out = { ...base, ...over };
  for (const [k, v] of Object.entries(over)) if (v === undefined) delete out[k];
  return out;
}
const single = (over: Json = {}): Json => ({ '@context': CTX, ...anno(over) });
const target = (selector: unknown[]): Json => ({ target: { type: 'SpecificResource', source: 'urn:uuid:doc', selector } });

/** Problems as `index property` strings, for compact expectations. */
function found(root: unknown): string[] {
  return conformanceProblems(root).map((p) => `${p.index} ${p.property}`);
}

describe('conformanceProblems: good files', () => {
  it.each<[string, unknown]>([
    ['a single annotation', single()],
    ['an array of annotations each with its context', [single(), { '@context': CTX, ...anno({}, 'urn:uuid:a2') }]],
    ['a context array holding anno.jsonld and more', { ...single(), '@context': [CTX, { ex: 'http://example.org/' }] }],
    ['bodyValue alone', single({ body: undefined, bodyValue: 'A note' })],
    ['a string target and no body', single({ body: undefined, target: 'https://example.org/page' })],
    ['an extension motivation IRI', single({ motivation: ['commenting', 'https://example.org/motivations#praising'] })],
    ['an empty span with a quote-less TextPositionSelector', single(target([position(3, 3)]))],
    ['fractional seconds and a leap day', single({ created: '2024-02-29T23:59:59.250Z', modified: '2024-03-01T00:00:00Z' })],
    [
      'a page with items inheriting its context',
      { '@context': CTX, id: 'urn:uuid:p', type: 'AnnotationPage', startIndex: 3, items: [anno(), anno({}, 'urn:uuid:a2')] },
    ],
    [
      'a collection with one embedded page',
      { '@context': CTX, id: 'urn:uuid:c', type: 'AnnotationCollection', total: 1, first: { id: 'urn:uuid:p', type: 'AnnotationPage', startIndex: 0, items: [anno()] } },
    ],
    ['an empty collection', { '@context': CTX, id: 'urn:uuid:c', type: 'AnnotationCollection', total: 0 }],
  ])('%s has no problems', (_, root) => {
    expect(conformanceProblems(root)).toEqual([]);
  });
});

describe('conformanceProblems: each rule', () => {
  it.each<[string, unknown, string, RegExp]>([
    // @context (3.1, 5.1, 5.2)
    ['missing context', anno(), '0 @context', /is missing/],
    ['https context', { ...anno(), '@context': 'https://www.w3.org/ns/anno.jsonld' }, '0 @context', /uses https/],
    ['another context', { ...anno(), '@context': 'http://example.org/ctx' }, '0 @context', /must be \(or include\)/],
    ['a single context in an array', { ...anno(), '@context': [CTX] }, '0 @context', /not an array/],
    ['an array item without context', [single(), anno({}, 'urn:uuid:a2')], '1 @context', /is missing/],
    ['a page without context', { id: 'urn:uuid:p', type: 'AnnotationPage', items: [anno()] }, `${CONTAINER_INDEX} @context`, /is missing/],
    // id and type
    ['a relative id', { ...single(), id: 'anno-1' }, '0 id', /not an absolute IRI/],
    ['a blank-node id', { ...single(), id: '_:b0' }, '0 id', /not an absolute IRI/],
    ['no id', single({ id: undefined }), '0 id', /is missing/],
    ['an id array', { ...single(), id: ['urn:uuid:a', 'urn:uuid:b'] }, '0 id', /not an absolute IRI/],
    ['a page item of the wrong type', { '@context': CTX, id: 'urn:uuid:p', type: 'AnnotationPage', items: [anno({ type: 'Note' })] }, '0 type', /must include “Annotation”/],
    ['a relative page id', { '@context': CTX, id: 'page1', type: 'AnnotationPage', items: [anno()] }, `${CONTAINER_INDEX} id`, /not an absolute IRI/],
    // target
    ['no target', single({ target: undefined }), '0 target', /at least one target/],
    ['an empty target array', single({ target: [] }), '0 target', /at least one target/],
    ['a relative string target', single({ target: 'doc.txt' }), '0 target', /not an IRI/],
    ['a SpecificResource target without source', single({ target: { type: 'SpecificResource', selector: [quote('x')] } }), '0 target.source', /exactly one source/],
    ['a TextualBody target', single({ target: { type: 'TextualBody', value: 'x' } }), '0 target.type', /must not be a TextualBody/],
    // dates (3.3.1)
    ['an offset time', single({ created: '2024-05-02T11:31:12+02:00' }), '0 created', /timezone offset.*UTC/],
    ['a time without zone', single({ modified: '2024-05-02T11:31:12' }), '0 modified', /UTC ending in “Z”/],
    ['an impossible date', single({ generated: '2023-02-29T10:00:00Z' }), '0 generated', /not a valid date/],
    ['an impossible time', single({ created: '2024-05-02T24:00:00Z' }), '0 created', /not a valid time/],
    ['two created values', single({ created: ['2024-05-02T09:31:12Z', '2024-05-02T09:31:13Z'] }), '0 created', /single date-time/],
    ['a collection created with offset', { '@context': CTX, id: 'urn:uuid:c', type: 'AnnotationCollection', created: '2024-05-02T09:30:00+01:00', total: 0 }, `${CONTAINER_INDEX} created`, /offset/],
    // body / bodyValue (3.2.5) and TextualBody (3.2.4)
    ['body and bodyValue', single({ bodyValue: 'note' }), '0 bodyValue', /together with “body”/],
    ['a bodyValue array', single({ body: undefined, bodyValue: ['a', 'b'] }), '0 bodyValue', /single string/],
    ['a TextualBody without value', single({ body: { type: 'TextualBody', purpose: 'commenting' } }), '0 body.value', /exactly one string value/],
    ['a TextualBody with two values', single({ body: [{ type: 'TextualBody', value: ['a', 'b'] }] }), '0 body[0].value', /exactly one string/],
    ['purpose on an External Web Resource', single({ body: [{ id: 'https://example.org/tags/claim', purpose: 'tagging' }] }), '0 body[0].purpose', /only allowed on a SpecificResource/],
    // motivation and purpose (3.3.5)
    ['an unknown motivation', single({ motivation: 'coding' }), '0 motivation', /not a motivation of the spec/],
    ['an unknown purpose in a list', single({ body: [{ type: 'TextualBody', purpose: ['commenting', 'claim'], value: 'x' }] }), '0 body[0].purpose[1]', /“claim”/],
    ['the pre-Recommendation “reviewing”', single({ motivation: 'reviewing' }), '0 motivation', /not a motivation/],
    // TextQuoteSelector (4.2.4)
    ['an empty exact', single(target([quote('')])), '0 target.selector[0].exact', /non-empty string/],
    ['no exact', single(target([{ type: 'TextQuoteSelector', prefix: 'a' }])), '0 target.selector[0].exact', /non-empty string/],
    ['a prefix array', single(target([{ ...quote('x'), prefix: ['a'] }])), '0 target.selector[0].prefix', /single string/],
    // TextPositionSelector (4.2.5)
    ['a negative start', single(target([position(-4, 3)])), '0 target.selector[0].start', /non-negative integer/],
    ['a fractional end', single(target([position(1, 2.5)])), '0 target.selector[0].end', /non-negative integer/],
    ['a string start', single(target([position('4', 8)])), '0 target.selector[0].start', /non-negative integer/],
    ['a missing end', single(target([{ type: 'TextPositionSelector', start: 1 }])), '0 target.selector[0].end', /is missing/],
    ['start after end', single(target([position(9, 3)])), '0 target.selector[0].end', /start must be <= end/],
    // span vs quote (4.2.4 with 4.2.5)
    ['a span in UTF-16 units', single(target([quote('budget 📉'), position(4, 13)])), '0 target.selector[1]', /positions count UTF-16 units; the spec counts code points/],
    ['a span of another length', single(target([quote('budget 📉'), position(4, 20)])), '0 target.selector[1]', /spans 16 code points .* has 8/],
    // agents (3.3.2)
    ['an email that is not mailto', single({ creator: { type: 'Person', name: 'A', email: 'alex@example.org' } }), '0 creator.email', /mailto:/],
    ['a relative agent id', single({ generator: { id: 'workbench', type: 'Software' } }), '0 generator.id', /not an absolute IRI/],
    // pages (5.2)
    ['a page with no items', { '@context': CTX, id: 'urn:uuid:p', type: 'AnnotationPage', items: [] }, `${CONTAINER_INDEX} items`, /at least one annotation/],
    ['a page without items', { '@context': CTX, id: 'urn:uuid:p', type: 'AnnotationPage' }, `${CONTAINER_INDEX} items`, /is missing/],
    ['a negative startIndex', { '@context': CTX, id: 'urn:uuid:p', type: 'AnnotationPage', startIndex: -1, items: [anno()] }, `${CONTAINER_INDEX} startIndex`, /non-negative integer/],
    [
      'a first page not starting at 0',
      { '@context': CTX, id: 'urn:uuid:c', type: 'AnnotationCollection', total: 1, first: { id: 'urn:uuid:p', type: 'AnnotationPage', startIndex: 2, items: [anno()] } },
      `${CONTAINER_INDEX} first.startIndex`,
      /must be 0 on the first page/,
    ],
    // collections (5.1)
    [
      'a total that does not match the only page',
      { '@context': CTX, id: 'urn:uuid:c', type: 'AnnotationCollection', total: 5, first: { id: 'urn:uuid:p', type: 'AnnotationPage', items: [anno()] } },
      `${CONTAINER_INDEX} total`,
      /is 5, but the collection’s only page holds 1 annotation$/,
    ],
    ['a negative total', { '@context': CTX, id: 'urn:uuid:c', type: 'AnnotationCollection', total: -1 }, `${CONTAINER_INDEX} total`, /non-negative integer/],
    ['a collection without id', { '@context': CTX, type: 'AnnotationCollection', total: 0 }, `${CONTAINER_INDEX} id`, /is missing/],
    ['a total without first page', { '@context': CTX, id: 'urn:uuid:c', type: 'AnnotationCollection', total: 2 }, `${CONTAINER_INDEX} first`, /is missing/],
    // unique ids
    [
      'a repeated id',
      { '@context': CTX, id: 'urn:uuid:p', type: 'AnnotationPage', items: [anno(), anno({}, 'urn:uuid:a2'), anno()] },
      '2 id',
      /repeats the id of annotation 1/,
    ],
  ])('%s', (_, root, where, message) => {
    const problems = conformanceProblems(root);
    const hit = problems.find((p) => `${p.index} ${p.property}` === where);
    expect(hit, `expected a problem at ${where}, got ${JSON.stringify(found(root))}`).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('names the annotation by index and id', () => {
    const page = { '@context': CTX, id: 'urn:uuid:p', type: 'AnnotationPage', items: [anno(), anno({ created: '2024-05-02T09:31:12+02:00' }, 'urn:uuid:a2')] };
    expect(conformanceProblems(page)).toEqual([
      { index: 1, id: 'urn:uuid:a2', property: 'created', message: expect.stringContaining('2024-05-02T09:31:12+02:00') },
    ]);
  });

  it('reports every fault of an annotation, not only the first', () => {
    expect(found({ ...anno({ created: '2024-05-02T11:31:12+02:00' }), '@context': 'https://www.w3.org/ns/anno.jsonld' })).toEqual(['0 @context', '0 created']);
  });

  it('gives no problems for roots that are not W3C shapes', () => {
    expect(conformanceProblems(null)).toEqual([]);
    expect(conformanceProblems({ annotations: [] })).toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    ['urn:uuid:0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', true],
    ['https://example.org/a#b', true],
    ['mailto:a@example.org', true],
    ['anno-1', false],
    ['#uuid', false],
    ['_:b0', false],
    ['http://example.org/a b', false],
  ])('isAbsoluteIri(%j) is %s', (iri, expected) => {
    expect(isAbsoluteIri(iri)).toBe(expected);
  });

  it.each([
    ['2024-05-02T09:31:12Z', null],
    ['2000-02-29T00:00:00.5Z', null],
    ['1900-02-29T00:00:00Z', /not a valid date/],
    ['2024-13-01T00:00:00Z', /not a valid date/],
    ['2024-04-31T00:00:00Z', /not a valid date/],
    ['2024-05-02T09:31:60Z', /not a valid time/],
    ['2024-05-02T09:31:12-05:00', /offset/],
    ['2024-05-02', /not an xsd:dateTime/],
    ['2024-05-02T09:31Z', /not an xsd:dateTime/],
  ])('utcDateTimeProblem(%j)', (text, expected) => {
    const problem = utcDateTimeProblem(text);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
