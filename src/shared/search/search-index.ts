/**
 * The library's positional search index: for every term (a folded word, `tokens.ts`) the
 * documents it occurs in and its token positions there; for every document the UTF-16 start
 * of each token. A word or phrase is found by looking up its rarest token and checking a small
 * window of text around each occurrence (`library-search.ts`), so a search across 50 MB reads
 * a few kilobytes of text, not every text.
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

/** One indexed document. */
interface Entry {
  id: string;
  hash: string;
  text: string;
  /** UTF-16 start of each token, in order. */
  starts: Int32Array;
  /** Ids of the distinct terms of the document (for removal). */
  terms: Int32Array;
}

/** The index as plain data: what is stored in IndexedDB or posted to a worker. */
export interface SerialisedIndex {
  format: 'workbench-search-index';
  version: 1;
  tokenizer: number;
  /** The documents in slot order: the `doc` numbers of `postings` index this list. */
  documents: { id: string; hash: string; starts: Int32Array; terms: Int32Array }[];
  /** The terms; a term's id is its index here. */
  terms: string[];
  /** Per term: blocks of `[doc, count, position…]`, docs ascending. */
  postings: Int32Array[];
}

/** Facts about the index, for the bench and a status line. */
export interface IndexStats {
  documents: number;
  tokens: number;
  terms: number;
}

/** The positional index of a library. */
export class SearchIndex {
  private readonly dictionary = new TermTable();
  /** Per term id: `[slot, count, position…]` blocks, slots ascending. */
  private readonly postings: IntList[] = [];
  /** Per slot: the document, or undefined once removed. Slots only grow, so blocks stay in order. */
  private readonly entries: (Entry | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  /** Per term id: occurrences in the document being added (zero between adds). */
  private scratch = new Int32Array(1024);
  /** Per term id: where the next position goes while grouping a document's tokens. */
  private cursor = new Int32Array(1024);
  private tokenCount = 0;

  private get terms(): string[] {
    return this.dictionary.terms;
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.slots.size;
  }

  /** True when `id` is indexed with the text of content hash `hash`. */
  has(id: string, hash: string): boolean {
    const slot = this.slots.get(id);
    return slot !== undefined && this.entries[slot]!.hash === hash;
  }

  /** The ids of the indexed documents, in the order they were added. */
  documentIds(): string[] {
    return [...this.slots.keys()];
  }

  /** Adds (or replaces) a document. O(length of its text). */
  add(doc: IndexableDocument): void {
    if (this.slots.has(doc.id)) this.remove(doc.id);
    const { starts, ids } = tokenize(doc.text, this.dictionary);
    while (this.postings.length < this.terms.length) this.postings.push(new IntList());
    this.addTokens(doc, starts, ids);
  }

  /** Files the tokens of a document under a new slot. */
  private addTokens(doc: IndexableDocument, starts: Int32Array, ids: Int32Array): void {
    const slot = this.entries.length;
    if (this.scratch.length < this.terms.length) {
      this.scratch = grow(this.scratch, Math.max(this.terms.length, this.scratch.length * 2));
      this.cursor = new Int32Array(this.scratch.length);
    }
    const count = this.scratch;
    const cursor = this.cursor;
    const distinct: number[] = [];
    for (let k = 0; k < ids.length; k++) if (count[ids[k]]++ === 0) distinct.push(ids[k]);
    // Group the positions by term (counting sort), then append one block per term.
    let offset = 0;
    for (const id of distinct) {
      cursor[id] = offset;
      offset += count[id];
    }
    const grouped = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) grouped[cursor[ids[k]]++] = k;
    offset = 0;
    for (const id of distinct) {
      const c = count[id];
      this.postings[id].append(slot, c, grouped.subarray(offset, offset + c));
      offset += c;
      count[id] = 0;
    }
    this.entries.push({ id: doc.id, hash: doc.hash, text: doc.text, starts, terms: Int32Array.from(distinct) });
    this.slots.set(doc.id, slot);
    this.tokenCount += ids.length;
  }

  /** Removes a document; its terms' postings lose its block. Unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const entry = this.entries[slot]!;
    for (const term of entry.terms) {
      const list = this.postings[term];
      const data = list.data;
      for (let i = 0; i < list.length; i += 2 + data[i + 1]) {
        if (data[i] === slot) {
          list.cut(i, 2 + data[i + 1]);
          break;
        }
      }
    }
    this.tokenCount -= entry.starts.length;
    this.entries[slot] = undefined;
    this.slots.delete(id);
  }

  /** Size facts. */
  stats(): IndexStats {
    return { documents: this.slots.size, tokens: this.tokenCount, terms: this.terms.length };
  }

