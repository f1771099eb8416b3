/**
 * Speaker turns as agreement units, for the app's agreement panel and the command line alike
 * (the one place both call): the turns of the workbench's one speaker rule (`shared/transcript`,
 * as the datasets and `workbench turns` find them), each from its label to the end of its last
 * non-blank line. Text before the first turn belongs to no turn.
 */
import type { UnitRange } from './unit-ranges';
import { detectStructure } from '../transcript/structure';
import { turnUnitsOf } from '../transcript/turn-units';

/** The turns of `text` as UTF-16 ranges named "turn N (SPEAKER)" (detected; no review applied). */
export function turnUnits(text: string): UnitRange[] {
  return turnUnitsOf(detectStructure(text, ''));
}
