import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './alpha';
import { ANY_VALUES, reliabilityTable } from './table-data';

const NUMBERS = { numbers: true, nonNegative: false, why: 'the interval level needs numbers' };
const RATIO = { numbers: true, nonNegative: true, why: 'the ratio level needs values of zero or more' };

describe('reliabilityTable', () => {
  it('reads labels, empty cells as missing, a BOM, CRLF and blank lines', () => {
    const result = reliabilityTable('\uFEFFunit,A,B\r\n1,claim,claim\r\n\r\n2,demand,\r\n"3, quoted",claim,demand\r\n');
    if (!result.ok) throw new Error(result.error);
    expect(result.value.units).toEqual(['1', '2', '3, quoted']);
    expect(result.value.coders).toEqual(['A', 'B']);
    expect(result.value.values).toEqual(['claim', 'demand']);
    expect(result.value.numbers).toBeNull();
    expect(Array.from(result.value.cells)).toEqual([0, 0, 1, -1, 0, 1]);
  });

  it('compares a table of numbers as numbers', () => {
    const result = reliabilityTable('unit,A,B\nu1,1,1.0\nu2,2, 2 \nu3,10,1e1\n');
    if (!result.ok) throw new Error(result.error);
    expect(result.value.numbers).toEqual([1, 2, 10]);
    expect(krippendorffAlpha(result.value).value).toBe(1);
  });

  it.each([
    ['', ANY_VALUES, 'the file is empty'],
    ['unit;A;B\n1;x;y\n', ANY_VALUES, 'row 1, column 1: the header must start with “unit”, not “unit;A;B”'],
    ['unit;A;B\n1;x;y\n', ANY_VALUES, 'seems to use “;” between columns'],
    ['unit\n1\n', ANY_VALUES, 'row 1: the header names no coder'],
    ['unit,A,,B\n', ANY_VALUES, 'row 1, column 3: a coder has no name'],
    ['unit,A,B,A\n', ANY_VALUES, 'row 1, column 4 (“A”): the coder appears twice (also column 2)'],
    ['unit,A,B\n', ANY_VALUES, 'no units'],
    ['unit,A,B\n1,x\n', ANY_VALUES, 'row 2: 2 cells, but the header has 3 columns'],
    ['unit,A,B\n1,x,y\n,x,y\n', ANY_VALUES, 'row 3, column 1: the unit has no name'],
    ['unit,A,B\n1,x,y\n\n1,x,y\n', ANY_VALUES, 'row 4, column 1: the unit “1” appears twice (also row 2)'],
    ['unit,A,B\n1,3,4\n2,4,high\n', NUMBERS, 'row 3, column 3 (“B”): “high” is not a number, and the interval level needs numbers'],
    ['unit,A,B\n1,3,-4\n', RATIO, 'row 2, column 3 (“B”): -4 is negative, and the ratio level needs values of zero or more'],
    ['unit,A,B\n1,"x,y\n', ANY_VALUES, 'not valid CSV: A quoted field opened on line 2 is never closed'],
  ])('refuses %j naming where', (csv, needs, message) => {
    const result = reliabilityTable(csv, needs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
