import { describe, expect, it } from 'vitest';
import { MISSING } from './coded-data';
import { type CategoryRef, type CoderLayer, orderCategories } from './layers';
import { NONE_LABEL } from './rules';
import { type UnitRange, paragraphUnits } from './unit-ranges';
import { checkUnits, unitValues } from './unit-values';

const CODEBOOK: CategoryRef[] = [
  { id: 'claim', label: 'claim', order: 0 },
  { id: 'accusation', label: 'accusation', order: 1 },
];

/** A layer from [category, quote] pairs, each quote found in `text`. */
function layer(text: string, coder: string, spans: [string, string][]): CoderLayer {
  return {
    coder,
    annotations: spans.map(([categoryId, quote]) => {
      const start = text.indexOf(quote);
      if (start < 0) throw new Error(`not in text: ${quote}`);
      return { categoryId, start, end: start + quote.length };
    }),
  };
}

/** The value labels per unit for one coder. */
function labels(text: string, units: UnitRange[], layers: CoderLayer[], noneAsMissing = false): (string | null)[][] {
  const { data } = unitValues(text, units, layers, orderCategories(CODEBOOK, layers), noneAsMissing);
  const m = layers.length;
  return data.units.map((_, u) => layers.map((_, c) => (data.cells[u * m + c] === MISSING ? null : data.values[data.cells[u * m + c]])));
}

const TEXT = 'We cut the budget by forty percent.\nYou hid the numbers!\n\nI propose an audit.';

describe('unit values (UNIT_RULE)', () => {
  const units = paragraphUnits(TEXT);

  it.each([
    ['the category covering most characters wins', [['claim', 'We cut'], ['accusation', 'the budget by forty percent']], ['accusation', NONE_LABEL, NONE_LABEL]],
    ['a tie goes to the category first in the codebook', [['accusation', 'You hid'], ['claim', 'number']], [NONE_LABEL, 'claim', NONE_LABEL]],
    ['a span reaching only white space of the next unit does not count there', [['claim', 'percent.\n']], ['claim', NONE_LABEL, NONE_LABEL]],
    ['nothing covered: (none)', [], [NONE_LABEL, NONE_LABEL, NONE_LABEL]],
    ['overlapping spans of one category count their characters once', [['claim', 'I propose'], ['claim', 'propose'], ['accusation', 'an audit']], [NONE_LABEL, NONE_LABEL, 'claim']],
  ] as [string, [string, string][], string[]][])('%s', (_, spans, expected) => {
    expect(labels(TEXT, units, [layer(TEXT, 'A', spans)]).map((row) => row[0])).toEqual(expected);
  });

  it('counts code points: an emoji is one character', () => {
    const text = 'ab 👋';
    const result = labels(text, [{ start: 0, end: text.length, name: 'u' }], [layer(text, 'A', [['accusation', '👋'], ['claim', 'b']])]);
    // One code point each: a tie, so the codebook decides (claim), not the two UTF-16 units of 👋.
    expect(result).toEqual([['claim']]);
  });

  it('leaves out units of white space only and says so', () => {
    const result = unitValues(TEXT, [...units, { start: 36, end: 36, name: 'empty' }].sort((a, b) => a.start - b.start), [], orderCategories(CODEBOOK, []), false);
    expect(result.data.units).toEqual(['paragraph 1', 'paragraph 2', 'paragraph 3']);
    expect(result.excluded).toEqual([{ what: 'units', count: 1, reason: 'no text but white space' }]);
  });

  it('treats (none) as missing at the metric levels, and counts it', () => {
    const result = unitValues(TEXT, units, [layer(TEXT, 'A', [['claim', 'We cut']])], orderCategories(CODEBOOK, []), true);
    expect(result.data.values).not.toContain(NONE_LABEL);
    expect(result.excluded).toContainEqual({ what: 'values', count: 2, reason: expect.stringContaining('treated as missing') });
  });

  it('appends categories the codebook lacks, labelled by id, and tells repeated labels apart', () => {
    const layers = [layer(TEXT, 'A', [['zz', 'You hid']])];
    const ordered = orderCategories([...CODEBOOK, { id: 'c2', label: 'claim', order: 5 }], layers);
    expect(ordered.labels).toEqual(['claim (claim)', 'accusation', 'claim (c2)', 'zz']);
  });
});

describe('checkUnits', () => {
  it.each([
    [[{ start: 0, end: 5, name: 'a' }, { start: 5, end: 9, name: 'b' }], null],
    [[{ start: 0, end: 6, name: 'a' }, { start: 5, end: 9, name: 'b' }], 'overlap or are out of order'],
    [[{ start: 0, end: 99, name: 'a' }], 'not a range of the text'],
    [[{ start: 2, end: 1, name: 'a' }], 'not a range of the text'],
  ] as [UnitRange[], string | null][])('%j', (units, message) => {
    const problem = checkUnits('0123456789', units);
    if (message === null) expect(problem).toBeNull();
    else expect(problem).toContain(message);
  });
});
