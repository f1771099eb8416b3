import { describe, expect, it } from 'vitest';
import { Anchorer, quoteAt } from './anchor';
import type { AnchorHint, AnchorKind } from './types';

const base =
  'In the beginning the committee said that the proposal was premature. ' +
  'Later, the chair said that the proposal was overdue. Nobody agreed with either of them.';

/** The `n`-th (0-based) occurrence of `needle` in `text`. */
function nth(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`no occurrence ${n} of ${needle}`);
  }
  return at;
}

/** A hint for the `n`-th occurrence of `needle` in `text`, with position and context. */
function hintFor(text: string, needle: string, n = 0): AnchorHint {
  const start = nth(text, needle, n);
  return { ...quoteAt(text, start, start + needle.length), start, end: start + needle.length };
}

/** True when `i` falls between the halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return i > 0 && hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

interface Case {
  name: string;
  original: string;
  /** The annotated span in the original, as [text, occurrence]. */
  span: [string, number];
  edited: string;
  kind: AnchorKind;
  /** Where the result must land in the edited text, as [text, occurrence]. */
  expected?: [string, number];
  /** Drop the recorded position from the hint. */
  noPosition?: boolean;
}

const cyr = 'Вступление 😀 и 𝒳: «Мы сказали 🙂 правду» — так говорил Иван, 🎉 конец.';
const long = base.repeat(3).slice(20, 320);

const cases: Case[] = [
  { name: 'identical text', original: base, span: ['the chair said', 0], edited: base, kind: 'exact', expected: ['the chair said', 0] },
  {
    name: 'insertion before the span',
    original: base,
    span: ['the chair said', 0],
    edited: 'PREFACE. ' + base,
    kind: 'moved',
    expected: ['the chair said', 0],
  },
  {
    name: 'deletion before the span',
    original: base,
    span: ['Nobody agreed', 0],
    edited: base.replace('In the beginning ', ''),
    kind: 'moved',
    expected: ['Nobody agreed', 0],
  },
  {
    name: 'a changed word inside the span',
    original: base,
    span: ['the chair said that the proposal', 0],
    edited: base.replace('the chair said', 'the chair claimed'),
    kind: 'fuzzy',
    expected: ['the chair claimed that the proposal', 0],
  },
  {
    name: 'a long quote (several 32-unit blocks) with changed words',
    original: long,
    span: [long.slice(10, 290), 0],
    edited: long.replace('premature', 'too early').replace('overdue', 'late'),
    kind: 'fuzzy',
    expected: [long.slice(10, 290).replace('premature', 'too early').replace('overdue', 'late'), 0],
  },
  {
    name: 'quote twice, no position: the context picks the second',
    original: base,
    span: ['said that the proposal was', 1],
    edited: base,
    kind: 'moved',
    expected: ['said that the proposal was', 1],
    noPosition: true,
  },
  {
    name: 'quote twice, no position: the context picks the first',
    original: base,
    span: ['said that the proposal was', 0],
    edited: 'Intro. ' + base,
    kind: 'moved',
    expected: ['said that the proposal was', 0],
    noPosition: true,
  },
  {
    name: 'quote twice, the recorded position points at the second',
    original: base,
    span: ['the proposal was', 1],
    edited: base,
    kind: 'exact',
    expected: ['the proposal was', 1],
  },
  {
    name: 'quote twice after an edit: the context still picks the second',
    original: base,
    span: ['the proposal was', 1],
    edited: base.replace('In the beginning', 'At first'),
    kind: 'moved',
    expected: ['the proposal was', 1],
  },
  {
    name: 'a short quote that another occurrence now fills the recorded position of',
    original: 'Alpha beta gamma. The report was late, said the clerk.',
    span: ['was', 0],
    edited: 'Alpha beta gamma, it ran, so was it. The report was late, said the clerk.',
    kind: 'moved',
    expected: ['was', 1],
  },
  {
    name: 'the quote gone entirely',
    original: base,
    span: ['Nobody agreed with either', 0],
    edited: base.replace('Nobody agreed with either of them.', 'The end.'),
    kind: 'orphan',
  },
  {
    name: 'a short quote whose context vanished does not jump to another occurrence',
    original: 'Alpha beta gamma delta kappa epsilon zeta. Other words are here.',
    span: ['kappa', 0],
    edited: 'Alpha beta gamma delta epsilon zeta. Completely different words follow, then kappa arrives.',
    kind: 'orphan',
  },
  {
    name: 'emoji and Cyrillic around the span, text inserted before',
    original: cyr,
    span: ['«Мы сказали 🙂 правду»', 0],
    edited: '🎈🎈 Пролог. ' + cyr,
    kind: 'moved',
    expected: ['«Мы сказали 🙂 правду»', 0],
  },
  {
    name: 'an astral character changed inside the span',
    original: cyr,
    span: ['😀 и 𝒳: «Мы сказали', 0],
    edited: cyr.replace('😀', '😃'),
    kind: 'fuzzy',
    expected: ['😃 и 𝒳: «Мы сказали', 0],
  },
  {
    name: 'an astral character at the start of the span replaced by one sharing its high surrogate',
    original: cyr,
    span: ['🙂 правду» — так говорил Иван', 0],
    edited: cyr.replace('🙂', '😎'),
    kind: 'fuzzy',
    expected: ['😎 правду» — так говорил Иван', 0],
  },
  {
    name: 'whitespace-only change in the context',
    original: base,
    span: ['the chair said', 0],
    edited: base.replace('Later, the chair', 'Later,\n  the chair'),
    kind: 'moved',
    expected: ['the chair said', 0],
  },
  {
    name: 'whitespace-only change inside the span',
    original: base,
    span: ['the chair said that the proposal', 0],
    edited: base.replace('chair said', 'chair  said'),
    kind: 'fuzzy',
    expected: ['the chair  said that the proposal', 0],
  },
];

