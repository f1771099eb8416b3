/**
 * Conversion between UTF-16 code-unit offsets (JavaScript string indices, used inside the
 * workbench) and Unicode code-point offsets (used by W3C Web Annotation and the datasets).
 */

/** True when the UTF-16 unit at `i` is the low half of a surrogate pair. */
function isLowSurrogateAfterHigh(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const p = text.charCodeAt(i - 1);
  return p >= 0xd800 && p <= 0xdbff;
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isLowSurrogateAfterHigh(text, i)) n++;
  return n;
}

/**
 * Converts between the two units for one text, answering many lookups fast.
 * Construction is O(n) once; each lookup is O(log k) over the k astral characters.
 */
export class OffsetMap {
  /** UTF-16 indices of the high surrogates of astral characters, ascending. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** Number of astral characters starting before UTF-16 index `unit`. */
  private astralBeforeUnit(unit: number): number {
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** UTF-16 offset → code-point offset. An offset inside a pair counts the pair as begun. */
  toCodePoints(unit: number): number {
    const before = this.astralBeforeUnit(unit);
    // A pair starting at unit-1 whose low half is at `unit` has been counted once already.
    return unit - before;
  }

  /** Code-point offset → UTF-16 offset. Offsets past the end clamp to the text length. */
  toUnits(codePoint: number): number {
    // Find k = number of astral chars before the result: result = codePoint + k, with
    // astral[k-1] < result and astral[k] >= result.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // the astral char at index mid starts at code point astral[mid] - mid
      if (this.astral[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(codePoint + lo, this.text.length);
  }

  /** Code-point length of the whole text. */
  get codePointLength(): number {
    return this.text.length - this.astral.length;
  }
}

/** UTF-16 offset → code-point offset in `text` (one-off; use OffsetMap for many). */
export function unitsToCodePoints(text: string, unit: number): number {
  return codePointLength(text.slice(0, unit));
}

/** Code-point offset → UTF-16 offset in `text` (one-off; use OffsetMap for many). */
export function codePointsToUnits(text: string, codePoint: number): number {
  let units = 0;
  let points = 0;
  while (points < codePoint && units < text.length) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < text.length ? 2 : 1;
    points++;
  }
  return units;
}

/**
 * Moves a UTF-16 offset off the middle of a surrogate pair (towards `direction`), so that a
 * slice never splits an astral character.
 */
export function snapToCodePoint(text: string, unit: number, direction: -1 | 1): number {
  if (unit > 0 && unit < text.length && isLowSurrogateAfterHigh(text, unit)) return unit + direction;
  return unit;
}

/** The last `count` code points of `text` before UTF-16 offset `unit`. */
export function prefixBefore(text: string, unit: number, count: number): string {
  let i = unit;
  for (let n = 0; n < count && i > 0; n++) i -= isLowSurrogateAfterHigh(text, i - 1) ? 2 : 1;
  return text.slice(Math.max(0, i), unit);
}

/** The first `count` code points of `text` from UTF-16 offset `unit`. */
export function suffixAfter(text: string, unit: number, count: number): string {
  let i = unit;
  for (let n = 0; n < count && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && isLowSurrogateAfterHigh(text, i + 1) ? 2 : 1;
  }
  return text.slice(unit, Math.min(i, text.length));
}
