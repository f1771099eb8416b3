/**
 * The library's positional search index. One dictionary of terms (folded words, `tokens.ts`)
 * for the library; per document, the sorted ids of the terms it contains, each term's token
 * positions there, and the UTF-16 start of every token. A word or phrase is found by looking
 * its rarest token up in each document's term list (a binary search, no text read) and
 * checking a small window of text around each occurrence (`library-search.ts`), so a search
 * across 50 MB reads a few kilobytes of text, not every text.
 *
 * Per-document lists rather than one global postings list: adding a document touches only
 * its own arrays and the dictionary (indexing stays a small share of import time), removing
 * one is dropping its entry, and a query pays one binary search per document and token.
 *
 * Built per document (`add`, when a document is imported), updated incrementally (`remove`,
 * `add` again when a text changes), and kept as plain data (`serialise`: typed arrays and
 * strings, storable in IndexedDB and transferable to and from a worker). Pure code: no DOM.
 */
import { TermTable } from './term-table';
import { tokenize, TOKENIZER_VERSION } from './tokens';

/** A document as the index takes it. */
export interface IndexableDocument {
  id: string;
  /** Content hash of `text`: a stored index is only reused for the same text. */
  hash: string;
  text: string;
}

/** The index data of one document (without its text). */
export interface IndexedArrays {
  /** UTF-16 start of each token, in order. */
  starts: Int32Array;
  /** Ids of the distinct terms of the document, ascending. */
  terms: Int32Array;
  /** `positions[offsets[k], offsets[k + 1])` are the token positions of `terms[k]`. */
  offsets: Int32Array;
  positions: Int32Array;
}

/** One indexed document. */
export interface IndexEntry extends IndexedArrays {
  id: string;
  hash: string;
  text: string;
}

/** The index as plain data: what is stored in IndexedDB or posted to a worker. */
export interface SerialisedIndex {
  format: 'workbench-search-index';
  version: 2;
  tokenizer: number;
  /** The terms; a term's id is its index here. */
  terms: string[];
  documents: ({ id: string; hash: string } & IndexedArrays)[];
}

/** Facts about the index, for the bench and a status line. */
export interface IndexStats {
  documents: number;
  tokens: number;
  terms: number;
}

