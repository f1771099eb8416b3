import { describe, expect, it } from 'vitest';
import { searchText } from './document-search';
import { librarySearchSteps, searchLibrary, type LibraryHit } from './library-search';
import { compileQuery, type SearchOptions } from './query';
import { seededRandom as prng } from '../random';
import { SearchIndex, type IndexableDocument } from './search-index';

const WORDS = ['harbour', 'Harbour', 'HARBOUR', 'harbours', 'council', 'café', 'cafe', 'Совет', 'совета', 'Σήμερα', 'a', 'aa', '中国', '😀', 'don’t', 'co-op'];
const GLUE = [' ', ' ', ' ', '\u00a0', ', ', '. ', '\n', ' — ', '\n\n'];

function randomText(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(WORDS[Math.floor(rand() * WORDS.length)], GLUE[Math.floor(rand() * GLUE.length)]);
  }
  return out.join('');
}

function library(n: number, seed = 7): IndexableDocument[] {
  const rand = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const text = randomText(rand, 60 + Math.floor(rand() * 200));
    return { id: `doc-${i}`, hash: `h${i}-${text.length}`, text };
  });
}

function indexOf(docs: readonly IndexableDocument[]): SearchIndex {
  const index = new SearchIndex();
  for (const d of docs) index.add(d);
  return index;
}

/** What scanning each text with the in-document search finds, as library hits. */
function scan(docs: readonly IndexableDocument[], query: string, options: SearchOptions): LibraryHit[] {
  const q = compileQuery(query, options);
  if (!q.ok) throw new Error(q.error);
  return docs.flatMap((d) => searchText(d.text, q.value).hits.map((h) => ({ documentId: d.id, ...h })));
}

function viaIndex(index: SearchIndex, query: string, options: SearchOptions) {
  const q = compileQuery(query, options);
  if (!q.ok) throw new Error(q.error);
  return searchLibrary(index, q.value);
}

describe('library search through the positional index', () => {
  const docs = library(40);
  const index = indexOf(docs);

  it.each<[string, SearchOptions]>([
    ['harbour', {}],
    ['harbour', { wholeWord: true }],
    ['harbour', { caseSensitive: true }],
    ['arbou', {}],
    ['bours', {}],
    ['harbour council', {}],
    ['harbour council', { nbspAsSpace: false }],
    ['cafe', { ignoreDiacritics: true }],
    ['café', {}],
    ['совет', {}],
    ['σημερα', { ignoreDiacritics: true }],
    ['a a', {}],
    ['a aa', { wholeWord: true }],
    ['aa a', {}],
    ['国', {}],
    ['中国 😀', {}],
    ['don’t', {}],
    ['t co', {}],
    [', harbour', {}],
    ['harbour.', {}],
    ['our, coun', {}],
  ])('finds exactly what scanning every text finds: %j %j', (query, options) => {
    const result = viaIndex(index, query, options);
    expect(result.usedIndex).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.hits).toEqual(scan(docs, query, options));
    // Every query of the table occurs in the generated library: the comparison is not of two empty lists.
    expect(result.hits.length).toBeGreaterThan(0);
  });

  it('scans the texts for a regular expression or a query without words', () => {
    for (const [query, options] of [
      ['harbou?rs?', { regex: true }],
      ['\\bco', { regex: true, caseSensitive: true }],
      [' — ', {}],
    ] as const) {
      const result = viaIndex(index, query, options);
      expect(result.usedIndex).toBe(false);
      expect(result.hits).toEqual(scan(docs, query, options));
    }
  });

  it('reads only the documents that contain the rarest word', () => {
    const rare: IndexableDocument = { id: 'rare', hash: 'r', text: 'The zeppelin over the harbour.' };
    const withRare = indexOf([...docs, rare]);
    const q = compileQuery('zeppelin over the harbour');
    if (!q.ok) throw new Error(q.error);
    const progress = [...librarySearchSteps(withRare, q.value)];
    // One step per document read: just the one.
    expect(progress).toEqual([{ documentsDone: 1, documentsTotal: 41, hits: 1 }]);
  });

  it('finds words longer than a term keeps, whole or in part', () => {
    const long = 'x'.repeat(150) + 'harbour' + 'y'.repeat(150);
    const docs2: IndexableDocument[] = [...docs.slice(0, 3), { id: 'long', hash: 'l', text: `A ${long} word and ${long.slice(0, 130)} too.` }];
    const ix = indexOf(docs2);
    for (const [query, options] of [
      [long, {}],
      [long, { wholeWord: true }],
      ['harbour', {}],
      ['yyyy word', {}],
      [long.slice(0, 130), { wholeWord: true }],
    ] as const) {
      const result = viaIndex(ix, query, options);
      expect(result.hits).toEqual(scan(docs2, query, options));
      expect(result.hits.some((h) => h.documentId === 'long'), query.slice(0, 20)).toBe(true);
    }
  });

  it('searches a selection of documents', () => {
    const some = new Set(['doc-3', 'doc-5']);
    const q = compileQuery('harbour');
    if (!q.ok) throw new Error(q.error);
    const hits = searchLibrary(index, q.value, { documents: some }).hits;
    expect(new Set(hits.map((h) => h.documentId))).toEqual(some);
    expect(hits).toEqual(scan(docs.filter((d) => some.has(d.id)), 'harbour', {}));
  });

  it('stops when asked and at the hit limit, saying it is incomplete', () => {
    const q = compileQuery('harbour');
    if (!q.ok) throw new Error(q.error);
    let asked = 0;
    const stopped = searchLibrary(index, q.value, { shouldStop: () => ++asked > 3 });
    expect(stopped.complete).toBe(false);
    const limited = searchLibrary(index, q.value, { limit: 5 });
    expect([limited.complete, limited.hits.length]).toEqual([false, 5]);
  });
});

