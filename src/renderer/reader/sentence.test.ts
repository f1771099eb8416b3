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
