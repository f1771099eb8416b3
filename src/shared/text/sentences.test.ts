import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences';

const quotes = (text: string): string[] => sentencesOf(text).map((r) => text.slice(r.start, r.end));

describe('sentencesOf', () => {
  it.each([
    ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
    ['He said “stop.” Then left…  And?', ['He said “stop.”', 'Then left…', 'And?']],
    ['Version 2.5 is out. Yes', ['Version 2.5 is out.', 'Yes']],
    ['MÜLLER: I agree. We vote.\nSCHMIDT: No!', ['I agree.', 'We vote.', 'No!']],
    // Labels are the transcript's (two or more label lines make a transcript, `shared/transcript`).
    ['Question:\nWhy? Because.\nAnna Berg: So.', ['Why?', 'Because.', 'So.']],
    ['Note: one label line is not a transcript.', ['Note: one label line is not a transcript.']],
    ['first line\n\n  second line  \n', ['first line', 'second line']],
    ['Wait... what?! Really', ['Wait...', 'what?!', 'Really']],
    ['Эмодзи 👋🏽. Дальше', ['Эмодзи 👋🏽.', 'Дальше']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('gives UTF-16 offsets into the text', () => {
    const text = 'Al: 👋 Hi. Bye.\nBo: Ok.';
    expect(sentencesOf(text)).toEqual([
      { start: 4, end: 10 },
      { start: 11, end: 15 },
      { start: 20, end: 23 },
    ]);
  });
});
