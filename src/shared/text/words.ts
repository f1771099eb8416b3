/**
 * What a word is, in one place: the search index, concordance sort keys, whole-word search and
 * the word counts of speaker turns all use these functions.
 *
 * A word is a run of letters, combining marks and digits (any script). Han, Hiragana and
 * Katakana characters, written without spaces between words, are each a word of their own, so
 * that a phrase in Chinese or Japanese can still be found word by word.
 */

const WORD = /[\p{L}\p{M}\p{N}]/u;
const SINGLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Per code point: 0 not a word character, 1 word character, 2 a word on its own. Filled lazily. */
const kinds = new Map<number, number>();

/** 0 when `cp` is not part of a word, 1 when it is, 2 when it is a word by itself (Han, kana). */
export function wordKind(cp: number): 0 | 1 | 2 {
  if (cp < 0x80) {
    // a-z, A-Z, 0-9: the common case without a map lookup.
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) ? 1 : 0;
  }
  let kind = kinds.get(cp);
  if (kind === undefined) {
    const s = String.fromCodePoint(cp);
    kind = SINGLE.test(s) ? 2 : WORD.test(s) ? 1 : 0;
    kinds.set(cp, kind);
  }
  return kind as 0 | 1 | 2;
}

/** True when the code point is a letter, mark or digit. */
export function isWordCodePoint(cp: number): boolean {
  return wordKind(cp) !== 0;
}

/** The code point that starts at UTF-16 index `i` (a lone surrogate counts as itself). */
export function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** The code point that ends just before UTF-16 index `i`, or -1 at the start of the text. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** A word's UTF-16 range in a text, half-open. */
export interface WordRange {
  start: number;
  end: number;
}

/**
 * Calls `visit` for every word of `text[from, to)` in order. Returns the number of words.
 * Runs in one pass; a word that starts before `from` or ends after `to` is cut at the edges.
 */
export function forEachWord(text: string, from: number, to: number, visit?: (start: number, end: number) => void): number {
  let count = 0;
  let start = -1;
  for (let i = from; i < to; ) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    const kind = wordKind(cp);
    if (kind === 2) {
      if (start >= 0) {
        visit?.(start, i);
        count++;
      }
      visit?.(i, i + width);
      count++;
      start = -1;
    } else if (kind === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit?.(start, i);
      count++;
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    visit?.(start, to);
    count++;
  }
  return count;
}

/** Number of words in `text[from, to)` (the whole text by default). */
export function countWords(text: string, from = 0, to = text.length): number {
  return forEachWord(text, from, to);
}

/** The words of `text[from, to)` as ranges. */
export function wordsIn(text: string, from = 0, to = text.length): WordRange[] {
  const out: WordRange[] = [];
  forEachWord(text, from, to, (start, end) => out.push({ start, end }));
  return out;
}

/**
 * True when UTF-16 index `i` of `text` is a word boundary: at either end of the text, or
 * between two code points that are not both inside one word (a Han character or kana is a word
 * on its own, so there is a boundary on each side of it).
 */
export function isWordBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = wordKind(codePointBefore(text, i));
  const after = wordKind(codePointAt(text, i));
  return !(before === 1 && after === 1);
}