  /** Ids of the terms satisfying `test`, scanning the dictionary (for partial words). */
  termsWhere(test: (term: string) => boolean): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.terms.length; i++) if (this.postings[i].length > 0 && test(this.terms[i])) out.push(i);
    return out;
  }

  /** The id of an exact term, or undefined. */
  termId(term: string): number | undefined {
    return this.dictionary.find(term);
  }

  /** Occurrences of a term across the library. */
  frequency(term: number): number {
    const list = this.postings[term].view();
    return list.length === 0 ? 0 : list.length - countBlocks(list) * 2;
  }

  /** The postings of a term: `[slot, count, position…]` blocks, slots ascending. Read-only. */
  postingsOf(term: number): Int32Array {
    return this.postings[term].view();
  }

  /** The document in `slot` (undefined if removed). */
  entry(slot: number): { id: string; text: string; starts: Int32Array } | undefined {
    return this.entries[slot];
  }

  /** The slot of a document id. */
  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** The documents in slot order. */
  *allEntries(): Generator<{ slot: number; id: string; text: string; starts: Int32Array }> {
    for (let slot = 0; slot < this.entries.length; slot++) {
      const e = this.entries[slot];
      if (e) yield { slot, id: e.id, text: e.text, starts: e.starts };
    }
  }

  /**
   * The index as plain data, slots renumbered densely. Typed arrays are copies, so the
   * result can be transferred to another thread.
   */
  serialise(): SerialisedIndex {
    const renumber = new Map<number, number>();
    const documents: SerialisedIndex['documents'] = [];
    for (let slot = 0; slot < this.entries.length; slot++) {
      const e = this.entries[slot];
      if (!e) continue;
      renumber.set(slot, documents.length);
      documents.push({ id: e.id, hash: e.hash, starts: e.starts.slice(), terms: e.terms.slice() });
    }
    const postings = this.postings.map((list) => {
      const out = list.view().slice();
      for (let i = 0; i < out.length; i += 2 + out[i + 1]) out[i] = renumber.get(out[i])!;
      return out;
    });
    return { format: 'workbench-search-index', version: 1, tokenizer: TOKENIZER_VERSION, documents, terms: [...this.terms], postings };
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
    if (data.format !== 'workbench-search-index' || data.version !== 1 || data.tokenizer !== TOKENIZER_VERSION) {
      return { index, stale: data.documents?.map((d) => d.id) ?? [] };
    }
    for (const t of data.terms) index.dictionary.addString(t);
    const stale: string[] = [];
    const keep: boolean[] = [];
    data.documents.forEach((d, slot) => {
      const doc = text(d.id);
      const ok = doc !== undefined && doc.hash === d.hash;
      keep.push(ok);
      if (!ok) {
        stale.push(d.id);
        index.entries.push(undefined);
        return;
      }
      index.entries.push({ id: d.id, hash: d.hash, text: doc.text, starts: d.starts, terms: d.terms });
      index.slots.set(d.id, slot);
      index.tokenCount += d.starts.length;
    });
    for (const list of data.postings) {
      const out = new IntList(list.length);
      for (let i = 0; i < list.length; i += 2 + list[i + 1]) {
        if (keep[list[i]]) out.append(list[i], list[i + 1], list.subarray(i + 2, i + 2 + list[i + 1]));
      }
      index.postings.push(out);
    }
    return { index, stale };
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** A growable list of 32-bit integers: one term's postings. */
class IntList {
  data: Int32Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(Math.max(4, capacity));
  }

  /** Appends a block `[slot, count, …positions]`. */
  append(slot: number, count: number, positions: Int32Array): void {
    const need = this.length + 2 + positions.length;
    if (need > this.data.length) this.data = grow(this.data, Math.max(need, this.data.length * 2));
    this.data[this.length] = slot;
    this.data[this.length + 1] = count;
    this.data.set(positions, this.length + 2);
    this.length = need;
  }

  /** Removes `count` entries from `from`. */
  cut(from: number, count: number): void {
    this.data.copyWithin(from, from + count, this.length);
    this.length -= count;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Number of blocks in a postings list. */
function countBlocks(list: Int32Array): number {
  let n = 0;
  for (let i = 0; i < list.length; i += 2 + list[i + 1]) n++;
  return n;
}
