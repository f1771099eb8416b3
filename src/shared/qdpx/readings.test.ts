import { describe, expect, it } from 'vitest';
import { candidateReadings, decideReading, describeReading, type PositionedSelection, type Reading } from './readings';
import { MIXED_TEXT, positionIn, type Convention } from './test-projects';

const QUOTES = ['«Добро пожаловать»', 'The council cut the budget by 40\u00a0% 📉', 'You hid the numbers 🙈 from the committee!', 'publish the full spreadsheet 📊 next week'];

/** Selections on `text` for `quotes` as a package with `convention` writes them. */
function selections(text: string, convention: Convention, names: 'full' | 'cut' | 'none', quotes = QUOTES): PositionedSelection[] {
  return quotes.map((q) => {
    const at = text.indexOf(q);
    if (at < 0) throw new Error(q);
    const name = names === 'full' ? q : names === 'cut' ? `${Array.from(q).slice(0, 12).join('')}...` : '';
    return { start: positionIn(text, at, convention), end: positionIn(text, at + q.length, convention), name };
  });
}

const CP: Convention = { unit: 'code-points', bomCounted: false, crlfAsOne: false };
const UTF16: Convention = { unit: 'utf-16', bomCounted: false, crlfAsOne: false };
const CRLF_TEXT = MIXED_TEXT.replace(/\n/g, '\r\n');

const reading = (unit: Reading['unit'], bomCounted = false, crlf: Reading['crlf'] = 'two'): Reading => ({ unit, bomCounted, crlf });

describe('decideReading', () => {
  it.each([
    ['code points (the spec), with names', MIXED_TEXT, false, CP, 'full', '', reading('code-points'), 'names'],
    ['UTF-16 (NVivo 12), with names', MIXED_TEXT, false, UTF16, 'full', 'NVivo 12', reading('utf-16'), 'names'],
    ['UTF-16 without names, by fit', MIXED_TEXT, false, UTF16, 'none', '', reading('utf-16'), 'fit'],
    ['code points without names, by fit', MIXED_TEXT, false, CP, 'none', 'NVivo', reading('code-points'), 'fit'],
    ['a BOM counted as character 0', MIXED_TEXT, true, { ...CP, bomCounted: true }, 'full', '', reading('code-points', true), 'names'],
    ['a BOM in the file, not counted (QualCoder, UTF-16)', MIXED_TEXT, true, UTF16, 'full', 'QualCoder 3.5', reading('utf-16'), 'names'],
    ['CRLF counted as one, names cut short (ATLAS.ti)', CRLF_TEXT, false, { ...CP, crlfAsOne: true }, 'cut', 'ATLAS.ti 23', reading('code-points', false, 'one'), 'names'],
    ['CRLF counted as two, UTF-16, no names (NVivo)', CRLF_TEXT, false, UTF16, 'none', 'NVivo', reading('utf-16', false, 'two'), 'fit'],
  ] as const)('finds %s', (_name, raw, hadBom, convention, names, origin, expected, basis) => {
    const decision = decideReading({ raw, hadBom }, selections(raw, convention, names), origin);
    expect(decision.reading).toEqual(expected);
    expect(decision.basis).toBe(basis);
    // Every selection is placed on its quote.
    decision.spans.forEach((span, i) => expect(raw.slice(span!.start, span!.end)).toBe(QUOTES[i]));
  });

  it('has nothing to choose on a text without emoji, BOM or CRLF', () => {
    const raw = 'Plain text with a quote and another quote.';
    const decision = decideReading({ raw, hadBom: false }, [{ start: 18, end: 23, name: '' }], '');
    expect(decision.basis).toBe('only');
    expect(decision.candidates).toHaveLength(1);
  });

  it('says the readings agree when every selection comes before the first emoji', () => {
    const raw = 'Selections first, then 😀 at the end.';
    const decision = decideReading({ raw, hadBom: false }, [{ start: 0, end: 10, name: 'Selections' }], '');
    expect(decision.basis).toBe('agree');
    expect(decision.reading).toEqual(reading('code-points'));
  });

  it('lets a position past the end of the text rule a reading out', () => {
    const raw = 'Emoji 😀😀😀 then the end';
    // UTF-16 positions of "end": past the code-point length of the text.
    const at = raw.indexOf('end');
    const decision = decideReading({ raw, hadBom: false }, [{ start: at, end: at + 3, name: '' }], '');
    expect(decision.reading.unit).toBe('utf-16');
    expect(decision.candidates.find((c) => c.reading.unit === 'code-points')?.outOfRange).toBe(1);
  });

  it('reports a narrow margin between readings that differ as undecided', () => {
    // "cd" at code points 5–7; read as UTF-16 it is " c", which starts on a boundary too.
    const decision = decideReading({ raw: '😀 ab cd ef', hadBom: false }, [{ start: 5, end: 7, name: '' }], '');
    expect(decision.basis).toBe('undecided');
    expect(decision.reading.unit).toBe('code-points');
    expect(decision.candidates.map((c) => c.score)).toEqual([2, 1]);
  });

  it.each([
    ['', 'code-points'],
    ['NVivo 12', 'utf-16'],
    ['QualCoder 3.6', 'utf-16'],
  ] as const)('breaks an exact tie by the origin %j', (origin, unit) => {
    // "a" between double spaces: one unit either way still lands on word boundaries.
    const decision = decideReading({ raw: '😀 a  b', hadBom: false }, [{ start: 2, end: 3, name: '' }], origin);
    expect(decision.basis).toBe('undecided');
    expect(decision.reading.unit).toBe(unit);
  });

  it('applies a chosen reading and still scores it', () => {
    const raw = MIXED_TEXT;
    const decision = decideReading({ raw, hadBom: false }, selections(raw, CP, 'full'), '', reading('utf-16'));
    expect(decision.basis).toBe('chosen');
    expect(decision.reading.unit).toBe('utf-16');
    expect(decision.candidates[0].reading.unit).toBe('code-points');
  });

  it('offers only the readings the text makes differ, in the order the origin suggests', () => {
    const all = candidateReadings({ raw: 'a😀\r\nb', hadBom: true }, '');
    expect(all).toHaveLength(8);
    expect(all[0]).toEqual(reading('code-points'));
    expect(candidateReadings({ raw: 'a😀\r\nb', hadBom: false }, 'NVivo 14')[0]).toEqual(reading('utf-16'));
    expect(candidateReadings({ raw: 'a\r\nb', hadBom: false }, 'ATLAS.ti')[0]).toEqual(reading('code-points', false, 'one'));
    expect(describeReading(reading('utf-16', true, 'one'))).toBe('UTF-16 code units, byte-order mark counted, CRLF counted as one');
    expect(describeReading(reading('utf-16', true, 'one'), { hadBom: false, hasCrlf: false })).toBe('UTF-16 code units');
  });
});
