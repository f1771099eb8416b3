import { describe, expect, it } from 'vitest';
import { searchSteps, searchText } from './document-search';
import { foldRange } from './fold';
import { compileQuery, type SearchOptions } from './query';
import { unsafePatternReason } from './regex-safety';

/** The hits of `query` in `text` as the strings they cover. */
function find(text: string, query: string, options: SearchOptions = {}): string[] {
  const q = compileQuery(query, options);
  if (!q.ok) throw new Error(q.error);
  return searchText(text, q.value).hits.map((h) => text.slice(h.start, h.end));
}

describe('foldRange', () => {
  it('maps every folded unit back to the start of its code point', () => {
    const text = 'Aİ😀é';
    const f = foldRange(text, 0, text.length, { caseSensitive: false, ignoreDiacritics: false, nbspAsSpace: true });
    // İ lower-cases to i + combining dot (two units from one); the emoji stays two units.
    expect(f.text).toBe('ai\u0307😀é');
    expect([...f.origin]).toEqual([0, 1, 1, 2, 2, 4, 5]);
  });
});

describe('in-document search', () => {
  const text = 'The Harbour council met. The harbour’s fees rose; harbours\u00a0closed. HARBOUR!';

  it.each<[string, string, SearchOptions, string[]]>([
    ['case-insensitive by default', 'harbour', {}, ['Harbour', 'harbour', 'harbour', 'HARBOUR']],
    ['case-sensitive', 'harbour', { caseSensitive: true }, ['harbour', 'harbour']],
    ['whole word', 'harbour', { wholeWord: true }, ['Harbour', 'harbour', 'HARBOUR']],
    ['NBSP and space alike', 'harbours closed', {}, ['harbours\u00a0closed']],
    ['NBSP and space apart when asked', 'harbours closed', { nbspAsSpace: false }, []],
    ['a phrase with punctuation', 'met. the', {}, ['met. The']],
    ['regular expression', 'harbou?rs?\\b', { regex: true }, ['Harbour', 'harbour', 'harbours', 'HARBOUR']],
    ['regex, case-sensitive keeps classes', '\\p{Lu}{3,}', { regex: true, caseSensitive: true }, ['HARBOUR']],
    ['regex whole word', 'harbour', { regex: true, wholeWord: true }, ['Harbour', 'harbour', 'HARBOUR']],
  ])('%s: %j', (_name, query, options, expected) => {
    expect(find(text, query, options)).toEqual(expected);
  });

  it('ignores diacritics when asked, and maps hits back to the whole letters', () => {
    const t = 'Café, CAFE and cafe\u0301 (decomposed); Łódź, Lodz.';
    expect(find(t, 'cafe', { ignoreDiacritics: true })).toEqual(['Café', 'CAFE', 'cafe\u0301']);
    expect(find(t, 'café', { ignoreDiacritics: true })).toEqual(['Café', 'CAFE', 'cafe\u0301']);
    expect(find(t, 'lodz', { ignoreDiacritics: true })).toEqual(['Łódź', 'Lodz']);
    expect(find(t, 'cafe')).toEqual(['CAFE', 'cafe']);
    expect(find(t, 'caf.', { regex: true, ignoreDiacritics: true })).toEqual(['Café', 'CAFE', 'cafe\u0301']);
  });

  it('folds Greek final sigma and Cyrillic case', () => {
    expect(find('ΟΔΥΣΣΕΥΣ και Οδυσσεύς', 'οδυσσευς', { ignoreDiacritics: true })).toEqual(['ΟΔΥΣΣΕΥΣ', 'Οδυσσεύς']);
    expect(find('Совет и СОВЕТ', 'совет')).toEqual(['Совет', 'СОВЕТ']);
  });

  it('gives UTF-16 ranges that never split a surrogate pair', () => {
    const t = 'a😀b 😀😀 c👍🏽d';
    for (const [query, options] of [['😀', {}], ['.', { regex: true }], ['\\p{Emoji}', { regex: true }], ['🏽', {}]] as const) {
      const q = compileQuery(query, options);
      if (!q.ok) throw new Error(q.error);
      for (const h of searchText(t, q.value).hits) {
        for (const at of [h.start, h.end]) {
          const c = t.charCodeAt(at);
          expect(c >= 0xdc00 && c <= 0xdfff, `${query} at ${at}`).toBe(false);
        }
      }
    }
    expect(find(t, '😀')).toEqual(['😀', '😀', '😀']);
  });

  it('keeps hits within a line and skips empty regex matches', () => {
    const t = 'one two\nthree four';
    expect(find(t, 'two\\s+three', { regex: true })).toEqual([]);
    expect(find(t, '^\\w+', { regex: true })).toEqual(['one', 'three']);
    expect(find(t, 'x*', { regex: true })).toEqual([]);
  });

  it('treats Han characters as words of their own for whole-word search', () => {
    expect(find('中国和美国', '美国', { wholeWord: true })).toEqual(['美国']);
    expect(find('ab abc', 'ab', { wholeWord: true })).toEqual(['ab']);
  });

  it('finds the first hits after one chunk, and all hits over all chunks', () => {
    const line = 'Speaker: harbour and council. ';
    const big = (line.repeat(40) + '\n').repeat(2000); // about 2.4 M units
    const q = compileQuery('harbour');
    if (!q.ok) throw new Error(q.error);
    const steps = searchSteps(big, q.value);
    const first = steps.next();
    expect(first.done).toBe(false);
    expect(first.value!.length).toBeGreaterThan(0);
    expect(first.value!.length).toBeLessThan(80_000);
    expect(searchText(big, q.value).hits).toHaveLength(80_000);
  });

  it('stops at its time budget and says the result is incomplete', () => {
    const q = compileQuery('\\w+', { regex: true });
    if (!q.ok) throw new Error(q.error);
    let now = 0;
    const clock = () => (now += 10); // every look at the clock is 10 ms later
    const result = searchText('a b c\nd e f\ng h i\n'.repeat(10), q.value, { clock, budgetMs: 25 });
    expect(result.complete).toBe(false);
    expect(result.hits.length).toBeLessThan(90);
    expect(searchText('a b c', q.value).complete).toBe(true);
  });
});

describe('compileQuery', () => {
  it.each<[string, SearchOptions, RegExp]>([
    ['', {}, /Type a word/],
    ['x'.repeat(1001), {}, /at most 1,000 characters/],
    ['two\nlines', {}, /line break/],
    ['(unclosed', { regex: true }, /not a valid regular expression/],
    ['(a+)+b', { regex: true }, /repeated group/],
    ['(\\w+\\s?){2,5}x', { regex: true }, /repeated group/],
    ['(x)\\1', { regex: true }, /Back-references/],
  ])('refuses %j with a sentence', (query, options, message) => {
    const q = compileQuery(query, options);
    expect(q.ok).toBe(false);
    if (!q.ok) expect(q.error).toMatch(message);
  });
});

describe('unsafePatternReason', () => {
  it.each([
    ['harbou?r', null],
    ['(very )+good', null],
    ['\\b(accus|blam)\\w*', null],
    ['\\d{1,3}(,\\d{3})*', null],
    ['[(a+)+]', null],
    ['\\(a+\\)+', null],
    ['(?:a|b)*c', null],
    ['(a*)*', 'repeated'],
    ['((ab)+c)+', 'repeated'],
    ['(?:\\p{L}+,?)+$', 'repeated'],
  ])('%j', (pattern, verdict) => {
    const reason = unsafePatternReason(pattern);
    if (verdict === null) expect(reason).toBeNull();
    else expect(reason).toMatch(verdict);
  });
});
