import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook';
import type { Category } from '../model';
import { CategoryResolver } from './category-resolver';

describe('CategoryResolver', () => {
  it('matches by id, then by label whatever the case, and creates the rest once', () => {
    const shipped: Category[] = [{ ...DEFAULT_CATEGORIES[0], id: 'evidence', label: 'Evidence', colour: '#123456' }];
    const r = new CategoryResolver(DEFAULT_CATEGORIES, shipped);
    expect(r.resolve('claim', 'whatever')).toBe('claim');
    expect(r.resolve(null, '  DEMAND ')).toBe('demand');
    expect(r.resolve(null, 'evidence')).toBe('evidence');
    expect(r.resolve(null, 'Irony')).toBe('Irony');
    expect(r.resolve(null, 'irony')).toBe('Irony');
    expect(r.created.map((c) => [c.id, c.label, c.colour === '#123456'])).toEqual([['evidence', 'Evidence', true], ['Irony', 'Irony', false]]);
    expect(r.created.map((c) => c.order)).toEqual([4, 5]);
  });

  it('treats __proto__, constructor and toString as ordinary category names', () => {
    const r = new CategoryResolver(DEFAULT_CATEGORIES, []);
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((name) => r.resolve(null, name));
    expect(ids).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(r.resolve('constructor', 'constructor')).toBe('constructor');
    expect(r.created).toHaveLength(4);
  });

  it('gives a clashing new id a number', () => {
    const r = new CategoryResolver(DEFAULT_CATEGORIES, []);
    expect(r.resolve('claim-x', 'claim-x')).toBe('claim-x');
    expect(new CategoryResolver([...DEFAULT_CATEGORIES, { ...DEFAULT_CATEGORIES[0], id: 'x', label: 'other' }], []).resolve(null, 'x')).toBe('x-2');
    const clash = new CategoryResolver([{ ...DEFAULT_CATEGORIES[0], id: 'Irony', label: 'irony (old)' }], []);
    expect(clash.resolve(null, 'Irony')).toBe('Irony-2');
  });

  it('resolves 20,000 distinct categories in linear time (quadratic before: minutes)', () => {
    const r = new CategoryResolver(DEFAULT_CATEGORIES, []);
    for (let i = 0; i < 20_000; i++) r.resolve(null, `code ${i}`);
    expect(r.created).toHaveLength(20_000);
  });
});
