/**
 * A small seeded pseudo-random number generator, for anything that must give the same result
 * on every run (bootstrap intervals, generated test data): mulberry32 (Tommy Ettinger's
 * 32-bit generator), fast and well distributed for statistics of this size. Not for secrets.
 * `bench/corpus.mjs` keeps the same generator in plain JavaScript, because Node runs it unbuilt.
 */

/** A source of floats in [0, 1). */
export type Random = () => number;

/** mulberry32 seeded with `seed` (taken as an unsigned 32-bit integer). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n) from `random`. */
export function randomBelow(random: Random, n: number): number {
  return Math.floor(random() * n);
}