describe('index updates and storage', () => {
  const docs = library(12, 99);

  it('removing and re-adding documents gives the same answers as building afresh', () => {
    const index = indexOf(docs);
    const changed = { ...docs[4], text: 'A new harbour text. Harbour council.', hash: 'changed' };
    index.remove('doc-2');
    index.add(changed);
    index.remove('missing'); // ignored
    const now = docs.filter((d) => d.id !== 'doc-2').map((d) => (d.id === 'doc-4' ? changed : d));
    const fresh = indexOf(now);
    for (const query of ['harbour', 'harbour council', 'cafe']) {
      const a = viaIndex(index, query, {}).hits;
      const b = viaIndex(fresh, query, {}).hits;
      // The changed document was indexed last: compare as sets of hits.
      const key = (h: LibraryHit) => `${h.documentId}:${h.start}:${h.end}`;
      expect(new Set(a.map(key))).toEqual(new Set(b.map(key)));
      expect(a.length).toBe(scan(now, query, {}).length);
    }
    expect(index.has('doc-4', 'changed')).toBe(true);
    expect(index.has('doc-2', docs[2].hash)).toBe(false);
    expect(index.stats().documents).toBe(11);
  });

  it('serialises to plain data (structured-cloneable) and restores with the texts', () => {
    const index = indexOf(docs);
    index.remove('doc-0');
    const data = structuredClone(index.serialise());
    expect(data.documents.every((d) => d.starts instanceof Int32Array)).toBe(true);
    const byId = new Map(docs.map((d) => [d.id, d]));
    const { index: restored, stale } = SearchIndex.restore(data, (id) => byId.get(id));
    expect(stale).toEqual([]);
    for (const query of ['harbour', 'a aa', 'совет']) expect(viaIndex(restored, query, {}).hits).toEqual(viaIndex(index, query, {}).hits);
    restored.add(docs[0]);
    expect(restored.stats().documents).toBe(12);
  });

  it('leaves out, and names, documents whose text changed or is gone', () => {
    const data = indexOf(docs).serialise();
    const byId = new Map(docs.map((d) => [d.id, d]));
    byId.set('doc-1', { ...docs[1], hash: 'edited', text: 'harbour' });
    byId.delete('doc-2');
    const { index, stale } = SearchIndex.restore(data, (id) => byId.get(id));
    expect(stale).toEqual(['doc-1', 'doc-2']);
    const ids = new Set(viaIndex(index, 'harbour', {}).hits.map((h) => h.documentId));
    expect(ids.has('doc-1') || ids.has('doc-2')).toBe(false);
    expect(SearchIndex.restore({ ...data, tokenizer: 0 }, (id) => byId.get(id)).stale).toHaveLength(12);
  });
});
