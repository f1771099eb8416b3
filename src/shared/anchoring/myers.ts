/**
 * Approximate quote search with a work bound: Myers' bit-parallel algorithm ("A Fast Bit-Vector
 * Algorithm for Approximate String Matching Based on Dynamic Programming", 1999) in blocks of
 * 32 units, after Robert Knight's `approx-string-match` (MIT licence), which the workbench used
 * as is before. Two changes make a hostile file unable to freeze the search:
 *
 * - every block step is counted against a `Work` budget, and the search gives up (returns null)
 *   when the budget is spent;
 * - match ends are grouped into places (ends a few units apart are one place), and the start of
 *   a match, which costs a reverse search of the whole quote per end, is computed only for the
 *   `maxPlaces` places nearest the expected position. On a repetitive text the original computed
 *   it for every one of thousands of ends (quadratic in the quote, per end).
 *
 * Offsets are UTF-16 units; the text is searched in `[from, to)` without copying it.
 */

/** A step budget shared by the searches of one annotation; `spend` says whether any is left. */
export class Work {
  constructor(private left: number) {}

  /** Takes `steps`; false (and nothing left) when they were not there. */
  spend(steps: number): boolean {
    this.left -= steps;
    return this.left >= 0;
  }

  /** True while some budget is left. */
  get available(): boolean {
    return this.left > 0;
  }

  /** Steps left (never negative). */
  get remaining(): number {
    return Math.max(0, this.left);
  }
}

/** One approximate match: `[start, end)` with `errors` edits. */
export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** A stretch of a string, read forwards or backwards (for the reverse search of starts). */
interface Units {
  text: string;
  from: number;
  to: number;
  reversed: boolean;
}

const W = 32;

interface Blocks {
  P: Uint32Array;
  M: Uint32Array;
  lastRowMask: Uint32Array;
}

function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

/** Advances block `b` by one text character; returns the change of the block's last-row score. */
function advanceBlock(ctx: Blocks, peq: Uint32Array, b: number, hIn: number): number {
  let pV = ctx.P[b];
  let mV = ctx.M[b];
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b] | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & ctx.lastRowMask[b]) - oneIfNotZero(mH & ctx.lastRowMask[b]);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  ctx.P[b] = pV;
  ctx.M[b] = mV;
  return hOut;
}

/**
 * Ends (exclusive, as indices into `text`) of the matches of `pattern` with the fewest errors,
 * at most `maxErrors`; null when `work` ran out. Costs one step per active block per unit.
 */
