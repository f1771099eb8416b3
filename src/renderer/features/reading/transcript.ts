import { tidySpan } from '../../../shared/text/span';
import type { Turn } from '../../../shared/transcript/detect';
import { isTurnExcluded } from '../../../shared/transcript/speakers';
import { speakerOfTurn, turnOwning, type TranscriptStructure } from '../../../shared/transcript/structure';
import type { TranscriptLayer } from '../../reader/transcript-layer';
import { NO_TRANSCRIPT } from '../../reader/transcript-layer';

/** What the reader draws for a structure, with the turns of speakers other than `speaker` dimmed. */
export function layerOf(structure: TranscriptStructure | null, speaker: string | null): TranscriptLayer {
  if (!structure || (structure.turns.length === 0 && structure.exclusions.length === 0)) return NO_TRANSCRIPT;
  return {
    turns: structure.turns.map((t) => ({ number: t.number, speaker: speakerOfTurn(structure, t), start: t.start, end: t.end, excluded: isTurnExcluded(structure, t) })),
    exclusions: structure.exclusions.map((e) => ({ start: e.start, end: e.end })),
    speaker,
  };
}

/** The turn a caret at `offset` is in (between turns: the next one), or null before the first. */
export function turnFor(structure: TranscriptStructure | null, offset: number): Turn | null {
  return structure ? turnOwning(structure, offset) : null;
}

/** A turn's speech without its label, trimmed to whole characters: what "select the turn" selects. */
export function speechOf(text: string, turn: Turn): { start: number; end: number } {
  return tidySpan(text, turn.speechStart, turn.end);
}

