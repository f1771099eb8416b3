import { describe, expect, it } from 'vitest';
import { stripRuns } from './code-map-runs';

describe('stripRuns', () => {
  const lane = (marks: [number, number][]) => ({ key: 'k', label: 'k', colour: '#000000', marks: marks.map(([start, end]) => ({ start, end })) });
  it('merges marks that meet in the strip, and gives every mark a cell', () => {
    expect(stripRuns(lane([[0, 5], [6, 9], [50, 51], [99, 100]]), 100, 10)).toEqual([
      { top: 0, height: 0.1 },
      { top: 0.5, height: 0.1 },
      { top: 0.9, height: 0.1 },
    ]);
  });
  it('stays within the strip for many marks', () => {
    const many = lane(Array.from({ length: 20000 }, (_, i) => [i * 10, i * 10 + 3] as [number, number]));
    const runs = stripRuns(many, 200000, 300);
    expect(runs).toEqual([{ top: 0, height: 1 }]);
  });
});
