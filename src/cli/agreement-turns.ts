/**
 * Speaker turns as agreement units for the command line: a stop-gap adapter over the one
 * speaker rule there is today (`speakerOf` in src/shared/text/canonical.ts), read the way the
 * datasets read it (`DocumentIndex`): a non-blank line that `speakerOf` recognises starts a
 * turn, which runs to the end of the last non-blank line before the next one. Text before the
 * first turn belongs to no turn. Replace with the transcript structure's turns when it lands.
 */
import type { UnitRange } from '../shared/agreement/unit-ranges';
import { paragraphsOf, speakerOf } from '../shared/text/canonical';

/** The turns of `text` as UTF-16 ranges named "turn N (SPEAKER)". */
export function turnUnits(text: string): UnitRange[] {
  const turns: UnitRange[] = [];
  let current: { start: number; end: number; speaker: string } | null = null;
  const close = (): void => {
    if (current) turns.push({ start: current.start, end: current.end, name: `turn ${turns.length + 1} (${current.speaker})` });
  };
  for (const line of paragraphsOf(text)) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') continue;
    const speaker = speakerOf(content);
    if (speaker !== null) {
      close();
      current = { start: line.start, end: line.end, speaker };
    } else if (current) {
      current.end = line.end;
    }
  }
  close();
  return turns;
}
