/**
 * Tokens of the search index: the words (`text/words.ts`) of a text folded with `INDEX_FOLD`
 * (no case, no diacritics, no-break spaces as spaces), with the UTF-16 offset in the source
 * where each begins. A query is cut into tokens the same way.
 */
import { codePointBefore, forEachWord, wordKind } from '../text/words';
import { FOLD_DROP, FOLD_MANY, foldRange, INDEX_FOLD, unitFolder } from './fold';
import { HASH_START, hashUnit, TermTable } from './term-table';

/** Version of the tokenizer; a stored index made by another version is rebuilt. */
export const TOKENIZER_VERSION = 1;

/**
 * Longest term kept, in UTF-16 units. A longer word is indexed by its first units followed by
 * `LONG_MARK`, and such terms are candidates for every partial query token (the matcher then
 * decides), so no hit is lost to the cut.
 */
export const MAX_TERM_UNITS = 120;

/** Ends a cut term; U+FFFF never occurs inside a word. */
export const LONG_MARK = '\uffff';

/**
 * Per BMP code unit of the source: `(kind << 16) | folded unit` under `INDEX_FOLD` for a unit
 * that folds to one unit, `DROPPED` for one that folds to nothing, `SLOW` for a surrogate or a
 * unit that folds to several, `UNSEEN` before the first look. One lookup per character.
 */
const TABLE = new Int32Array(0x10000).fill(-1);
const UNSEEN = -1;
const DROPPED = -2;
const SLOW = -3;

function learnUnit(c: number): number {
  const e = unitFolder(INDEX_FOLD).entry(c);
  const v = e === FOLD_DROP ? DROPPED : e === FOLD_MANY ? SLOW : (wordKind(e) << 16) | e;
  TABLE[c] = v;
  return v;
}

/** The tokens of a text: per token, its UTF-16 start in the source and its term id. */
export interface Tokens {
  starts: Int32Array<ArrayBuffer>;
  ids: Int32Array<ArrayBuffer>;
}

function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Growable token arrays and the current token, shared by the fast and the slow path. */
class TokenSink {
  starts = new Int32Array(64);
  ids = new Int32Array(64);
  count = 0;
  constructor(
    private readonly terms: TermTable,
    size: number,
  ) {
    this.starts = new Int32Array(Math.max(64, size));
    this.ids = new Int32Array(this.starts.length);
  }

  /** Files a token of `length` units of `buffer` with hash `hash`, cut if `long`. */
  emit(buffer: Uint16Array, length: number, hash: number, long: boolean, start: number): void {
    if (long) {
      buffer[MAX_TERM_UNITS] = 0xffff;
      hash = hashUnit(hash, 0xffff);
      length = MAX_TERM_UNITS + 1;
    }
    if (this.count === this.starts.length) {
      this.starts = doubled(this.starts);
      this.ids = doubled(this.ids);
    }
    this.starts[this.count] = start;
    this.ids[this.count++] = this.terms.intern(buffer, length, hash);
  }
}

/**
 * The tokens of `text`, in order, with their terms interned in `terms`. One pass: each unit is
 * folded with `INDEX_FOLD` and classified by one table lookup and hashed into the current
 * token; only new terms become strings. The loop is written out by hand, without closures
 * (which would move its variables out of registers), and its first branch is the common case,
 * a unit inside a word: it runs once per character of every imported text.
 */
