import { describe, expect, it } from 'vitest';
import { coefficient, count, decimal, figureText, plural } from './format';

describe('agreement figures as written', () => {
  it('rounds to three decimals and writes a reason instead of NaN', () => {
    expect(coefficient(0.74299)).toBe('0.743');
    expect(coefficient(null)).toBeNull();
    expect(figureText({ value: -0.1, reason: null })).toBe('-0.100');
    expect(figureText({ value: null, reason: 'Undefined: one category only.' })).toBe('Undefined: one category only.');
    expect(figureText({ value: 75, reason: null }, 1)).toBe('75.0');
    expect(count(12345)).toBe('12,345');
    expect(decimal(0.00123456)).toBe('0.00123');
    expect(decimal(0.25)).toBe('0.250');
    expect(decimal(null)).toBe('—');
    expect(plural(1, 'unit')).toBe('1 unit');
    expect(plural(1200, 'unit')).toBe('1,200 units');
  });
});
