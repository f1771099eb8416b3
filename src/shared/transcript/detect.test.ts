import { describe, expect, it } from 'vitest';
import { detectTurns } from './detect';
import { matchLabel, normaliseSpeakerName, type ConventionId } from './labels';
import { BRIEFING, CAPS_RECORD, NEWS_REPORT, QA_INTERVIEW, TIMESTAMPED } from './test-transcripts';

describe('matchLabel', () => {
  it.each<[ConventionId, string, string | null, string | null]>([
    // Name: (the rule speakerOf had), with the NBSP normalised in the name only.
    ['name-colon', 'Aide to the President Yury Ushakov: Good evening!', 'Aide to the President Yury Ushakov', 'Good evening!'],
    ['name-colon', 'Aide to\u00a0the\u00a0President Yury Ushakov: Good evening!', 'Aide to the President Yury Ushakov', 'Good evening!'],
    ['name-colon', 'Question: Did they talk?', 'Question', 'Did they talk?'],
    ['name-colon', 'Мария Петрова: Добрый день.', 'Мария Петрова', 'Добрый день.'],
    ['name-colon', 'Speaker 2: Yes.', 'Speaker 2', 'Yes.'],
    ['name-colon', '**Anna Berg:** Yes.', 'Anna Berg', 'Yes.'],
    ['name-colon', '  Anna Berg:', 'Anna Berg', ''],
    ['name-colon', 'The call lasted an hour: long.', null, null],
    ['name-colon', 'no capital: here', null, null],
    ['name-colon', 'Font size:', null, null],
    ['name-colon', 'Plain paragraph.', null, null],
    ['name-colon', 'Time 10:30 was agreed.', null, null],
    ['name-colon', 'A Very Long Title Of Someone Who Has Many Names Here: no', null, null],
    ['qa', 'Q: How many?', 'Q', 'How many?'],
    ['qa', 'A. Eleven.', 'A', 'Eleven.'],
    ['qa', 'Quite: no', null, null],
    ['qa', 'A.B. Smith said', null, null],
    ['timestamp', '[00:01:23] Мария Иванова: Совет.', 'Мария Иванова', 'Совет.'],
    ['timestamp', '00:03:00 Speaker 2: I object.', 'Speaker 2', 'I object.'],
    ['timestamp', '(1:02) – Chair: Next.', 'Chair', 'Next.'],
    ['timestamp', 'Chair: Next.', null, null],
    ['caps-period', 'THE SPEAKER. Order, order.', 'THE SPEAKER', 'Order, order.'],
    ['caps-period', 'Mr. BERGSTROM. I rise.', 'Mr. BERGSTROM', 'I rise.'],
    ['caps-period', 'MS\u00a0LINDQVIST. The fees.', 'MS LINDQVIST', 'The fees.'],
    ['caps-period', 'A. Then.', null, null],
    ['caps-period', 'The Speaker. Order.', null, null],
  ])('%s: %j → %j', (convention, line, name, speech) => {
    const m = matchLabel(line, convention);
    expect(m?.name ?? null).toBe(name);
    if (m) expect(line.slice(m.speechStart)).toBe(speech);
  });

  it('keeps the label as written, NBSPs included, and gives its range', () => {
    const line = 'Aide to\u00a0the\u00a0President Yury Ushakov: Good evening!';
    const m = matchLabel(line, 'name-colon')!;
    expect(m.label).toBe('Aide to\u00a0the\u00a0President Yury Ushakov');
    expect(line.slice(m.labelStart, m.labelEnd)).toBe('Aide to\u00a0the\u00a0President Yury Ushakov:');
  });

  it('does not look past the head of a long line', () => {
    const line = 'x'.repeat(1_000_000) + ': y';
    expect(matchLabel(line, 'name-colon')).toBeNull();
  });
});

describe('normaliseSpeakerName', () => {
  it.each([
    ['Aide to\u00a0the\u00a0President', 'Aide to the President'],
    ['  Anna \u202f Berg ', 'Anna Berg'],
    ['Anna', 'Anna'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseSpeakerName(input)).toBe(expected);
  });
});

/** The turns of a detection as [number, name, speech] with the speech cut to `n` characters. */
function summary(text: string, n = 20): [number, string, string][] {
  return detectTurns(text).turns.map((t) => [t.number, t.name, text.slice(t.speechStart, t.end).slice(0, n)]);
}

