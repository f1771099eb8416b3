/**
 * A search query, checked and compiled once: plain text (folded like the text it is compared
 * with) or a regular expression (refused up front when it is invalid or of a catastrophic
 * shape). The same compiled query serves the open document, the library and the command line.
 */
import { MAX_QUERY_LENGTH } from '../limits';
import { fail, ok, type Result } from '../result';
import { foldString, type FoldOptions } from './fold';
import { unsafePatternReason } from './regex-safety';

/** The user's search options; every one is off by default except `nbspAsSpace`. */
export interface SearchOptions {
  /** The query is a JavaScript regular expression (Unicode mode). */
  regex?: boolean;
  /** Keep upper and lower case apart. */
  caseSensitive?: boolean;
  /** A hit must begin and end at word boundaries. */
  wholeWord?: boolean;
  /** "cafe" finds "café". */
  ignoreDiacritics?: boolean;
  /** A no-break space and a space are the same (default true). */
  nbspAsSpace?: boolean;
}

/** A query ready to run. */
export interface CompiledQuery {
  /** The query as typed. */
  readonly source: string;
  readonly options: Readonly<Required<SearchOptions>>;
  /** How the text is folded before comparing. */
  readonly fold: FoldOptions;
  /** Plain search: the folded query. */
  readonly needle: string | null;
  /** Regular expression search: the compiled pattern (flags `gu`, plus `i` unless case-sensitive). */
  readonly pattern: RegExp | null;
}

/** Resolves the defaults of `options`. */
export function searchOptions(options: SearchOptions = {}): Required<SearchOptions> {
  return {
    regex: options.regex ?? false,
    caseSensitive: options.caseSensitive ?? false,
    wholeWord: options.wholeWord ?? false,
    ignoreDiacritics: options.ignoreDiacritics ?? false,
    nbspAsSpace: options.nbspAsSpace ?? true,
  };
}

/**
 * Checks and compiles `query`. Fails with a sentence for an empty or over-long query, a plain
 * query spanning lines (hits never span paragraphs), and a regular expression that is invalid,
 * matches only empty text or is of a shape that can take exponential time.
 */
export function compileQuery(query: string, options: SearchOptions = {}): Result<CompiledQuery> {
  const o = searchOptions(options);
  if (query === '') return fail('Type a word, a phrase or a pattern to search for.');
  if (query.length > MAX_QUERY_LENGTH) return fail(`A search can be at most ${MAX_QUERY_LENGTH.toLocaleString('en')} characters long.`);
  if (!o.regex) {
    if (query.includes('\n')) return fail('A search is within one paragraph: the text to find cannot contain a line break.');
    const fold: FoldOptions = { caseSensitive: o.caseSensitive, ignoreDiacritics: o.ignoreDiacritics, nbspAsSpace: o.nbspAsSpace };
    return ok({ source: query, options: o, fold, needle: foldString(query, fold), pattern: null });
  }
  const unsafe = unsafePatternReason(query);
  if (unsafe) return fail(unsafe);
  // Case is left to the `i` flag, so that \p{Lu} and [A-Z] keep their meaning when case matters.
  const fold: FoldOptions = { caseSensitive: true, ignoreDiacritics: o.ignoreDiacritics, nbspAsSpace: o.nbspAsSpace };
  const source = o.ignoreDiacritics ? query.normalize('NFD').replace(/\p{M}/gu, '') : query;
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, o.caseSensitive ? 'gu' : 'giu');
  } catch (error) {
    return fail(`“${query}” is not a valid regular expression: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)}.`);
  }
  return ok({ source: query, options: o, fold, needle: null, pattern });
}
