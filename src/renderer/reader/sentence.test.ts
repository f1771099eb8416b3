import { describe, expect, it } from 'vitest';
import { sentenceAt, trimSpan } from './sentence';

const text =
  'Title line\nSpokesperson Mara: Good afternoon. The minister spoke “at length.” Then she left!\nQuestion: Why?';

describe('sentenceAt', () => {
  it.each([
    ['Good', 'Good afternoon.'],
    ['minister', 'The minister spoke “at length.”'],
    ['left', 'Then she left!'],
    ['Why', 'Why?'],
    ['Title', 'Title line'],
  ])('around “%s” selects “%s”', (word, sentence) => {
    const { start, end } = sentenceAt(text, text.indexOf(word) + 1);
    expect(text.slice(start, end)).toBe(sentence);
  });

  // Issue 12, item 9: Alt+S on a speaker's line included "Name:" in the sentence.
  const briefing = [
    'Briefing by Aide to the President, 12 February',
    'Aide to\u00a0the\u00a0President Yury Ushakov: Good evening! A call has just ended.',
    'Question: Will they talk again?',
    '[not a label]: text',
  ].join('\n');
  it.each([
    ['at the start of the line', 'Aide to\u00a0the', 0, 'Good evening!'],
    ['on the speaker’s name', 'Ushakov', 2, 'Good evening!'],
    ['on the colon', 'Ushakov:', 7, 'Good evening!'],
    ['on a short label', 'Question', 3, 'Will they talk again?'],
  ])('with the caret %s, selects the first sentence of the speech, without the label', (_where, needle, into, sentence) => {
    const { start, end } = sentenceAt(briefing, briefing.indexOf(needle) + into);
    expect(briefing.slice(start, end)).toBe(sentence);
  });

  it('uses the same labels in every convention the workbench detects', () => {
    const timed = '[00:00:05] Chair: Let us begin. Item one.\n[00:01:23] Anna Berg: I object.';
    const { start, end } = sentenceAt(timed, 2);
    expect(timed.slice(start, end)).toBe('Let us begin.');
    const caps = 'THE SPEAKER. Order, order. Sit down.\nMR LIND. No.';
    const s = sentenceAt(caps, 1);
    expect(caps.slice(s.start, s.end)).toBe('Order, order.');
  });

  it('treats a colon in a line that is not a turn as text', () => {
    const plain = 'Note: the ministry did not comment. It said nothing.';
    const { start, end } = sentenceAt(plain, plain.indexOf('ministry'));
    expect(plain.slice(start, end)).toBe('Note: the ministry did not comment.');
  });

  it('takes the speech from the next line when the label stands alone', () => {
    const alone = 'Anna Berg:\nWe sail at six. Then home.\nBo Lind:\nFine.';
    const { start, end } = sentenceAt(alone, 2);
    expect(alone.slice(start, end)).toBe('We sail at six.');
  });
});

describe('trimSpan', () => {
  it.each([
    ['  two words \n', 'two words'],
    [' \n\t ', ''],
    ['x', 'x'],
  ])('%j → %j', (input, expected) => {
    const { start, end } = trimSpan(input, 0, input.length);
    expect(input.slice(start, end)).toBe(expected);
  });
});