describe('detectTurns', () => {
  it('finds the briefing’s turns: chrome and header before the first turn are not a turn', () => {
    const d = detectTurns(BRIEFING);
    expect(d.convention).toBe('name-colon');
    expect(summary(BRIEFING)).toEqual([
      [1, 'Aide to the Minister Tomas Aberg', 'Good evening! The co'],
      [2, 'Question', 'Did the ministers di'],
      [3, 'Tomas Aberg', 'No, they did not. We'],
      [4, 'Question', 'Will they speak agai'],
      [5, 'Tomas Aberg', 'Like I said, contact'],
    ]);
    expect(d.turns[0].start).toBe(BRIEFING.indexOf('Aide to\u00a0the\u00a0Minister Tomas Aberg:'));
  });

  it('ends a turn at its last non-blank line: continuation paragraphs belong to it, blank lines after it do not', () => {
    const [first, , , , last] = detectTurns(BRIEFING).turns;
    expect(BRIEFING.slice(first.start, first.end).endsWith('businesslike.\n\nThank you.')).toBe(true);
    expect(BRIEFING.slice(first.start, first.labelEnd)).toBe('Aide to\u00a0the\u00a0Minister Tomas Aberg:');
    // The last turn runs to the end of the text: the closing date and "scroll to top" are in it
    // until the user excludes them.
    expect(BRIEFING.slice(last.start, last.end).endsWith('scroll to top')).toBe(true);
  });

  it.each<[string, string, ConventionId, [number, string, string][]]>([
    ['Q/A', QA_INTERVIEW, 'qa', [[1, 'Q', 'How many ferries lef'], [2, 'A', 'Eleven. Two stayed b'], [3, 'Q', 'And tomorrow?'], [4, 'A', 'We expect all of the']]],
    ['timestamps', TIMESTAMPED, 'timestamp', [[1, 'Chair', 'Let us begin.'], [2, 'Мария Иванова', 'Совет должен принять'], [3, 'Chair', 'Thank you. Next item'], [4, 'Speaker 2', 'I object to the agen']]],
    ['NAME.', CAPS_RECORD, 'caps-period', [[1, 'THE SPEAKER', 'Order, order. The de'], [2, 'Mr. BERGSTROM', 'I rise to ask about '], [3, 'THE SPEAKER', 'The minister.'], [4, 'MS LINDQVIST', 'The fees follow the ']]],
  ])('chooses the %s convention and reports it', (_name, text, convention, turns) => {
    const d = detectTurns(text);
    expect(d.convention).toBe(convention);
    expect(summary(text)).toEqual(turns);
  });

  it('counts the label lines of every convention, for the review step', () => {
    expect(detectTurns(QA_INTERVIEW).counts).toEqual({ qa: 4, 'name-colon': 2, timestamp: 0, 'caps-period': 0 });
  });

  it('finds no turns in a text with fewer than two label lines', () => {
    const d = detectTurns(NEWS_REPORT);
    expect(d.convention).toBeNull();
    expect(d.turns).toEqual([]);
    expect(d.counts['name-colon']).toBe(1);
  });

  it('uses the convention it is told to, or none', () => {
    expect(detectTurns(NEWS_REPORT, { convention: 'name-colon' }).turns.map((t) => t.name)).toEqual(['Note']);
    expect(detectTurns(BRIEFING, { convention: null }).turns).toEqual([]);
    // Q/A read as Name: finds only the lines with a colon.
    expect(detectTurns(QA_INTERVIEW, { convention: 'name-colon' }).turns).toHaveLength(2);
  });

  it('skips rejected label lines: their text joins the turn before', () => {
    const line = BRIEFING.indexOf('Question: Will');
    const d = detectTurns(BRIEFING, { rejected: [line] });
    expect(d.turns.map((t) => t.name)).toEqual(['Aide to the Minister Tomas Aberg', 'Question', 'Tomas Aberg', 'Tomas Aberg']);
    expect(BRIEFING.slice(d.turns[2].start, d.turns[2].end)).toContain('Will they speak again?');
  });

  it('starts the speech of a label-only line on the next line', () => {
    const text = 'Anna Berg:\n\nWe sail at six.\nBo Lind:\nFine.';
    const [a, b] = detectTurns(text).turns;
    expect(text.slice(a.speechStart, a.end)).toBe('We sail at six.');
    expect(text.slice(b.speechStart, b.end)).toBe('Fine.');
  });

  it('gives a label at the very end an empty speech', () => {
    const text = 'Anna Berg: Yes.\nBo Lind:';
    const last = detectTurns(text).turns[1];
    expect([last.speechStart, last.end]).toEqual([text.length, text.length]);
  });

  it('handles a text without words, and CRLF-free canonical text only', () => {
    expect(detectTurns('').turns).toEqual([]);
    expect(detectTurns('\n\n').turns).toEqual([]);
  });
});
