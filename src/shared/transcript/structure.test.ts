import { describe, expect, it } from 'vitest';
import {
  addExclusion,
  chooseConvention,
  confirm,
  CorrectionError,
  detectConventionAgain,
  mergeSpeakers,
  rejectTurn,
  removeExclusion,
  renameSpeaker,
  restoreTurn,
  separateName,
} from './corrections';
import { readStructure } from './read-structure';
import { speakerSummaries, speakersOf, suggestAliases } from './speakers';
import {
  detectStructure,
  excludedLength,
  includedParts,
  isExcluded,
  preamble,
  speakerAt,
  turnAt,
  turnOwning,
  type TranscriptStructure,
} from './structure';
import { BRIEFING, QA_INTERVIEW } from './test-transcripts';

const at = (needle: string): number => {
  const i = BRIEFING.indexOf(needle);
  if (i < 0) throw new Error(`not in the briefing: ${needle}`);
  return i;
};
const base = detectStructure(BRIEFING, 'hash-briefing');
const LONG = 'Aide to the Minister Tomas Aberg';
const SHORT = 'Tomas Aberg';

describe('queries', () => {
  it.each<[string, number, string | null, number | null]>([
    ['page chrome before the first turn', at('Font size'), null, null],
    ['the first label', at('Aide to\u00a0the\u00a0Minister Tomas Aberg:'), LONG, 1],
    ['a continuation paragraph', at('businesslike'), LONG, 1],
    ['a question', at('ferry contracts'), 'Question', 2],
    ['after an emoji', at('.\n\nQuestion: Will'), SHORT, 3],
    ['the last turn, past its speech', at('scroll to top'), SHORT, 5],
  ])('%s', (_name, offset, speaker, turn) => {
    expect(speakerAt(base, offset)).toEqual(speaker === null ? null : { speaker, turn });
  });

  it('puts the blank lines between turns in no turn, and counts them for the next one', () => {
    const gap = at('\n\nQuestion: Did') + 1;
    expect(turnAt(base, gap)).toBeNull();
    expect(turnOwning(base, gap)?.number).toBe(2);
    expect(turnOwning(base, 0)).toBeNull();
  });

  it('gives the text before the first turn as the preamble', () => {
    expect(preamble(base)).toEqual({ start: 0, end: at('Aide to\u00a0the\u00a0Minister Tomas Aberg:') });
  });
});

describe('aliases', () => {
  it('suggests merging the long form of a name into the short one', () => {
    expect(suggestAliases(base)).toEqual([{ name: LONG, speaker: SHORT }]);
  });

  it('merges "Aide to the Minister Tomas Aberg" into "Tomas Aberg": one speaker, all turns', () => {
    const merged = mergeSpeakers(base, [LONG], SHORT);
    expect(speakersOf(merged)).toEqual([SHORT, 'Question']);
    expect(speakerAt(merged, at('Good evening'))).toEqual({ speaker: SHORT, turn: 1 });
    expect(merged.aliases).toEqual([{ name: LONG, speaker: SHORT }]);
    // The original is untouched (undo keeps it).
    expect(speakersOf(base)).toEqual([LONG, 'Question', SHORT]);
  });

  it('renames a merged speaker without making chains', () => {
    const merged = mergeSpeakers(base, [LONG], SHORT);
    const renamed = renameSpeaker(merged, SHORT, 'T. Aberg');
    expect(speakersOf(renamed)).toEqual(['T. Aberg', 'Question']);
    expect(new Map(renamed.aliases.map((a) => [a.name, a.speaker]))).toEqual(
      new Map([
        [LONG, 'T. Aberg'],
        [SHORT, 'T. Aberg'],
      ]),
    );
  });

  it('renaming back to the name as written drops the alias', () => {
    const renamed = renameSpeaker(renameSpeaker(base, 'Question', 'Journalist'), 'Journalist', 'Question');
    expect(renamed.aliases).toEqual([]);
  });

  it('renaming onto another speaker merges them; separating one name undoes its part', () => {
    const merged = renameSpeaker(base, LONG, SHORT);
    expect(speakersOf(merged)).toEqual([SHORT, 'Question']);
    expect(speakersOf(separateName(merged, LONG))).toEqual([LONG, 'Question', SHORT]);
  });

  it('normalises a name given with NBSPs, and refuses an empty one', () => {
    const merged = mergeSpeakers(base, ['Aide to\u00a0the\u00a0Minister Tomas Aberg'], SHORT);
    expect(speakersOf(merged)).toEqual([SHORT, 'Question']);
    expect(() => renameSpeaker(base, 'Question', ' \u00a0')).toThrow(CorrectionError);
  });

  it('counts turns and words per speaker as shown', () => {
    const merged = mergeSpeakers(base, [LONG], SHORT);
    const summaries = speakerSummaries(merged, BRIEFING);
    expect(summaries.map((s) => [s.speaker, s.names, s.turns])).toEqual([
      [SHORT, [LONG, SHORT], 3],
      ['Question', ['Question'], 2],
    ]);
    // “Did the ministers discuss the ferry contracts? Were “guarantees” mentioned?” and “Will they speak again?”
    expect(summaries[1].words).toBe(10 + 4);
  });
});

