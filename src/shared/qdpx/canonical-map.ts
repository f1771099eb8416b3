/**
 * Offsets in a source text as a package wrote it (byte-order mark removed, CR and CRLF kept, any
 * normalisation form) mapped onto the workbench's canonical text of it (`canonicalText`: LF line
 * ends, NFC). The two differ only where a line break is CRLF or CR and where NFC changes a
 * character sequence (a base letter with combining marks, usually), so the map records only
 * those places and answers each lookup by binary search.
 *
 * A position inside a sequence NFC rewrites (between a letter and its accent) cannot be mapped
 * exactly: a start snaps to the sequence's beginning, an end to its end, so a span never cuts a
 * character in two. Where NFC composes across the sequences this map looks at (rare: Hangul
 * jamo written apart), the map is approximate, says so in `exact`, and callers check the text.
 */
import { canonicalText } from '../text/canonical';

/** The canonical text of a raw text and the offset map between them (UTF-16 units both). */
export interface CanonicalMap {
  raw: string;
  text: string;
  /** False when the map could only approximate some offsets (see the module comment). */
  exact: boolean;
  /** The canonical offset of raw offset `index`; `side` says which way to snap inside a sequence. */
  toCanonical(index: number, side: 'start' | 'end'): number;
}

/** Count of values in the ascending array `sorted` that are below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sequence NFC rewrites: its range in the LF text and the length change it causes. */
interface Rewrite {
  start: number;
  end: number;
  /** Canonical length minus LF-text length of the sequence. */
  delta: number;
}

/** A grapheme-ish cluster: one character with the marks that follow it, or marks alone. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** Builds the map of `raw` (a decoded text without its byte-order mark). */
export function canonicalMap(raw: string): CanonicalMap {
  const text = canonicalText(raw);
  // 1. Line ends: a CRLF loses its CR; a lone CR becomes LF (same length).
  const crlf: number[] = [];
  for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) if (raw.charCodeAt(i + 1) === 10) crlf.push(i);
  const lf = crlf.length > 0 || raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  // 2. NFC: only sequences it changes are recorded.
  const rewrites: Rewrite[] = [];
  let exact = true;
  if (lf !== text) {
    const rebuilt: string[] = [];
    CLUSTER.lastIndex = 0;
    let at = 0;
    for (let m = CLUSTER.exec(lf); m !== null; m = CLUSTER.exec(lf)) {
      if (m.index > at) rebuilt.push(lf.slice(at, m.index));
      const nfc = m[0].normalize('NFC');
      rebuilt.push(nfc);
      if (nfc !== m[0]) rewrites.push({ start: m.index, end: m.index + m[0].length, delta: nfc.length - m[0].length });
      at = m.index + m[0].length;
    }
    if (at < lf.length) rebuilt.push(lf.slice(at));
    exact = rebuilt.join('') === text;
  }
  const starts = rewrites.map((r) => r.start);
  const cumulative: number[] = [];
  let sum = 0;
  for (const r of rewrites) cumulative.push((sum += r.delta));

  const toCanonical = (index: number, side: 'start' | 'end'): number => {
    let n = index - countBelow(crlf, index);
    if (rewrites.length === 0) return Math.min(n, text.length);
    // The last rewrite starting before n: snap if n is inside it.
    const k = countBelow(starts, n) - 1;
    let shift = k >= 0 ? cumulative[k] : 0;
    if (k >= 0 && n < rewrites[k].end) {
      if (side === 'start') {
        n = rewrites[k].start;
        shift = k > 0 ? cumulative[k - 1] : 0;
      } else {
        n = rewrites[k].end;
      }
    }
    return Math.max(0, Math.min(n + shift, text.length));
  };
  return { raw, text, exact, toCanonical };
}