/** The index of the binary search hit of `id` in the ascending `terms`, or -1. */
function find(terms: Int32Array, id: number): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = terms[mid];
    if (t === id) return mid;
    if (t < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The positional index of a library. */
export class SearchIndex {
  private readonly dictionary = new TermTable();
  /** Per slot: the document, or undefined once removed. Slots only grow: library order is add order. */
  private readonly entries: (IndexEntry | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  /** Per term id: occurrences across the library. */
  private frequencies = new Int32Array(1024);
  /** Per term id: scratch counts and cursors while a document is added (zero between adds). */
  private count = new Int32Array(1024);
  private cursor = new Int32Array(1024);
  private tokenCount = 0;

  /** Number of documents indexed. */
  get size(): number {
    return this.slots.size;
  }

  /** True when `id` is indexed with the text of content hash `hash`. */
  has(id: string, hash: string): boolean {
    const slot = this.slots.get(id);
    return slot !== undefined && this.entries[slot]!.hash === hash;
  }

  /** The ids of the indexed documents, in library order. */
  documentIds(): string[] {
    return [...this.slots.keys()];
  }

  /** Adds (or replaces) a document. O(length of its text). */
  add(doc: IndexableDocument): void {
    if (this.slots.has(doc.id)) this.remove(doc.id);
    const { starts, ids } = tokenize(doc.text, this.dictionary);
    this.fit(this.dictionary.size);
    const count = this.count;
    const cursor = this.cursor;
    const distinct: number[] = [];
    for (let k = 0; k < ids.length; k++) if (count[ids[k]]++ === 0) distinct.push(ids[k]);
    const terms = Int32Array.from(distinct).sort();
    const offsets = new Int32Array(terms.length + 1);
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k];
      cursor[id] = offsets[k];
      offsets[k + 1] = offsets[k] + count[id];
      this.frequencies[id] += count[id];
      count[id] = 0;
    }
    const positions = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) positions[cursor[ids[k]]++] = k;
    this.put({ id: doc.id, hash: doc.hash, text: doc.text, starts, terms, offsets, positions });
  }

  private put(entry: IndexEntry): void {
    this.slots.set(entry.id, this.entries.length);
    this.entries.push(entry);
    this.tokenCount += entry.starts.length;
  }

  /** Makes the per-term arrays hold at least `size` terms. */
  private fit(size: number): void {
    if (this.count.length >= size) return;
    const n = Math.max(size, this.count.length * 2);
    const f = new Int32Array(n);
    f.set(this.frequencies);
    this.frequencies = f;
    this.count = new Int32Array(n);
    this.cursor = new Int32Array(n);
  }

  /** Removes a document. Unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const e = this.entries[slot]!;
    for (let k = 0; k < e.terms.length; k++) this.frequencies[e.terms[k]] -= e.offsets[k + 1] - e.offsets[k];
    this.tokenCount -= e.starts.length;
    this.entries[slot] = undefined;
    this.slots.delete(id);
  }

  /** Size facts. */
  stats(): IndexStats {
    return { documents: this.slots.size, tokens: this.tokenCount, terms: this.dictionary.size };
  }

  /** Ids of the terms in use that satisfy `test`, scanning the dictionary (for partial words). */
  termsWhere(test: (term: string) => boolean): number[] {
    const out: number[] = [];
    const terms = this.dictionary.terms;
    for (let i = 0; i < terms.length; i++) if (this.frequencies[i] > 0 && test(terms[i])) out.push(i);
    return out;
  }

  /** The id of an exact term, or undefined. */
  termId(term: string): number | undefined {
    return this.dictionary.find(term);
  }

  /** Occurrences of a term across the library. */
  frequency(term: number): number {
    return this.frequencies[term] ?? 0;
  }

  /**
   * The token positions of any of `terms` (ascending ids) in the document in `slot`,
   * ascending; empty when it has none of them.
   */
  positionsIn(slot: number, terms: readonly number[]): Int32Array {
    const e = this.entries[slot];
    if (!e) return new Int32Array(0);
    if (terms.length === 1) {
      const k = find(e.terms, terms[0]);
      return k < 0 ? new Int32Array(0) : e.positions.subarray(e.offsets[k], e.offsets[k + 1]);
    }
    const parts: Int32Array[] = [];
    let total = 0;
    for (const t of terms) {
      const k = find(e.terms, t);
      if (k < 0) continue;
      parts.push(e.positions.subarray(e.offsets[k], e.offsets[k + 1]));
      total += e.offsets[k + 1] - e.offsets[k];
    }
    const out = new Int32Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return parts.length > 1 ? out.sort() : out;
  }

  /** The documents in library order. */
  *allEntries(): Generator<{ slot: number } & IndexEntry> {
    for (let slot = 0; slot < this.entries.length; slot++) {
      const e = this.entries[slot];
      if (e) yield { slot, ...e };
    }
  }

  /** The document in `slot` (undefined if removed). */
  entry(slot: number): IndexEntry | undefined {
    return this.entries[slot];
  }

  /** Number of slots (including removed documents'), for iterating in library order. */
  get slotCount(): number {
    return this.entries.length;
  }

  /**
   * The index as plain data. The typed arrays are the index's own (never changed after a
   * document is added): copy them before transferring to another thread.
   */
  serialise(): SerialisedIndex {
    const documents: SerialisedIndex['documents'] = [];
    for (const e of this.entries) {
      if (e) documents.push({ id: e.id, hash: e.hash, starts: e.starts, terms: e.terms, offsets: e.offsets, positions: e.positions });
    }
    return { format: 'workbench-search-index', version: 2, tokenizer: TOKENIZER_VERSION, terms: [...this.dictionary.terms], documents };
  }

  /**
   * Rebuilds an index from `data` and the documents' texts (`text(id)` gives the current
   * record, or undefined for a document no longer in the library). Documents whose text
   * changed (another hash) or is gone are left out and named in `stale`, for the caller to
   * `add` again or forget. Data of another format, version or tokenizer gives an empty index
   * with every document stale.
   */
  static restore(data: SerialisedIndex, text: (id: string) => IndexableDocument | undefined): { index: SearchIndex; stale: string[] } {
    const index = new SearchIndex();
    const documents = Array.isArray(data?.documents) ? data.documents : [];
    if (data.format !== 'workbench-search-index' || data.version !== 2 || data.tokenizer !== TOKENIZER_VERSION) {
      return { index, stale: documents.map((d) => d.id) };
    }
    for (const t of data.terms) index.dictionary.addString(t);
    index.fit(index.dictionary.size);
    const stale: string[] = [];
    for (const d of documents) {
      const doc = text(d.id);
      if (doc === undefined || doc.hash !== d.hash) {
        stale.push(d.id);
        continue;
      }
      for (let k = 0; k < d.terms.length; k++) index.frequencies[d.terms[k]] += d.offsets[k + 1] - d.offsets[k];
      index.put({ id: d.id, hash: d.hash, text: doc.text, starts: d.starts, terms: d.terms, offsets: d.offsets, positions: d.positions });
    }
    return { index, stale };
  }
}
