/**
 * Speaker turns as agreement units for the command line: the turns of the workbench's one
 * speaker rule (`shared/transcript`, as the datasets and `workbench turns` find them), each
 * from its label to the end of its last non-blank line. Text before the first turn belongs to
 * no turn.
 */
import type { UnitRange } from '../shared/agreement/unit-ranges';
import { detectTurns } from '../shared/transcript/detect';

/** The turns of `text` as UTF-16 ranges named "turn N (SPEAKER)". */
export function turnUnits(text: string): UnitRange[] {
  return detectTurns(text).turns.map((t) => ({ start: t.start, end: t.end, name: `turn ${t.number} (${t.name})` }));
}
