/**
 * Speaker turns as agreement units for the command line: the turns of the workbench's one
 * speaker rule (`shared/transcript`, as the datasets and `workbench turns` find them), each
 * from its label to the end of its last non-blank line. Text before the first turn belongs to
 * no turn.
 */
import type { UnitRange } from '../shared/agreement/unit-ranges';
import { detectStructure } from '../shared/transcript/structure';
import { turnUnitsOf } from '../shared/transcript/turn-units';

/** The turns of `text` as UTF-16 ranges named "turn N (SPEAKER)" (the app's adapter, on detected turns). */
export function turnUnits(text: string): UnitRange[] {
  return turnUnitsOf(detectStructure(text, ''));
}
