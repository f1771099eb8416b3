import { describe, expect, it } from 'vitest';
import { addExclusion } from '../transcript/corrections';
import { detectStructure } from '../transcript/structure';
import { BRIEFING } from '../transcript/test-transcripts';
import { kwicRow, sortConcordance, type KwicRow } from './kwic';

/** A row for each occurrence of `word` in `text` (document `id`). */
function rowsOf(id: string, text: string, word: string, context = 40): KwicRow[] {
  const rows: KwicRow[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) rows.push(kwicRow(id, text, i, i + word.length, null, context));
  return rows;
}

describe('kwicRow', () => {
  it('cuts the context in code points, never inside an emoji', () => {
    const text = '😀😀😀 say 😀😀😀';
    const [row] = rowsOf('d', text, 'say', 4);
    expect([row.left, row.match, row.right]).toEqual(['😀😀😀 ', 'say', ' 😀😀😀']);
    expect([...row.left]).toHaveLength(4);
  });

  it('knows the speaker, turn and exclusion of a hit in a transcript', () => {
    const s = detectStructure(BRIEFING, 'h');
    const at = BRIEFING.indexOf('contacts');
    expect(kwicRow('b', BRIEFING, at, at + 8, s, 10)).toMatchObject({ speaker: 'Tomas Aberg', turn: 5, excluded: false, left: 'e I said, ', right: ' will cont' });
    const chrome = BRIEFING.indexOf('Font');
    expect(kwicRow('b', BRIEFING, chrome, chrome + 4, s)).toMatchObject({ speaker: null, turn: null, excluded: false });
    const excluded = addExclusion(s, BRIEFING, 0, 40, 'chrome');
    expect(kwicRow('b', BRIEFING, chrome, chrome + 4, excluded).excluded).toBe(true);
  });
});

describe('sortConcordance', () => {
  const a = 'We said the harbour fees. Then the council harbour plan. A new harbour opened. Zebra harbour?';
  const b = 'Old harbour walls. Ёлка harbour, ёж harbour.';
  const rows = [...rowsOf('a', a, 'harbour'), ...rowsOf('b', b, 'harbour')];
  const lefts = (sorted: KwicRow[]) => sorted.map((r) => r.leftWords[0] ?? '');
  const rights = (sorted: KwicRow[]) => sorted.map((r) => r.rightWords[0] ?? '');

  it('by position: documents in their order, then offsets', () => {
    const shuffled = [...rows].reverse();
    expect(sortConcordance(shuffled, { by: 'position' }, { documentOrder: new Map([['a', 0], ['b', 1]]) })).toEqual(rows);
  });

  it('by the first word to the left, case and accents ignored', () => {
    expect(lefts(sortConcordance(rows, { by: 'left' }))).toEqual(['council', 'new', 'old', 'the', 'zebra', 'ёж', 'ёлка']);
  });

  it('by the first word to the right; a hit at the end of a text comes first', () => {
    const end = rowsOf('c', 'The last word is harbour', 'harbour');
    expect(rights(sortConcordance([...rows, ...end], { by: 'right' }))).toEqual(['', '', '', 'fees', 'opened', 'plan', 'walls', 'ёж']);
  });

  it('by the second word to the left, then the ones beyond it', () => {
    const sorted = sortConcordance(rows, { by: 'left', word: 2 });
    expect(sorted.map((r) => r.leftWords[1] ?? '')).toEqual(['', 'a', 'harbour', 'opened', 'said', 'the', 'walls']);
  });

  it('breaks ties on the chosen word by the words beyond it', () => {
    // The second word to the left is "big" everywhere: the third decides.
    const deeper = 'x big red harbour. a big red harbour. m big red harbour.';
    expect(sortConcordance(rowsOf('t', deeper, 'harbour'), { by: 'left', word: 2 }).map((r) => r.leftWords[2])).toEqual(['a', 'm', 'x']);
  });

  it('breaks ties by position, so the order is stable across runs', () => {
    const same = rowsOf('d', 'x harbour y. x harbour y. x harbour y.', 'harbour');
    expect(sortConcordance([...same].reverse(), { by: 'left' }).map((r) => r.start)).toEqual(same.map((r) => r.start));
  });
});
