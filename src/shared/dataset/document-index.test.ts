import { describe, expect, it } from 'vitest';
import { mergeSpeakers } from '../transcript/corrections';
import { detectStructure } from '../transcript/structure';
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

  it.each<[string, number, number, string | null, number | null]>([
    ['before the first turn', at(transcript, 'briefing'), 1, null, null],
    ['at offset 0', 0, 1, null, null],
    ['first turn line', at(transcript, 'Will'), 2, 'Question', 1],
    ['the turn line itself', at(transcript, 'Question'), 2, 'Question', 1],
    ['a long speaker name', at(transcript, 'not this'), 3, 'Aide to the President Yury Ushakov', 2],
    ['a continuation line', at(transcript, 'nothing'), 4, 'Aide to the President Yury Ushakov', 2],
    ['the LF at the end of a line', at(transcript, '\nHe added'), 3, 'Aide to the President Yury Ushakov', 2],
    ['a blank line goes to the next paragraph', at(transcript, '\n\nQuestion') + 1, 2, 'Question', 1],
    ['a spaces-only line goes to the next paragraph', at(transcript, '   '), 5, 'Вопрос', 3],
    ['after an astral character', at(transcript, 'Почему'), 5, 'Вопрос', 3],
    ['past the end clamps to the last line', 10_000, 5, 'Вопрос', 3],
  ])('%s', (_name, offset, paragraph, speaker, turn) => {
    expect(index.locate(offset)).toEqual({ paragraph, speaker, turn });
  });

  it('writes a speaker’s name with no-break spaces as spaces (issue 12, item 9)', () => {
    const text = 'Aide to\u00a0the\u00a0President Yury Ushakov: Good evening!\nQuestion: Why?';
    expect(new DocumentIndex(text).locate(3)).toEqual({ paragraph: 1, speaker: 'Aide to the President Yury Ushakov', turn: 1 });
  });

  it('applies the aliases of a given transcript structure', () => {
    const s = mergeSpeakers(detectStructure(transcript, 'h'), ['Aide to the President Yury Ushakov'], 'Question');
    expect(new DocumentIndex(transcript, s).locate(at(transcript, 'nothing'))).toEqual({ paragraph: 4, speaker: 'Question', turn: 2 });
  });

  it('gives a trailing blank line the last paragraph', () => {
    const text = 'One.\nTwo.\n\n';
    expect(new DocumentIndex(text).locate(text.length - 1)).toEqual({ paragraph: 2, speaker: null, turn: null });
  });

  it('gives no paragraph in a text without words', () => {
    expect(new DocumentIndex('').locate(0)).toEqual({ paragraph: null, speaker: null, turn: null });
    expect(new DocumentIndex('\n \n').locate(1)).toEqual({ paragraph: null, speaker: null, turn: null });
  });
});
