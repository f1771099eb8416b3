import { describe, expect, it } from 'vitest';
import { DocumentIndex } from './document-index';

/** Code-point offset of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): number {
  const unit = text.indexOf(needle);
  if (unit === -1) throw new Error(`not found: ${needle}`);
  return [...text.slice(0, unit)].length;
}

describe('DocumentIndex', () => {
  const transcript = [
    'Press briefing 😀, 3 March', // 1, before any turn
    '',
    'Question: Will you meet him?', // 2
    'Aide to the President Yury Ushakov: No, not this week.', // 3
    'He added: nothing more.', // 4, continues the turn ("He added" is not a name)
    '   ', // blank (spaces only)
    'Вопрос: Почему? 👍🏽', // 5, new turn in Cyrillic
  ].join('\n');
  const index = new DocumentIndex(transcript);

  it.each<[string, number, number, string | null]>([
    ['before the first turn', at(transcript, 'briefing'), 1, null],
    ['at offset 0', 0, 1, null],
    ['first turn line', at(transcript, 'Will'), 2, 'Question'],
    ['the turn line itself', at(transcript, 'Question'), 2, 'Question'],
    ['a long speaker name', at(transcript, 'not this'), 3, 'Aide to the President Yury Ushakov'],
    ['a continuation line', at(transcript, 'nothing'), 4, 'Aide to the President Yury Ushakov'],
    ['the LF at the end of a line', at(transcript, '\nHe added'), 3, 'Aide to the President Yury Ushakov'],
    ['a blank line goes to the next paragraph', at(transcript, '\n\nQuestion') + 1, 2, 'Question'],
    ['a spaces-only line goes to the next paragraph', at(transcript, '   '), 5, 'Вопрос'],
    ['after an astral character', at(transcript, 'Почему'), 5, 'Вопрос'],
    ['past the end clamps to the last line', 10_000, 5, 'Вопрос'],
  ])('%s', (_name, offset, paragraph, speaker) => {
    expect(index.locate(offset)).toEqual({ paragraph, speaker });
  });

  it('gives a trailing blank line the last paragraph', () => {
    const text = 'One.\nTwo.\n\n';
    expect(new DocumentIndex(text).locate(text.length - 1)).toEqual({ paragraph: 2, speaker: null });
  });

  it('gives no paragraph in a text without words', () => {
    expect(new DocumentIndex('').locate(0)).toEqual({ paragraph: null, speaker: null });
    expect(new DocumentIndex('\n \n').locate(1)).toEqual({ paragraph: null, speaker: null });
  });
});