describe('exclusions', () => {
  const chromeEnd = at('Official website');
  const withChrome = addExclusion(base, BRIEFING, 0, chromeEnd, 'chrome');
  const tail = at('March 14, 2024\n\nscroll');

  it('marks regions as not speech; offsets inside are excluded, others not', () => {
    expect(isExcluded(withChrome, at('Font size'))).toBe(true);
    expect(isExcluded(withChrome, chromeEnd)).toBe(false);
    expect(isExcluded(base, at('Font size'))).toBe(false);
  });

  it('leaves excluded words out of speaker statistics', () => {
    const excluded = addExclusion(base, BRIEFING, tail, BRIEFING.length, 'chrome');
    const words = (s: TranscriptStructure) => speakerSummaries(s, BRIEFING).find((x) => x.speaker === SHORT)!.words;
    // "March 14, 2024" and "scroll to top": 6 words.
    expect(words(base) - words(excluded)).toBe(6);
  });

  it('a wholly excluded turn is not counted', () => {
    const turn = base.turns[3];
    const excluded = addExclusion(base, BRIEFING, turn.start, turn.end, 'stage');
    expect(speakerSummaries(excluded, BRIEFING).find((s) => s.speaker === 'Question')!.turns).toBe(1);
  });

  it('a new region replaces the overlapped part of older ones; removing cuts a hole', () => {
    let s = addExclusion(base, BRIEFING, 0, 20, 'chrome');
    s = addExclusion(s, BRIEFING, 10, 30, 'header');
    expect(s.exclusions).toEqual([
      { start: 0, end: 10, kind: 'chrome' },
      { start: 10, end: 30, kind: 'header' },
    ]);
    s = removeExclusion(s, BRIEFING, 5, 15);
    expect(s.exclusions).toEqual([
      { start: 0, end: 5, kind: 'chrome' },
      { start: 15, end: 30, kind: 'header' },
    ]);
    expect(excludedLength(s, 0, 100)).toBe(20);
    expect(includedParts(s, 0, 40)).toEqual([
      { start: 5, end: 15 },
      { start: 30, end: 40 },
    ]);
  });

  it('never splits a surrogate pair and refuses an empty region', () => {
    const text = 'Anna: a😀b\nBo: c';
    const s = detectStructure(text, 'h');
    const emoji = text.indexOf('😀');
    // Both ends inside the pair: the region grows to take the whole emoji, never half of it.
    const excluded = addExclusion(s, text, emoji + 1, emoji - 1, 'other');
    expect(excluded.exclusions).toEqual([{ start: emoji - 1, end: emoji + 2, kind: 'other' }]);
    expect(() => addExclusion(s, text, 3, 3, 'other')).toThrow(/selection is empty/);
  });
});

describe('turn corrections', () => {
  it('rejects and restores a label line', () => {
    const line = at('Question: Will');
    const rejected = rejectTurn(base, BRIEFING, line + 3);
    expect(rejected.turns).toHaveLength(4);
    expect(rejected.rejected).toEqual([line]);
    expect(restoreTurn(rejected, BRIEFING, line).turns).toEqual(base.turns);
  });

  it('re-detects with a chosen convention and back', () => {
    const qa = detectStructure(QA_INTERVIEW, 'h');
    const colon = chooseConvention(qa, QA_INTERVIEW, 'name-colon');
    expect(colon.convention).toBe('name-colon');
    expect(colon.turns).toHaveLength(2);
    const none = chooseConvention(qa, QA_INTERVIEW, null);
    expect([none.convention, none.turns.length]).toEqual([null, 0]);
    const auto = detectConventionAgain(none, QA_INTERVIEW);
    expect([auto.convention, auto.turns.length, 'chosenConvention' in auto]).toEqual(['qa', 4, false]);
  });

  it('a correction clears the confirmation; re-detection keeps the corrections of the same text', () => {
    const confirmed = confirm(mergeSpeakers(base, [LONG], SHORT), '2024-06-01T12:00:00.000Z');
    expect(confirmed.confirmedAt).toBe('2024-06-01T12:00:00.000Z');
    expect(addExclusion(confirmed, BRIEFING, 0, 4, 'chrome').confirmedAt).toBeNull();
    const again = detectStructure(BRIEFING, 'hash-briefing', confirmed);
    expect([again.aliases, again.confirmedAt]).toEqual([confirmed.aliases, confirmed.confirmedAt]);
    const other = detectStructure(BRIEFING, 'another-hash', confirmed);
    expect([other.aliases, other.confirmedAt]).toEqual([[], null]);
  });
});

describe('readStructure', () => {
  const good = addExclusion(mergeSpeakers(base, [LONG], SHORT), BRIEFING, 0, 13, 'chrome');

  it('reads back a structure stored as JSON', () => {
    const read = readStructure(JSON.parse(JSON.stringify(good)), BRIEFING, 'hash-briefing');
    expect(read).toEqual({ ok: true, value: good });
  });

  it.each<[string, (s: Record<string, unknown>) => void, RegExp]>([
    ['another text', (s) => (s.hash = 'x'), /another text/],
    ['an unknown version', (s) => (s.version = 2), /known version/],
    ['a turn outside the text', (s) => ((s.turns as { end: number }[])[0].end = BRIEFING.length + 1), /Turn 1 .* outside/],
    ['turns out of order', (s) => (s.turns as unknown[]).reverse(), /Turn 1/],
    ['overlapping exclusions', (s) => (s.exclusions as unknown[]).push({ start: 5, end: 9, kind: 'chrome' }), /overlap/],
    ['an unknown exclusion kind', (s) => ((s.exclusions as { kind: string }[])[0].kind = 'ads'), /excluded region/],
    ['an alias given twice', (s) => (s.aliases as unknown[]).push({ name: LONG, speaker: 'X' }), /alias/],
  ])('refuses %s', (_name, spoil, message) => {
    const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
    spoil(copy);
    const read = readStructure(copy, BRIEFING, 'hash-briefing');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(message);
  });
});
