import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../shared/codebook';
import { LANE_PATTERNS, MAX_BANDS, makePainter } from './painter';

const span = (id: string, categoryId: string, coderId: string) => ({ id, from: 0, to: 5, categoryId, coderId });
const lanes = new Map([
  ['ana', { lane: 0, name: 'Ana' }],
  ['ben', { lane: 1, name: 'Ben' }],
]);

describe('makePainter', () => {
  it('with one layer shown, paints as ever: a tint and the category underline', () => {
    const attrs = makePainter(DEFAULT_CATEGORIES, null)([span('a', 'claim', 'ana')]);
    expect(attrs.class).toBe('hl');
    expect(attrs.style).toContain('text-decoration: underline solid');
    expect(attrs.title).toBe('claim');
  });

  it('with several, two coders’ identical spans are two bands, each in its coder’s pattern, both named', () => {
    const attrs = makePainter(DEFAULT_CATEGORIES, lanes)([span('b', 'claim', 'ben'), span('a', 'claim', 'ana')]);
    expect(attrs.class).toBe('hl hl-layers');
    // Ana's lane (solid) first, at the bottom; Ben's (dashed) above it.
    expect(attrs.style).toMatch(/background-image: linear-gradient\(#0072B2, #0072B2\), repeating-linear-gradient\(90deg, #0072B2 0 6px/);
    expect(attrs.style).toContain('background-position: 0 100%, 0 calc(100% - 4px)');
    expect(attrs.title).toBe('2 annotations: claim (Ana), claim (Ben)');
    expect(attrs['data-coders']).toBe('ana ben');
    expect(LANE_PATTERNS.slice(0, 2)).toEqual(['solid', 'dashed']);
  });

  it('draws at most MAX_BANDS bands and says so in the title', () => {
    const many = Array.from({ length: MAX_BANDS + 2 }, (_, i) => span(`s${i}`, 'demand', i % 2 ? 'ben' : 'ana'));
    const attrs = makePainter(DEFAULT_CATEGORIES, lanes)(many);
    expect(attrs.style.match(/gradient\(/g)).toHaveLength(MAX_BANDS);
    expect(attrs.title).toContain(`${MAX_BANDS + 2} annotations:`);
    expect(attrs.title).toContain(`(the first ${MAX_BANDS} drawn)`);
  });
});