export function tokenize(text: string, terms: TermTable): Tokens {
  const folder = unitFolder(INDEX_FOLD);
  const sink = new TokenSink(terms, text.length >> 2);
  const buffer = new Uint16Array(MAX_TERM_UNITS + 3);
  let length = 0;
  let hash = HASH_START;
  let start = 0;
  let long = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let v = TABLE[c];
    if (v >= 0x10000 && v < 0x20000) {
      // Kind 1: inside a word.
      if (length === 0) start = i;
      if (length < MAX_TERM_UNITS) {
        const u = v & 0xffff;
        buffer[length++] = u;
        hash = hashUnit(hash, u);
      } else long = true;
      continue;
    }
    if (v === UNSEEN) {
      v = learnUnit(c);
      if (v >= 0x10000 && v < 0x20000) {
        i--; // learnt: take it again through the fast branch
        continue;
      }
    }
    if (v >= 0) {
      // Kind 0 (not a word) or 2 (a word on its own).
      if (length > 0) {
        sink.emit(buffer, length, hash, long, start);
        length = 0;
        hash = HASH_START;
        long = false;
      }
      if (v >= 0x20000) {
        const u = v & 0xffff;
        buffer[0] = u;
        sink.emit(buffer, 1, hashUnit(HASH_START, u), false, i);
      }
      continue;
    }
    if (v === DROPPED) continue;
    // A surrogate pair, a lone surrogate, or a unit that folds to several units.
    const cp = text.codePointAt(i)!;
    const folded = folder.folded(cp);
    for (let k = 0; k < folded.length; ) {
      const q = folded.codePointAt(k)!;
      const width = q > 0xffff ? 2 : 1;
      const kind = wordKind(q);
      if (kind !== 1 && length > 0) {
        sink.emit(buffer, length, hash, long, start);
        length = 0;
        hash = HASH_START;
        long = false;
      }
      if (kind !== 0) {
        if (length === 0) start = i;
        for (let w = 0; w < width; w++) {
          const u = folded.charCodeAt(k + w);
          if (length < MAX_TERM_UNITS) {
            buffer[length++] = u;
            hash = hashUnit(hash, u);
          } else long = true;
        }
        if (kind === 2) {
          sink.emit(buffer, length, hash, long, start);
          length = 0;
          hash = HASH_START;
          long = false;
        }
      }
      k += width;
    }
    if (cp > 0xffff) i++;
  }
  if (length > 0) sink.emit(buffer, length, hash, long, start);
  return { starts: sink.starts.slice(0, sink.count), ids: sink.ids.subarray(0, sink.count) };
}

/** The folded terms of a text, in order (for tests and queries): what `tokenize` interns. */
export function termsOf(text: string): string[] {
  const table = new TermTable();
  return [...tokenize(text, table).ids].map((id) => table.terms[id]);
}

/** How one query token may match a term of the index. */
export type TokenMatch = 'exact' | 'suffix' | 'prefix' | 'inside';

/** A query token: its folded term and how a term of the text must relate to it. */
export interface QueryToken {
  term: string;
  match: TokenMatch;
}

/**
 * The tokens of a plain query. A query that begins inside a word (its first character is a
 * word character) may begin anywhere in the text's word, so its first token matches a term's
 * end ("bour" in "harbour"); likewise at the end; unless the search is for whole words. A
 * single token open at both ends matches anywhere inside a term. Han and kana characters are
 * whole tokens: they always match exactly.
 */
export function queryTokens(query: string, wholeWord: boolean): QueryToken[] {
  const f = foldRange(query, 0, query.length, INDEX_FOLD).text;
  const ranges: { a: number; b: number }[] = [];
  forEachWord(f, 0, f.length, (a, b) => ranges.push({ a, b }));
  if (ranges.length === 0) return [];
  const opensLeft = !wholeWord && ranges[0].a === 0 && wordKind(f.codePointAt(0)!) === 1;
  const last = ranges[ranges.length - 1];
  const opensRight = !wholeWord && last.b === f.length && wordKind(codePointBefore(f, f.length)) === 1;
  return ranges.map(({ a, b }, i) => {
    const left = i === 0 && opensLeft;
    const right = i === ranges.length - 1 && opensRight;
    return { term: f.slice(a, b), match: left && right ? 'inside' : left ? 'suffix' : right ? 'prefix' : 'exact' };
  });
}

/**
 * True when the term `t` of the text may satisfy the query token. A cut term (a very long
 * word, ending in `LONG_MARK`) may satisfy any partial token: the matcher decides.
 */
export function tokenMatches(token: QueryToken, t: string): boolean {
  if (t.endsWith(LONG_MARK)) return token.match !== 'exact' || t.slice(0, -1) === token.term.slice(0, MAX_TERM_UNITS);
  switch (token.match) {
    case 'exact':
      return t === token.term;
    case 'suffix':
      return t.endsWith(token.term);
    case 'prefix':
      return t.startsWith(token.term);
    case 'inside':
      return t.includes(token.term);
  }
}
