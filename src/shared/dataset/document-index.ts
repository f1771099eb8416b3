import { paragraphsOf } from '../text/canonical';
import { OffsetMap } from '../text/offsets';
import { detectStructure, speakerOfTurn, turnAt, type TranscriptStructure } from '../transcript/structure';

/** Where a code-point offset falls in a document: its paragraph number, speaker and turn. */
export interface Location {
  /** 1-based number among non-blank lines; null when the text has no non-blank line. */
  paragraph: number | null;
  /** Speaker of the turn that paragraph belongs to (aliases applied); null outside any turn. */
  speaker: string | null;
  /** Number of that turn; null outside any turn. */
  turn: number | null;
}

/**
 * Paragraph numbers, speakers and turns of one canonical text, precomputed once (O(n)) so that
 * each lookup is a binary search over line starts (O(log lines)).
 *
 * Paragraphs are the lines of `paragraphsOf`, but only non-blank lines (not empty and not only
 * whitespace) are numbered, as a reader counts them. An offset on a blank line belongs to the
 * next non-blank line (where the quoted words begin), or to the last one when none follows.
 * Speakers and turns come from the transcript structure (`structure`, or detected with the
 * workbench's speaker-label rule when none is given): a line belongs to the turn its first
 * character is in.
 */
export class DocumentIndex {
  /** Code-point offset of the start of every line, ascending. */
  private readonly lineStarts: number[] = [];
  /** Per line: the index of the non-blank line that stands for it, or -1. */
  private readonly resolved: number[] = [];
  /** Per line: its 1-based number among non-blank lines, 0 for a blank line. */
  private readonly numbers: number[] = [];
  /** Per line: the speaker of the turn it belongs to, or null. */
  private readonly speakers: (string | null)[] = [];
  /** Per line: the number of the turn it belongs to, or null. */
  private readonly turns: (number | null)[] = [];

  constructor(text: string, structure: TranscriptStructure = detectStructure(text, '')) {
    const map = new OffsetMap(text);
    const lines = paragraphsOf(text);
    let count = 0;
    for (const line of lines) {
      const content = text.slice(line.start, line.end);
      const lead = content.length - content.trimStart().length;
      const blank = lead === content.length;
      this.lineStarts.push(map.toCodePoints(line.start));
      this.numbers.push(blank ? 0 : ++count);
      const turn = blank ? null : turnAt(structure, line.start + lead);
      this.speakers.push(turn ? speakerOfTurn(structure, turn) : null);
      this.turns.push(turn ? turn.number : null);
    }
    // Blank lines stand for the next non-blank line, or failing that the last one.
    let next = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (this.numbers[i] > 0) next = i;
      this.resolved[i] = next;
    }
    let previous = -1;
    for (let i = 0; i < lines.length; i++) {
      if (this.numbers[i] > 0) previous = i;
      else if (this.resolved[i] === -1) this.resolved[i] = previous;
    }
  }

  /** The paragraph, speaker and turn at code-point offset `codePoint` (clamped to the text). */
  locate(codePoint: number): Location {
    // Last line whose start is <= codePoint.
    let lo = 0;
    let hi = this.lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lineStarts[mid] <= codePoint) lo = mid + 1;
      else hi = mid;
    }
    const line = this.resolved[Math.max(0, lo - 1)];
    if (line === -1) return { paragraph: null, speaker: null, turn: null };
    return { paragraph: this.numbers[line], speaker: this.speakers[line], turn: this.turns[line] };
  }
}