describe('Anchorer.anchor', () => {
  it.each(cases)('$name → $kind', ({ original, span, edited, kind, expected, noPosition }) => {
    const full = hintFor(original, span[0], span[1]);
    const hint: AnchorHint = noPosition ? { exact: full.exact, prefix: full.prefix, suffix: full.suffix } : full;
    const result = new Anchorer(edited).anchor(hint);
    expect(result.kind).toBe(kind);
    if (expected) {
      const start = nth(edited, expected[0], expected[1]);
      expect(edited.slice(result.start, result.end)).toBe(expected[0]);
      expect(result.start).toBe(start);
      expect(splitsPair(edited, result.start) || splitsPair(edited, result.end)).toBe(false);
      if (kind === 'fuzzy') {
        expect(result.score).toBeGreaterThan(0.75);
        expect(result.score).toBeLessThan(1);
      } else {
        expect(result.score).toBe(1);
      }
    } else {
      expect(result).toEqual({ kind: 'orphan', start: -1, end: -1, score: 0 });
    }
  });

  it('lets position decide between occurrences the context cannot tell apart', () => {
    const text = 'said that. said that. said that.';
    const anchorer = new Anchorer(text);
    expect(anchorer.anchor({ exact: 'said that', prefix: '', suffix: '', start: 12 })).toMatchObject({ kind: 'moved', start: 11 });
    expect(anchorer.anchor({ exact: 'said that', prefix: '', suffix: '', start: 30 })).toMatchObject({ kind: 'moved', start: 22 });
    expect(anchorer.anchor({ exact: 'said that', prefix: '', suffix: '', start: 0 })).toMatchObject({ kind: 'exact', start: 0 });
  });

  it('orphans a quote that fuzzily resembles two places equally, but places it when only one exists', () => {
    const place = (word: string): string => `Before it all began, the witness said the brown ${word} jumped over the gate, and then the story ended.`;
    const original = place('fox');
    const hint = hintFor(original, 'the brown fox jumped over the gate');
    const twice = `${place('fax')} ${place('fix')}`;
    expect(new Anchorer(twice).anchor(hint).kind).toBe('orphan');
    expect(new Anchorer(twice).anchor({ ...hint, start: undefined, end: undefined }).kind).toBe('orphan');
    const once = `${place('fax')} Something else entirely was said afterwards by nobody at all.`;
    const result = new Anchorer(once).anchor(hint);
    expect(result.kind).toBe('fuzzy');
    expect(once.slice(result.start, result.end)).toBe('the brown fax jumped over the gate');
  });

  it.each([
    { name: 'empty exact with a position', hint: { exact: '', prefix: 'In the', suffix: ' beginning', start: 6, end: 6 } },
    { name: 'empty exact without context', hint: { exact: '', prefix: '', suffix: '' } },
    { name: 'a position past the end of the text', hint: { exact: 'zzz', prefix: '', suffix: '', start: 10_000, end: 10_003 } },
  ])('returns an orphan without throwing for $name', ({ hint }) => {
    expect(new Anchorer(base).anchor(hint)).toEqual({ kind: 'orphan', start: -1, end: -1, score: 0 });
  });

  it('uses a recorded position past the end of a shrunk text as a hint', () => {
    const hint = { ...quoteAt(base, 0, 2), start: 5000, end: 5002 };
    expect(new Anchorer(base).anchor(hint)).toMatchObject({ kind: 'moved', start: 0, end: 2 });
  });
});

