/**
 * Sentences of a canonical text, for agreement on sentence units: within each line (a line
 * always ends a sentence), a sentence ends after `.`, `!`, `?` or `…` (repeated or not) and any
 * closing quotes or brackets, where white space follows. A speaker label (as the workbench's one
 * speaker rule finds it, `shared/transcript`) belongs to no sentence. Offsets are UTF-16, trimmed.
 *
 * The reader's Alt+S (`src/renderer/reader/sentence.ts`) finds one sentence with the same
 * ending (`SENTENCE_END_SOURCE`) and the same speaker labels.
 */
import { detectTurns } from '../transcript/detect';
import { paragraphsOf } from './canonical';

/** A half-open UTF-16 range of the text. */
export interface TextRange {
  start: number;
  end: number;
}

/** The source of the sentence-ending pattern (make a new RegExp with the `gu` flags per use). */
export const SENTENCE_END_SOURCE = '[.!?…]+["\'”’»)]*\\s+';

/** True for the characters JavaScript's `\s` matches. */
export function isWhiteSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Adds `[start, end)` of `text`, trimmed, when anything is left. */
function pushTrimmed(out: TextRange[], text: string, start: number, end: number): void {
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** The sentences of `text`, in order. */
export function sentencesOf(text: string): TextRange[] {
  const out: TextRange[] = [];
  const ender = new RegExp(SENTENCE_END_SOURCE, 'gu');
  const turns = detectTurns(text).turns;
  let next = 0;
  for (const line of paragraphsOf(text)) {
    const content = text.slice(line.start, line.end);
    let from = 0;
    while (next < turns.length && turns[next].start < line.start) next++;
    const turn = turns[next];
    if (turn && turn.start <= line.end) {
      // A label line: the speech starts after the label, or on a later line.
      if (turn.speechStart > line.end) continue;
      from = turn.speechStart - line.start;
    }
    ender.lastIndex = from;
    for (let match = ender.exec(content); match; match = ender.exec(content)) {
      const stop = match.index + match[0].trimEnd().length;
      pushTrimmed(out, text, line.start + from, line.start + stop);
      from = match.index + match[0].length;
    }
    pushTrimmed(out, text, line.start + from, line.end);
  }
  return out;
}
