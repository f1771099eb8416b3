import { speakerOfTurn, turnOwning, type TranscriptStructure } from './structure';

/** Where an annotation is in a transcript: the speaker (aliases applied) and the turn number. */
export interface TurnPlace {
  speaker: string;
  turn: number;
}

/**
 * The speaker and turn of an annotation starting at UTF-16 `offset`, as the datasets count it
 * (a blank line between two turns belongs to the next one), or null before the first turn and
 * in a text without turns.
 */
export function placeOf(structure: TranscriptStructure | null, offset: number): TurnPlace | null {
  const turn = structure ? turnOwning(structure, offset) : null;
  return turn && structure ? { speaker: speakerOfTurn(structure, turn), turn: turn.number } : null;
}
