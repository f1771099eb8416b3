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

/** Folded forms of non-ASCII code points, per combination of options. */
const caches = new Map<number, Map<number, string>>();

function cacheFor(options: FoldOptions): Map<number, string> {
  const key = (options.caseSensitive ? 1 : 0) | (options.ignoreDiacritics ? 2 : 0) | (options.nbspAsSpace ? 4 : 0);
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  return cache;
}

/** Strings from UTF-16 units, in slices small enough for `fromCharCode`'s argument list. */
function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Folds `source[from, to)`. One pass over the range: ASCII is folded inline, other code points
 * through a cache, so a 2 MB text folds in a few tens of milliseconds.
 */
export function foldRange(source: string, from: number, to: number, options: FoldOptions): Folded {
  const cache = cacheFor(options);
  const lower = !options.caseSensitive;
  let units = new Uint16Array(Math.max(16, to - from));
  let origin = new Int32Array(units.length + 1);
  let n = 0;
  const grow = (need: number): void => {
    if (n + need < units.length) return;
    const size = Math.max(units.length * 2, n + need + 16);
    const u = new Uint16Array(size);
    u.set(units.subarray(0, n));
    units = u;
    const o = new Int32Array(size + 1);
    o.set(origin.subarray(0, n));
    origin = o;
  };
  for (let i = from; i < to; ) {
    const c = source.charCodeAt(i);
    if (c < 0x80) {
      if (n >= units.length) grow(1);
      units[n] = lower && c >= 0x41 && c <= 0x5a ? c + 32 : c;
      origin[n++] = i++;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let folded = cache.get(cp);
    if (folded === undefined) cache.set(cp, (folded = foldCodePoint(cp, options)));
    grow(folded.length);
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      origin[n++] = i;
    }
    i += width;
  }
  origin[n] = to;
  return { text: unitsToString(units, n), origin: origin.subarray(0, n + 1) };
}

/** Folds a whole string (a query); no origin map. */
export function foldString(s: string, options: FoldOptions): string {
  return foldRange(s, 0, s.length, options).text;
}
