/**
 * Tokens of the search index: the words (`text/words.ts`) of a text folded with `INDEX_FOLD`
 * (no case, no diacritics, no-break spaces as spaces), with the UTF-16 offset in the source
 * where each begins. A query is cut into tokens the same way.
 */
import { codePointBefore, forEachWord, wordKind } from '../text/words';
import { foldRange, INDEX_FOLD } from './fold';

/** Version of the tokenizer; a stored index made by another version is rebuilt. */
export const TOKENIZER_VERSION = 1;

/** Calls `visit(term, start)` for every token of `text`, in order; `start` is a source offset. */
export function forEachToken(text: string, visit: (term: string, start: number) => void): void {
  const folded = foldRange(text, 0, text.length, INDEX_FOLD);
  const f = folded.text;
  forEachWord(f, 0, f.length, (a, b) => visit(f.slice(a, b), folded.origin[a]));
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

/** True when the term `t` of the text satisfies the query token. */
export function tokenMatches(token: QueryToken, t: string): boolean {
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