function matchEnds(text: Units, pattern: Units, maxErrors: number, work: Work): { end: number; errors: number }[] | null {
  const m = pattern.to - pattern.from;
  if (m === 0) return [];
  const unit = (u: Units, i: number): number => (u.reversed ? u.text.charCodeAt(u.to - 1 - i) : u.text.charCodeAt(u.from + i));
  maxErrors = Math.min(maxErrors, m);
  const bMax = Math.ceil(m / W) - 1;
  // The pattern's bit masks cost one step per distinct unit and block.
  const ctx: Blocks = { P: new Uint32Array(bMax + 1), M: new Uint32Array(bMax + 1), lastRowMask: new Uint32Array(bMax + 1) };
  ctx.lastRowMask.fill(1 << 31);
  ctx.lastRowMask[bMax] = 1 << (m - 1) % W;
  const emptyPeq = new Uint32Array(bMax + 1);
  const peq = new Map<number, Uint32Array>();
  // Latin-1 units, the common case, are looked up in an array rather than the map.
  const latin = new Array<Uint32Array>(256).fill(emptyPeq);
  for (let c = 0; c < m; c++) {
    const val = unit(pattern, c);
    let bits = peq.get(val);
    if (!bits) {
      if (!work.spend(bMax + 1)) return null;
      bits = new Uint32Array(bMax + 1);
      peq.set(val, bits);
      if (val < 256) latin[val] = bits;
    }
    bits[(c / W) | 0] |= 1 << c % W;
  }
  let y = Math.max(0, Math.ceil(maxErrors / W) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * W;
  score[bMax] = m;
  for (let b = 0; b <= y; b++) {
    ctx.P[b] = ~0;
    ctx.M[b] = 0;
  }
  const ends: { end: number; errors: number }[] = [];
  // Work is taken in slices so the counter costs little.
  let pending = 0;
  const n = text.to - text.from;
  const { text: source, from, to, reversed } = text;
  for (let j = 0; j < n; j++) {
    pending += y + 1;
    if (pending >= 4096) {
      if (!work.spend(pending)) return null;
      pending = 0;
    }
    const code = reversed ? source.charCodeAt(to - 1 - j) : source.charCodeAt(from + j);
    const charPeq = code < 256 ? latin[code] : (peq.get(code) ?? emptyPeq);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(ctx, charPeq, b, carry);
      score[b] += carry;
    }
    if (score[y] - carry <= maxErrors && y < bMax && (charPeq[y + 1] & 1 || carry < 0)) {
      y += 1;
      ctx.P[y] = ~0;
      ctx.M[y] = 0;
      const remainder = m % W;
      const maxBlockScore = y === bMax ? (remainder === 0 ? W : remainder) : W;
      score[y] = score[y - 1] + maxBlockScore - carry + advanceBlock(ctx, charPeq, y, carry);
    } else {
      while (y > 0 && score[y] >= maxErrors + W) y -= 1;
    }
    if (y === bMax && score[y] <= maxErrors) {
      if (score[y] < maxErrors) ends.length = 0;
      ends.push({ end: j + 1, errors: score[y] });
      maxErrors = score[y];
    }
  }
  return work.spend(pending) ? ends : null;
}

/** A view of `text[from, to)`, read forwards. */
function forward(text: string, from: number, to: number): Units {
  return { text, from, to, reversed: false };
}

/** A view of `text[from, to)`, read backwards. */
function backward(text: string, from: number, to: number): Units {
  return { text, from, to, reversed: true };
}

/**
 * The lowest-error approximate matches of `pattern` in `text[from, to)`, at most `maxPlaces`
 * places (those nearest `expected`, else the first), each with its start. Null when `work`
 * ran out before the search was complete.
 */
export function searchBounded(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  expected: number | undefined,
  maxPlaces: number,
  work: Work,
): Match[] | null {
  const ends = matchEnds(forward(text, from, to), forward(pattern, 0, pattern.length), maxErrors, work);
  if (ends === null) return null;
  // Ends closer together than the error count belong to one place.
  const places: { end: number; errors: number }[][] = [];
  for (const e of ends) {
    const last = places[places.length - 1];
    if (last && e.end - last[last.length - 1].end <= Math.max(1, e.errors)) last.push(e);
    else places.push([e]);
  }
  const chosen =
    places.length <= maxPlaces
      ? places
      : expected === undefined
        ? places.slice(0, maxPlaces)
        : [...places]
            // A place's start is about its end minus the quote's length.
            .sort((a, b) => Math.abs(from + a[0].end - pattern.length - expected) - Math.abs(from + b[0].end - pattern.length - expected))
            .slice(0, maxPlaces)
            .sort((a, b) => a[0].end - b[0].end);
  const reversed = backward(pattern, 0, pattern.length);
  const matches: Match[] = [];
  for (const place of chosen) {
    for (const e of place) {
      // The start: search the reversed quote backwards from the end, as far as it can reach.
      const end = from + e.end;
      const minStart = Math.max(from, end - pattern.length - e.errors);
      const back = matchEnds(backward(text, minStart, end), reversed, e.errors, work);
      if (back === null) return null;
      let start = end;
      for (const r of back) start = Math.min(start, end - r.end);
      matches.push({ start, end, errors: e.errors });
    }
  }
  return matches;
}
