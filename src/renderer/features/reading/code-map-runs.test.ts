import { describe, expect, it } from 'vitest';
import { stripCells } from './code-map-runs';

describe('stripCells', () => {
  const lane = (marks: [number, number][]) => ({ key: 'k', label: 'k', colour: '#000000', marks: marks.map(([start, end]) => ({ start, end })) });
  it('gives every mark at least one cell, and joins marks that meet', () => {
    expect([...stripCells(lane([[0, 5], [6, 9], [50, 51], [99, 100]]), 100, 10)]).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  });
  it('stays within the strip for many marks', () => {
    const many = lane(Array.from({ length: 20000 }, (_, i) => [i * 10, i * 10 + 3] as [number, number]));
    expect([...stripCells(many, 200000, 300)].every((c) => c === 1)).toBe(true);
  });
});
