import { SENTENCE_END_SOURCE } from '../../shared/text/sentences';
import { detectTurns, type Turn } from '../../shared/transcript/detect';

/** The turns of the last text asked about (the open document), detected once. */
let cached: { text: string; turns: readonly Turn[] } | null = null;

function detectedTurns(text: string): readonly Turn[] {
  if (cached?.text !== text) cached = { text, turns: detectTurns(text).turns };
  return cached.turns;
}

/** The turn whose label starts on the line `[lineStart, lineEnd]`, if any. */
function labelledTurn(turns: readonly Turn[], lineStart: number, lineEnd: number): Turn | null {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].start < lineStart) lo = mid + 1;
    else hi = mid;
  }
  const turn = turns[lo];
  return turn && turn.start <= lineEnd ? turn : null;
}

/**
 * Finds the sentence around a text offset, within its line: from after the previous sentence
 * end (`.`, `!`, `?`, `…` followed by a space) or after the speaker label, up to and including
 * the next sentence end and any closing quote. Returns trimmed offsets.
 *
 * Speaker labels are those of the transcript's turns (`turns`; by default detected with the
 * workbench's one speaker-label rule, `shared/transcript`). The label is never part of the
 * sentence: with the caret on the label itself, the first sentence of the speech is chosen.
 */
export function sentenceAt(text: string, offset: number, turns: readonly Turn[] = detectedTurns(text)): { start: number; end: number } {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const turn = labelledTurn(turns, lineStart, lineEnd);
  let speech = lineStart;
  if (turn) {
    speech = turn.speechStart;
    if (offset < speech) offset = speech;
    if (speech > lineEnd) {
      // A label alone on its line: the speech begins on a later line.
      lineStart = text.lastIndexOf('\n', speech - 1) + 1;
      lineEnd = text.indexOf('\n', speech);
      if (lineEnd === -1) lineEnd = text.length;
    }
  }
  const line = text.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  let start = Math.max(0, speech - lineStart);
  const ender = new RegExp(SENTENCE_END_SOURCE, 'gu');
  let end = line.length;
  for (let match = ender.exec(line); match; match = ender.exec(line)) {
    const after = match.index + match[0].length;
    if (after <= at) {
      if (match.index >= start) start = after;
    } else {
      end = match.index + match[0].trimEnd().length;
      break;
    }
  }
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return { start: lineStart + start, end: lineStart + end };
}

export { trimSpan } from '../../shared/text/span';
