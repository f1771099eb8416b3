/**
 * Hostile hints cost bounded work (issue 15, findings 2 and 5). Before the bounds, the first
 * two cases ran for minutes (the test timeout fails them) and the third left half an emoji.
 */
import { describe, expect, it } from 'vitest';
import { Anchorer, quoteAt } from './anchor';
import type { AnchorHint } from './types';

/** About 1 MB of prose-like text, words drawn by a fixed pseudo-random sequence (mulberry32). */
function longText(): string {
  const words = ['minister', 'said', 'the', 'talks', 'would', 'resume', 'next', 'week', 'in', 'Geneva', 'but', 'no', 'date', 'was', 'set'];
  let seed = 7;
  const next = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  while (out.length < 180_000) out.push(words[Math.floor(next() * words.length)] + (next() < 0.1 ? '.' : ''));
  return out.join(' ');
}

describe('re-anchoring within bounds', () => {
  it('cuts 20,000-character contexts to 32 code points, placing as with the context it cuts to', () => {
    const text = longText();
    const start = 500_000;
    const exact = text.slice(start, start + 40);
    const hostile: AnchorHint[] = Array.from({ length: 6 }, () => ({
      exact: exact.replace('a', 'o'), // a near miss: forces the approximate search
      prefix: 'x'.repeat(20_000) + text.slice(start - 32, start),
      suffix: text.slice(start + 40, start + 72) + 'y'.repeat(20_000),
    }));
    const cut: AnchorHint = { exact: hostile[0].exact, prefix: text.slice(start - 32, start), suffix: text.slice(start + 40, start + 72) };
    const anchorer = new Anchorer(text);
    const { results } = anchorer.anchorAll(hostile);
    expect(results.every((r) => r.kind === 'fuzzy' && r.start === start)).toBe(true);
    expect(results[0]).toEqual(anchorer.anchor(cut));
  });

  it('bounds long near-miss quotes on a repetitive text', () => {
    // Before the bound, each of the thousands of equally good places cost a reverse search of
    // the whole quote (about a minute for these twenty).
    const text = 'the talks will resume. '.repeat(10_000);
    const near = 'the talks will resume. '.repeat(14).replaceAll('talks', 'tolks');
    const hints: AnchorHint[] = Array.from({ length: 20 }, (_, i) => ({ exact: near.slice(i), prefix: 'resume. ', suffix: ' the' }));
    const { counts } = new Anchorer(text).anchorAll(hints);
    // Every place is as good as every other: none may be chosen.
    expect(counts.orphan).toBe(20);
  });

  it('stops searching when the file’s work budget is spent, and says how many it stopped', () => {
    const text = longText();
    const hints: AnchorHint[] = Array.from({ length: 20 }, (_, i) => ({ exact: `no such phrase number ${i} anywhere`, prefix: '', suffix: '' }));
    const result = new Anchorer(text).anchorAll(hints, { workPerFile: 1_000_000 });
    expect(result.counts.orphan).toBe(20);
    expect(result.stopped).toBeGreaterThan(10);
  });

  it.each([
    { name: 'a quote ending in a high surrogate', text: 'Ferries 🚢 sail', exact: 'Ferries \ud83d', span: 'Ferries 🚢' },
    { name: 'a quote starting with a low surrogate', text: 'Ferries 🚢 sail', exact: '\udea2 sail', span: '🚢 sail' },
  ])('widens $name to whole characters and counts it', ({ text, exact, span }) => {
    const result = new Anchorer(text).anchorAll([{ exact, prefix: '', suffix: '' }]);
    const r = result.results[0];
    expect(text.slice(r.start, r.end)).toBe(span);
    expect(result.widened).toBe(1);
  });

  it('reports progress while placing', () => {
    const text = longText();
    const hints = Array.from({ length: 1_200 }, (_, i) => ({ ...quoteAt(text, i * 500, i * 500 + 20), start: i * 500, end: i * 500 + 20 }));
    const seen: number[] = [];
    new Anchorer(text).anchorAll(hints, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([500, 1_000, 1_200]);
  });
});
