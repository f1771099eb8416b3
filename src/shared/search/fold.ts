/**
 * Folding: the text and the query are compared after folding, code point by code point, so
 * that a search can ignore case, diacritics, and the difference between a no-break space and
 * a space. Each folded unit remembers which code point of the source it came from, so a hit
 * in the folded text maps back to a range of the source that never splits a surrogate pair
 * (or a letter from its combining marks).
 */

/** How text is compared. */
export interface FoldOptions {
  /** Keep upper and lower case apart. */
  caseSensitive: boolean;
  /** Ignore diacritics: "café" finds "cafe" and "Ärger" finds "arger". */
  ignoreDiacritics: boolean;
  /** A no-break space (and the other Unicode spaces) counts as a space. */
  nbspAsSpace: boolean;
}

/** The folding of the search index: everything that can be ignored is. */
export const INDEX_FOLD: FoldOptions = { caseSensitive: false, ignoreDiacritics: true, nbspAsSpace: true };

/** A folded range of a source text. */
export interface Folded {
  /** The folded text. */
  text: string;
  /**
   * For each UTF-16 unit of `text`, the UTF-16 index in the source where its code point
   * starts; one more entry at the end holds the end of the range. A hit `[a, b)` of `text`
   * is `[origin[a], origin[b])` in the source.
   */
  origin: Int32Array;
}

