import { describe, expect, it } from 'vitest';
import { nameCoderId } from '../coders/coder-ids';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Annotation, Category, DocumentRecord } from '../model';
import { contentHash } from '../text/hash';
import { collectionText, jsonStringBody } from './collection-text';
import { buildCollection, serialiseCollection, type CollectionInput, type JsonObject } from './export';

const TEXT = 'МЮЛЛЕР: Бюджет урезали 📉 на "сорок" процентов.\nSCHMIDT: You hid 🙈 those C:\\numbers!\tReally.\n';

function document(over: Partial<DocumentRecord> = {}): DocumentRecord {
  const text = over.text ?? TEXT;
  return {
    id: 'doc-1', title: 'Seminar 3', text, hash: contentHash(text), sourceName: 's3.txt',
    importedAt: '2024-05-01T08:00:00Z', lastOpenedAt: '', ...over,
  };
}

const ALEX = nameCoderId('Alex');

function annotation(quote: string, over: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    id: '0b0c8a6e-1a48-4b7e-9a4e-2f1d2c3b4a51', documentId: 'doc-1', categoryId: 'claim', start, end: start + quote.length,
    exact: quote, prefix: '', suffix: '', memo: '', coderId: ALEX, coder: 'Alex', editorId: ALEX, created: '2024-05-02T09:31:12Z',
    modified: '2024-05-02T09:40:00Z', status: 'placed', ...over,
  };
}

function input(annotations: Annotation[], over: Partial<CollectionInput> = {}): CollectionInput {
  return {
    label: 'Seminar 3', collectionId: '5f0c3c2e-8d7a-4f0b-9a51-3c1e2b7d9a10', pageId: '1c9e7a35-d2f4-4b86-a0e3-7f5b2d8c6e49',
    now: '2024-05-03T10:00:00Z', generator: { name: 'Discourse Workbench', version: '0.1.0' },
    documents: [document()], annotations, categories: [...DEFAULT_CATEGORIES], ...over,
  };
}

/**
 * The documented layout, made another way: the collection pretty-printed with a placeholder
 * for the items, which is then replaced by one `JSON.stringify` line per annotation.
 */
function expectedLayout(c: JsonObject): string {
  const first = c.first as JsonObject | undefined;
  if (!first) return `${JSON.stringify(c, null, 2)}\n`;
  const items = first.items as JsonObject[];
  const pretty = JSON.stringify({ ...c, first: { ...first, items: ['\u0000items'] } }, null, 2);
  return `${pretty.replace('"\\u0000items"', () => items.map((i) => JSON.stringify(i)).join(',\n      '))}\n`;
}

const LONE_HIGH = '\ud83d';
const LONE_LOW = '\ude48';

/** Each case: annotations (and input changes) whose file must parse to `buildCollection` exactly. */
const CASES: [string, Annotation[], Partial<CollectionInput>?][] = [
  ['a placed annotation with a memo', [annotation('Бюджет урезали 📉', { memo: 'Check the figure.' })]],
  ['quotes and backslashes in quote, context and memo', [annotation('"сорок"', { memo: 'say "why" \\ how' })]],
  ['control characters in the quote and memo', [annotation('numbers!\tReally', { memo: 'line 1\nline 2\r\u0000\u001f\u007f' })]],
  ['lone surrogates in memo, coder and an orphan quote', [
    annotation('x', { status: 'orphan', exact: `a${LONE_HIGH}b`, prefix: LONE_LOW, suffix: `${LONE_LOW}${LONE_HIGH}`, memo: LONE_HIGH, coder: `C${LONE_LOW}` }),
  ]],
  ['emoji and line/paragraph separators', [annotation('You hid 🙈', { memo: '👩‍⚖️ 🇬🇷 \u2028\u2029', coder: 'Åsa 🙂' })]],
  ['an empty memo and an empty coder', [annotation('SCHMIDT', { memo: '', coder: '' })]],
  ['an orphan with its quote only', [annotation('gone', { status: 'orphan', start: 0, end: 0, exact: 'gone', prefix: 'a ', suffix: ' b' })]],
  ['an orphan without a quote, left out', [annotation('gone', { status: 'orphan', exact: '' })]],
  ['no annotations: no page', []],
  ['a foreign id and a category missing from the codebook', [annotation('МЮЛЛЕР', { id: 'h:"x\\y', categoryId: 'gone "cat"' })]],
  ['several annotations, out of order, on two documents', [
    annotation('numbers', { id: 'b' }),
    annotation('МЮЛЛЕР', { id: 'a', documentId: 'doc-2' }),
    annotation('МЮЛЛЕР', { id: 'c' }),
  ], { documents: [document(), document({ id: 'doc-2', title: 'Title "two" \\ 🙂' })] }],
  ['a generator with a homepage and a label with quotes', [annotation('You hid')], {
    generator: { name: 'W"B', version: '1\\2', homepage: 'https://example.org/wb' }, label: 'Seminar "3"\n',
  }],
  ['a codebook with quotes, emoji and control characters', [annotation('You hid', { categoryId: 'odd' })], {
    categories: [...DEFAULT_CATEGORIES, { id: 'odd', label: 'odd "one" 🙂', definition: 'tab\there', colour: '#112233', shortcut: '', order: 9, retired: true } satisfies Category],
  }],
];

describe('collectionText', () => {
  it.each(CASES)('%s: parses to buildCollection and keeps the layout', (_name, annotations, over) => {
    const given = input(annotations, over);
    const text = collectionText(given);
    const built = buildCollection(given);
    expect(JSON.parse(text)).toEqual(built);
    expect(text).toBe(expectedLayout(built));
    expect(serialiseCollection(given)).toBe(text);
  });

  it('writes each annotation on one line of its own', () => {
    const text = collectionText(input([annotation('numbers', { id: 'b', memo: 'two\nlines' }), annotation('МЮЛЛЕР', { id: 'a' })]));
    const lines = text.split('\n').filter((l) => l.startsWith('      {"'));
    expect(lines.map((l) => (JSON.parse(l.replace(/,$/, '')) as JsonObject).id)).toEqual([
      'urn:discourse-workbench:annotation:a',
      'urn:discourse-workbench:annotation:b',
    ]);
    expect(text.endsWith('\n    ]\n  }\n}\n')).toBe(true);
  });
});

describe('jsonStringBody', () => {
  const cases: [string, string][] = [
    ['plain', 'Seminar 3'],
    ['empty', ''],
    ['quote', 'say "no"'],
    ['backslash', 'C:\\path'],
    ['control characters', 'a\nb\rc\td\u0000e\u001f'],
    ['DEL and U+2028 (not escaped by JSON)', '\u007f\u2028\u2029'],
    ['emoji (a surrogate pair)', '📉 👩‍⚖️'],
    ['lone high surrogate', `x${LONE_HIGH}`],
    ['lone low surrogate', `${LONE_LOW}x`],
    ['reversed pair', `${LONE_LOW}${LONE_HIGH}`],
    ['Cyrillic and Greek', 'Бюджет λιμάνι'],
  ];
  it.each(cases)('%s: escapes as JSON.stringify does', (_name, text) => {
    expect(`"${jsonStringBody(text)}"`).toBe(JSON.stringify(text));
    expect(JSON.parse(`"${jsonStringBody(text)}"`)).toBe(text);
  });

  it('returns a string that needs no escaping as it is', () => {
    const text = 'no escapes here, but Unicode: Бюджет';
    expect(jsonStringBody(text)).toBe(text);
  });
});
