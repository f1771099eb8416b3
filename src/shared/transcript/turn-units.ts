/**
 * Speaker turns as agreement units, read from a transcript structure: the adapter between
 * `shared/transcript` and `shared/agreement`, so that agreement counts the turns the user
 * reviewed. A turn wholly marked as not speech is no unit; merged speakers are named as merged.
 */
import type { UnitRange } from '../agreement/unit-ranges';
import { isTurnExcluded } from './speakers';
import { speakerOfTurn, type TranscriptStructure } from './structure';

/** The turns of `structure` as UTF-16 ranges named "turn N (SPEAKER)", excluded turns left out. */
export function turnUnitsOf(structure: TranscriptStructure): UnitRange[] {
  return structure.turns.filter((t) => !isTurnExcluded(structure, t)).map((t) => ({ start: t.start, end: t.end, name: `turn ${t.number} (${speakerOfTurn(structure, t)})` }));
}