describe('Anchorer.anchorAll', () => {
  it('places every hint, returns them in input order and counts each kind', () => {
    const edited = 'PREFACE. ' + base.replace('the chair said', 'the chair claimed').replace(' Nobody agreed with either of them.', '');
    const hints: AnchorHint[] = [
      hintFor(base, 'Nobody agreed'), // gone → orphan
      hintFor(base, 'the committee said'), // shifted → moved
      hintFor(base, 'the chair said that'), // changed inside → fuzzy
      { ...quoteAt(base, 0, 2) }, // no position → moved (by 9 units)
      { exact: '', prefix: '', suffix: '' }, // empty → orphan
    ];
    const { results, counts } = new Anchorer(edited).anchorAll(hints);
    expect(results.map((r) => r.kind)).toEqual(['orphan', 'moved', 'fuzzy', 'moved', 'orphan']);
    expect(counts).toEqual({ exact: 0, moved: 2, fuzzy: 1, orphan: 2 });
    expect(edited.slice(results[1].start, results[1].end)).toBe('the committee said');
    expect(edited.slice(results[2].start, results[2].end)).toBe('the chair claimed that');
    expect(results[3]).toMatchObject({ start: 9, end: 11 });
  });

  it('carries the shift from earlier edits across many hints', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}x`).join(' ');
    const hints = Array.from({ length: 100 }, (_, i) => hintFor(words, `w${i * 4}x w${i * 4 + 1}x`));
    // Insertions at three places shift every later span by a growing amount.
    const edited = words.replace('w50x', 'INSERTED w50x').replace('w202x', 'w202x MORE TEXT').replace('w3x', 'w3x ++');
    const { results, counts } = new Anchorer(edited).anchorAll(hints);
    expect(counts.orphan + counts.fuzzy).toBe(0);
    results.forEach((r, i) => expect(edited.slice(r.start, r.end)).toBe(hints[i].exact));
    expect(counts.exact).toBe(1); // only the first span precedes every insertion
  });

  it('returns empty results and zero counts for no hints', () => {
    expect(new Anchorer(base).anchorAll([])).toEqual({ results: [], counts: { exact: 0, moved: 0, fuzzy: 0, orphan: 0 }, widened: 0, stopped: 0 });
  });
});

describe('quoteAt', () => {
  it.each([
    { name: 'plain text', text: base, start: 70, end: 75 },
    { name: 'at the very start', text: base, start: 0, end: 2 },
    { name: 'at the very end', text: base, start: base.length - 5, end: base.length },
  ])('takes 32 code points of context: $name', ({ text, start, end }) => {
    const q = quoteAt(text, start, end);
    expect(q.exact).toBe(text.slice(start, end));
    expect(q.prefix).toBe(text.slice(Math.max(0, start - 32), start));
    expect(q.suffix).toBe(text.slice(end, end + 32));
  });

  it('counts context in code points, never splitting an astral character', () => {
    const text = '😀'.repeat(40) + 'Привет' + '𝒳'.repeat(40);
    const start = 80;
    const q = quoteAt(text, start, start + 6);
    expect(q.exact).toBe('Привет');
    expect(q.prefix).toBe('😀'.repeat(32));
    expect(q.suffix).toBe('𝒳'.repeat(32));
  });
});
