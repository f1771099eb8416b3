import { describe, expect, it } from 'vitest';
import { turnUnits } from './agreement-turns';

describe('turnUnits', () => {
  it('starts a turn at each speaker line and runs it to the last line before the next', () => {
    const text = 'Preamble without speaker.\nANNA: One.\nstill Anna.\n\nBEN: Two.\n';
    const turns = turnUnits(text);
    expect(turns.map((t) => [t.name, text.slice(t.start, t.end)])).toEqual([
      ['turn 1 (ANNA)', 'ANNA: One.\nstill Anna.'],
      ['turn 2 (BEN)', 'BEN: Two.'],
    ]);
  });

  it('finds no turns in a plain text', () => {
    expect(turnUnits('Just prose.\nMore prose.')).toEqual([]);
  });
});