/** Spaces other than U+0020 that count as one when `nbspAsSpace` is set. */
const SPACES = new Set([0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);

/** Letters that carry a diacritic without decomposing into letter + mark. */
const STROKED = new Map([
  ['ł', 'l'], ['Ł', 'L'], ['ø', 'o'], ['Ø', 'O'], ['đ', 'd'], ['Đ', 'D'], ['ħ', 'h'], ['Ħ', 'H'],
]);

const MARKS = /\p{M}/gu;

/** The folded form of one code point. */
function foldCodePoint(cp: number, options: FoldOptions): string {
  if (options.nbspAsSpace && SPACES.has(cp)) return ' ';
  let s = String.fromCodePoint(cp);
  if (!options.caseSensitive) {
    s = s.toLowerCase();
    // Final sigma is a sigma; the long s an s.
    if (s === 'ς') s = 'σ';
    else if (s === 'ſ') s = 's';
  }
  if (options.ignoreDiacritics) {
    s = s.normalize('NFD').replace(MARKS, '');
    s = STROKED.get(s) ?? s;
  }
  return s;
}

/**
 * Per combination of options: the folding of every BMP code unit, filled as met. An entry
 * >= 0 is the one unit it folds to; `DROP` folds to nothing (a combining mark); `MANY` folds
 * to several units, kept in `many`; `UNKNOWN` is not computed yet. Astral code points (emoji)
 * go through `many` too.
 */
interface FoldTable {
  units: Int32Array;
  many: Map<number, string>;
}
const UNKNOWN = -1;
const DROP = -2;
const MANY = -3;
const tables = new Map<number, FoldTable>();

function tableFor(options: FoldOptions): FoldTable {
  const key = (options.caseSensitive ? 1 : 0) | (options.ignoreDiacritics ? 2 : 0) | (options.nbspAsSpace ? 4 : 0);
  let table = tables.get(key);
  if (!table) {
    table = { units: new Int32Array(0x10000).fill(UNKNOWN), many: new Map() };
    tables.set(key, table);
  }
  return table;
}

/** Fills the table entry of BMP code unit `c` (not a surrogate). */
function learn(table: FoldTable, c: number, options: FoldOptions): number {
  const folded = foldCodePoint(c, options);
  let entry: number;
  if (folded.length === 0) entry = DROP;
  else if (folded.length === 1) entry = folded.charCodeAt(0);
  else {
    table.many.set(c, folded);
    entry = MANY;
  }
  table.units[c] = entry;
  return entry;
}

/** The fold of one code unit, for a caller that walks the text itself (the index tokenizer). */
export interface UnitFolder {
  /**
   * For a BMP code unit that is not a surrogate: the unit it folds to (>= 0), `FOLD_DROP`
   * (nothing) or `FOLD_MANY` (several units: ask `folded`). Surrogates always give `FOLD_MANY`.
   */
  entry(c: number): number;
  /** What code point `cp` folds to, as a string. */
  folded(cp: number): string;
}

/** `UnitFolder.entry`: folds to nothing. */
export const FOLD_DROP = DROP;
/** `UnitFolder.entry`: folds to several units, or is a surrogate. */
export const FOLD_MANY = MANY;

/** A `UnitFolder` for `options`, sharing the lookup tables of `foldRange`. */
export function unitFolder(options: FoldOptions): UnitFolder {
  const table = tableFor(options);
  const map = table.units;
  return {
    entry(c) {
      if (c >= 0xd800 && c <= 0xdfff) return MANY;
      const e = map[c];
      return e === UNKNOWN ? learn(table, c, options) : e;
    },
    folded(cp) {
      let f = table.many.get(cp);
      if (f === undefined) table.many.set(cp, (f = foldCodePoint(cp, options)));
      return f;
    },
  };
}

/** Scratch buffers reused by `foldRange(…, reuse)`: small windows fold without allocating. */
let scratchUnits = new Uint16Array(4096);
let scratchOrigin = new Int32Array(4097);

/** Strings from UTF-16 units, in slices small enough for `fromCharCode`'s argument list. */
function unitsToString(units: Uint16Array, length: number): string {
  if (length <= 8192) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Folds `source[from, to)`. One pass over the range with a lookup table per combination of
 * options, so a 2 MB text folds in a few milliseconds. With `reuse`, the origin map is a view
 * of a scratch buffer that the next `reuse` call overwrites (for windows matched at once).
 */
export function foldRange(source: string, from: number, to: number, options: FoldOptions, reuse = false): Folded {
  const { units, origin, length } = foldUnits(source, from, to, options, reuse);
  return { text: unitsToString(units, length), origin: origin.subarray(0, length + 1) };
}

/** A folded range as units, without making a string of them. */
export interface FoldedUnits {
  /** The folded units; only the first `length` are meaningful. */
  units: Uint16Array;
  /** As in `Folded`: `origin[length]` is the end of the range. */
  origin: Int32Array;
  length: number;
}

/**
 * Folds `source[from, to)` into units. With `reuse` the arrays are the scratch buffers, valid
 * until the next call with `reuse` (a small window is folded and searched without allocating).
 */
export function foldUnits(source: string, from: number, to: number, options: FoldOptions, reuse = false): FoldedUnits {
  const table = tableFor(options);
  const map = table.units;
  let capacity = Math.max(16, to - from);
  let units: Uint16Array<ArrayBuffer>;
  let origin: Int32Array<ArrayBuffer>;
  if (reuse) {
    if (scratchUnits.length < capacity) {
      scratchUnits = new Uint16Array(capacity * 2);
      scratchOrigin = new Int32Array(capacity * 2 + 1);
    }
    units = scratchUnits;
    origin = scratchOrigin;
    capacity = units.length;
  } else {
    units = new Uint16Array(capacity);
    origin = new Int32Array(capacity + 1);
  }
  let n = 0;
  const grow = (need: number): void => {
    if (n + need < capacity) return;
    capacity = Math.max(capacity * 2, n + need + 16);
    const u = new Uint16Array(capacity);
    u.set(units.subarray(0, n));
    units = u;
    const o = new Int32Array(capacity + 1);
    o.set(origin.subarray(0, n));
    origin = o;
    if (reuse) {
      scratchUnits = units;
      scratchOrigin = origin;
    }
  };
  for (let i = from; i < to; ) {
    const c = source.charCodeAt(i);
    let entry = c >= 0xd800 && c <= 0xdfff ? MANY : map[c];
    if (entry === UNKNOWN) entry = learn(table, c, options);
    if (entry >= 0) {
      if (n + 1 >= capacity) grow(1);
      units[n] = entry;
      origin[n++] = i++;
      continue;
    }
    if (entry === DROP) {
      i++;
      continue;
    }
    // Several units, or an astral code point (or a lone surrogate).
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let folded = table.many.get(cp);
    if (folded === undefined) table.many.set(cp, (folded = foldCodePoint(cp, options)));
    grow(folded.length);
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      origin[n++] = i;
    }
    i += width;
  }
  origin[n] = to;
  return { units, origin, length: n };
}

/** Folds a whole string (a query); no origin map. */
export function foldString(s: string, options: FoldOptions): string {
  return foldRange(s, 0, s.length, options).text;
}
