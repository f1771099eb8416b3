import { describe, expect, it } from 'vitest';
import { contentHash } from '../text/hash';
import { addExclusion, mergeSpeakers } from './corrections';
import { detectStructure } from './structure';
import { BRIEFING } from './test-transcripts';
import { turnUnitsOf } from './turn-units';

describe('turn units for agreement', () => {
  it('are the reviewed turns: merged speakers, wholly excluded turns left out', () => {
    let s = detectStructure(BRIEFING, contentHash(BRIEFING));
    s = mergeSpeakers(s, ['Aide to the Minister Tomas Aberg'], 'Tomas Aberg');
    const second = s.turns[1];
    s = addExclusion(s, BRIEFING, second.start, second.end, 'other');
    expect(turnUnitsOf(s).map((u) => u.name)).toEqual(['turn 1 (Tomas Aberg)', 'turn 3 (Tomas Aberg)', 'turn 4 (Question)', 'turn 5 (Tomas Aberg)']);
    expect(turnUnitsOf(s)[0]).toMatchObject({ start: s.turns[0].start, end: s.turns[0].end });
  });
});
