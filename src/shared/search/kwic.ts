/**
 * Keyword in context: a concordance row per hit (left context, hit, right context, document,
 * speaker, turn) and the orders a concordance is read in: by position, or by the words to the
 * left or right of the hit (the first, second, … word away from it).
 */
import { codePointAt, codePointBefore, forEachWord, isWordBoundary } from '../text/words';
import { exclusionAt, speakerAt, type TranscriptStructure } from '../transcript/structure';

/** Default context on each side, in code points. */
export const DEFAULT_CONTEXT = 40;

/** Words on each side kept for sorting. */
export const SORT_WORDS = 5;

/** One concordance row. Offsets are UTF-16 units of the document's text. */
export interface KwicRow {
  documentId: string;
  start: number;
  end: number;
  /** Up to `context` code points before the hit. */
  left: string;
  match: string;
  /** Up to `context` code points after the hit. */
  right: string;
  /** Speaker of the turn the hit starts in (aliases applied), or null. */
  speaker: string | null;
  turn: number | null;
  /** The hit starts in a region marked as not speech. */
  excluded: boolean;
  /** The words before the hit, nearest first (at most `SORT_WORDS`), lower-cased. */
  leftWords: string[];
  /** The words after the hit, nearest first (at most `SORT_WORDS`), lower-cased. */
  rightWords: string[];
}

/** UTF-16 index `n` code points before `i` (or 0). */
function back(text: string, i: number, n: number): number {
  for (let k = 0; k < n && i > 0; k++) i -= codePointBefore(text, i) > 0xffff ? 2 : 1;
  return i;
}

/** UTF-16 index `n` code points after `i` (or the end). */
function forward(text: string, i: number, n: number): number {
  for (let k = 0; k < n && i < text.length; k++) i += codePointAt(text, i) > 0xffff ? 2 : 1;
  return i;
}

/** How far to look for sort words: enough for `SORT_WORDS` long words. */
const SORT_REACH = 400;

/** The words before `at`, nearest first; a word cut by the reach is left out. */
function wordsBefore(text: string, at: number): string[] {
  const from = Math.max(0, at - SORT_REACH);
  const words: string[] = [];
  forEachWord(text, from, at, (a, b) => {
    if (a > from || isWordBoundary(text, a)) words.push(text.slice(a, b));
  });
  return words.slice(-SORT_WORDS).reverse().map((w) => w.toLocaleLowerCase());
}

/** The words after `at`, nearest first; a word cut by the reach is left out. */
function wordsAfter(text: string, at: number): string[] {
  const to = Math.min(text.length, at + SORT_REACH);
  const words: string[] = [];
  forEachWord(text, at, to, (a, b) => {
    if (words.length < SORT_WORDS && (b < to || isWordBoundary(text, b))) words.push(text.slice(a, b));
  });
  return words.map((w) => w.toLocaleLowerCase());
}

/**
 * The concordance row of the hit `[start, end)` of `text`, with `context` code points on each
 * side. With a transcript structure, the row carries the speaker, turn and exclusion.
 */
export function kwicRow(
  documentId: string,
  text: string,
  start: number,
  end: number,
  structure: TranscriptStructure | null,
  context = DEFAULT_CONTEXT,
): KwicRow {
  const at = structure ? speakerAt(structure, start) : null;
  return {
    documentId,
    start,
    end,
    left: text.slice(back(text, start, context), start),
    match: text.slice(start, end),
    right: text.slice(end, forward(text, end, context)),
    speaker: at?.speaker ?? null,
    turn: at?.turn ?? null,
    excluded: structure ? exclusionAt(structure, start) !== null : false,
    leftWords: wordsBefore(text, start),
    rightWords: wordsAfter(text, end),
  };
}

/** How a concordance is ordered. */
export type KwicSort =
  | { by: 'position' }
  /** By the `word`-th word to the left or right of the hit (1 = nearest), then the words beyond it. */
  | { by: 'left' | 'right'; word?: number };

/** The order of the sort keys for word `n` (1-based): n, n+1, …, SORT_WORDS, then 1, …, n-1. */
function keyOrder(n: number): number[] {
  const first = Math.min(Math.max(1, Math.floor(n)), SORT_WORDS);
  const order: number[] = [];
  for (let k = first; k <= SORT_WORDS; k++) order.push(k - 1);
  for (let k = 1; k < first; k++) order.push(k - 1);
  return order;
}

/**
 * The rows in the order asked for, as a new array. Position order follows `documentOrder`
 * (documents' ranks; by default their first appearance in `rows`), then the offset. Word
 * orders compare words with `Intl.Collator` for `locale` (default: the root collation), case
 * and accents ignored; a missing word (the start or end of a text) comes first; ties fall back
 * to the hit itself, then position.
 */
export function sortConcordance(
  rows: readonly KwicRow[],
  sort: KwicSort,
  options: { locale?: string; documentOrder?: ReadonlyMap<string, number> } = {},
): KwicRow[] {
  const rank = new Map(options.documentOrder ?? []);
  for (const r of rows) if (!rank.has(r.documentId)) rank.set(r.documentId, rank.size);
  const byPosition = (a: KwicRow, b: KwicRow): number => rank.get(a.documentId)! - rank.get(b.documentId)! || a.start - b.start || a.end - b.end;
  if (sort.by === 'position') return [...rows].sort(byPosition);
  const collator = new Intl.Collator(options.locale ?? 'und', { sensitivity: 'base', numeric: true });
  const order = keyOrder(sort.word ?? 1);
  const side = sort.by === 'left' ? 'leftWords' : 'rightWords';
  return [...rows].sort((a, b) => {
    for (const k of order) {
      const c = collator.compare(a[side][k] ?? '', b[side][k] ?? '');
      if (c !== 0) return c;
    }
    return collator.compare(a.match, b.match) || byPosition(a, b);
  });
}
