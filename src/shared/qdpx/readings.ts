/**
 * Which unit a source's selection positions count. REFI-QDA 1.5 §10.2 says Unicode code points
 * of the plain text, but packages differ in practice:
 * - UTF-16 code units (NVivo 12; QualCoder's coding view counts UTF-16 while it slices by code
 *   points), which differ from code points after every character beyond U+FFFF (emoji);
 * - a byte-order mark at the start of the text file counted as a character;
 * - CRLF line ends in the file counted as one character (ATLAS.ti) rather than two.
 * A reading is one choice on each of these that the text makes matter (no emoji: the unit does
 * not matter; no BOM, no CRLF: neither do those). Every candidate reading is scored on all the
 * selections of the source: a selection whose `name` is its quote (QualCoder writes the whole
 * quote, ATLAS.ti its start with "...") and reads so is strong evidence; spans that start and end
 * on word boundaries are weak evidence; a position past the end of the text, or one that cuts an
 * emoji or a CRLF in two, counts against. The best reading wins; a tie between readings that
 * place selections differently is reported as undecided, never settled silently (the package's
 * `origin` then picks the likelier one, and the caller may choose another).
 */
import { OffsetMap } from '../text/offsets';

/** How a source's positions are read. `crlf` matters only where the text has CRLF. */
export interface Reading {
  unit: 'code-points' | 'utf-16';
  /** True: the byte-order mark of the text file is character 0. */
  bomCounted: boolean;
  /** 'two': CRLF counts as two characters (as in the file); 'one': as one. */
  crlf: 'two' | 'one';
}

/** The reading REFI-QDA specifies. */
export const SPEC_READING: Reading = { unit: 'code-points', bomCounted: false, crlf: 'two' };

/** What a source offers to read: its raw text (BOM removed) and whether the file had a BOM. */
export interface ReadingText {
  raw: string;
  hadBom: boolean;
}

/** A selection's positions as written, and its name. */
export interface PositionedSelection {
  start: number;
  end: number;
  name: string;
}

/** How well one reading fits a source's selections. */
export interface ReadingScore {
  reading: Reading;
  score: number;
  /** Selections whose name reads as their quote under this reading. */
  nameMatches: number;
  /** Selection ends (two per selection) that fall on word boundaries. */
  boundaries: number;
  /** Selections that reach past the end of the text. */
  outOfRange: number;
  /** Positions that cut an astral character or a CRLF in two. */
  splits: number;
}

/**
 * How the reading was decided: `only` (the text makes every reading the same), `agree` (several
 * readings, and all place every selection alike), `names` (selection names read as quotes),
 * `fit` (boundaries and ranges), `undecided` (a tie between readings that differ), `chosen`
 * (given by the caller).
 */
export type ReadingBasis = 'only' | 'agree' | 'names' | 'fit' | 'undecided' | 'chosen';

/** The decision for one source. */
export interface ReadingDecision {
  reading: Reading;
  basis: ReadingBasis;
  /** Every candidate, best first. */
  candidates: ReadingScore[];
  /** Each selection's span in the raw text (UTF-16 units) under the reading, or null when out of range. */
  spans: ({ start: number; end: number } | null)[];
}

const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

/** The readings that differ on this text, in the order of preference for ties given `origin`. */
export function candidateReadings(text: ReadingText, origin: string): Reading[] {
  const units: Reading['unit'][] = ASTRAL.test(text.raw) ? ['code-points', 'utf-16'] : ['code-points'];
  const boms = text.hadBom ? [false, true] : [false];
  const crlfs: Reading['crlf'][] = text.raw.includes('\r\n') ? ['two', 'one'] : ['two'];
  const out: Reading[] = [];
  for (const unit of units) for (const bomCounted of boms) for (const crlf of crlfs) out.push({ unit, bomCounted, crlf });
  const rank = (r: Reading): number => {
    // Known habits first (NVivo and QualCoder count UTF-16; ATLAS.ti counts CRLF as one).
    let penalty = 0;
    const utf16First = /nvivo|qualcoder/i.test(origin);
    if ((r.unit === 'utf-16') !== utf16First) penalty += 4;
    if (r.bomCounted) penalty += 2;
    if ((r.crlf === 'one') !== /atlas/i.test(origin)) penalty += 1;
    return penalty;
  };
  return out.sort((a, b) => rank(a) - rank(b));
}

/**
 * Words naming a reading, e.g. "UTF-16 code units, byte-order mark counted"; with `facts`,
 * only the choices the text made matter are named.
 */
export function describeReading(reading: Reading, facts?: { hadBom: boolean; hasCrlf: boolean }): string {
  const parts = [reading.unit === 'code-points' ? 'Unicode code points' : 'UTF-16 code units'];
  if (facts === undefined || facts.hadBom) parts.push(reading.bomCounted ? 'byte-order mark counted' : 'byte-order mark not counted');
  if (facts === undefined || facts.hasCrlf) parts.push(reading.crlf === 'two' ? 'CRLF counted as two characters' : 'CRLF counted as one');
  return parts.join(', ');
}

/** Positions of a reading mapped onto the raw text. */
class ReadingView {
  private readonly base: string;
  private readonly map: OffsetMap | null;
  /** Indices in the CRLF-as-one text of the LFs that were CRLF in the raw text. */
  private readonly joined: number[] = [];

  constructor(
    private readonly text: ReadingText,
    readonly reading: Reading,
  ) {
    let base = text.raw;
    if (reading.crlf === 'one' && base.includes('\r\n')) {
      const parts = base.split('\r\n');
      let at = 0;
      for (let i = 0; i < parts.length - 1; i++) {
        at += parts[i].length;
        this.joined.push(at);
        at += 1;
      }
      base = parts.join('\n');
    }
    this.base = base;
    this.map = reading.unit === 'code-points' ? new OffsetMap(base) : null;
  }

  /** The raw UTF-16 index of position `p`, or null past the end; `split` says if it cut a pair. */
  locate(p: number): { index: number; split: boolean } | null {
    let q = this.reading.bomCounted ? Math.max(0, p - 1) : p;
    let split = false;
    if (this.map) {
      if (q > this.map.codePointLength) return null;
      q = this.map.toUnits(q);
    } else {
      if (q > this.base.length) return null;
      const c = this.base.charCodeAt(q);
      const before = this.base.charCodeAt(q - 1);
      split = q > 0 && c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
    }
    // Back to the raw text: every CRLF joined before q adds its CR back.
    let lo = 0;
    let hi = this.joined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.joined[mid] < q) lo = mid + 1;
      else hi = mid;
    }
    const index = q + lo;
    if (!split && index > 0 && this.text.raw.charCodeAt(index - 1) === 13 && this.text.raw.charCodeAt(index) === 10) split = true;
    return { index, split };
  }
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const c = text.charCodeAt(index);
  // A low surrogate: test the whole character.
  if (c >= 0xdc00 && c <= 0xdfff && index > 0) return WORD.test(text.slice(index - 1, index + 1));
  if (c >= 0xd800 && c <= 0xdbff) return WORD.test(text.slice(index, index + 2));
  return WORD.test(text[index]);
}

/** True when `index` is not inside a word (a word character on both sides). */
function atBoundary(text: string, index: number): boolean {
  return !(isWordAt(text, index - 1) && isWordAt(text, index));
}

/** A selection name as comparable text, and whether it was cut short with an ellipsis. */
function nameKey(name: string): { key: string; truncated: boolean } {
  let key = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const truncated = /(\.\.\.|…)$/.test(key);
  if (truncated) key = key.replace(/(\.\.\.|…)$/, '').trimEnd();
  return { key, truncated };
}

/** Names shorter than this say too little to count as a quote unless they are all of it. */
const MIN_PREFIX_NAME = 10;

function nameMatches(name: { key: string; truncated: boolean }, raw: string, start: number, end: number): boolean {
  if (name.key === '') return false;
  const room = name.key.length * 2 + 16;
  const slice = raw.slice(start, Math.min(end, start + room));
  const quote = slice.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (end - start <= room && quote === name.key) return true;
  return (name.truncated || name.key.length >= MIN_PREFIX_NAME) && quote.startsWith(name.key);
}

/** Weights of the evidence (see the module comment). */
const WEIGHT = { name: 10, boundary: 1, split: -3, outOfRange: -50 } as const;

function score(text: ReadingText, reading: Reading, selections: readonly PositionedSelection[], names: { key: string; truncated: boolean }[]) {
  const view = new ReadingView(text, reading);
  const result: ReadingScore = { reading, score: 0, nameMatches: 0, boundaries: 0, outOfRange: 0, splits: 0 };
  const spans = selections.map((s, i) => {
    const a = view.locate(s.start);
    const b = view.locate(s.end);
    if (a === null || b === null) {
      result.outOfRange++;
      return null;
    }
    if (a.split) result.splits++;
    if (b.split) result.splits++;
    if (atBoundary(text.raw, a.index)) result.boundaries++;
    if (atBoundary(text.raw, b.index)) result.boundaries++;
    if (nameMatches(names[i], text.raw, a.index, b.index)) result.nameMatches++;
    return { start: a.index, end: b.index };
  });
  result.score =
    WEIGHT.name * result.nameMatches + WEIGHT.boundary * result.boundaries + WEIGHT.split * result.splits + WEIGHT.outOfRange * result.outOfRange;
  return { result, spans };
}

function sameSpans(a: readonly ({ start: number; end: number } | null)[], b: readonly ({ start: number; end: number } | null)[]): boolean {
  return a.every((x, i) => {
    const y = b[i];
    return x === null || y === null ? x === y : x.start === y.start && x.end === y.end;
  });
}

function differing(a: readonly ({ start: number; end: number } | null)[], b: readonly ({ start: number; end: number } | null)[]): number {
  let n = 0;
  a.forEach((x, i) => {
    const y = b[i];
    if (x === null || y === null ? x !== y : x.start !== y.start || x.end !== y.end) n++;
  });
  return n;
}

/**
 * Decides the reading of one source. `chosen`, when given, is applied as it is (basis
 * `chosen`), still scored so the report can show how well it fits.
 */
export function decideReading(text: ReadingText, selections: readonly PositionedSelection[], origin: string, chosen?: Reading): ReadingDecision {
  const candidates = candidateReadings(text, origin);
  if (chosen && !candidates.some((c) => c.unit === chosen.unit && c.bomCounted === chosen.bomCounted && c.crlf === chosen.crlf)) candidates.unshift(chosen);
  const names = selections.map((s) => nameKey(s.name));
  const scored = candidates.map((reading, order) => ({ order, ...score(text, reading, selections, names) }));
  const ranked = [...scored].sort((a, b) => b.result.score - a.result.score || a.order - b.order);
  const out = (pick: (typeof scored)[number], basis: ReadingBasis): ReadingDecision => ({
    reading: pick.result.reading,
    basis,
    candidates: ranked.map((r) => r.result),
    spans: pick.spans,
  });
  if (chosen) {
    const pick = scored.find((s) => sameReading(s.result.reading, chosen)) ?? scored[0];
    return out(pick, 'chosen');
  }
  if (scored.length === 1) return out(scored[0], 'only');
  if (scored.every((s) => sameSpans(s.spans, scored[0].spans))) return out(scored[0], 'agree');
  const [best, second] = ranked;
  const margin = best.result.score - second.result.score;
  // A margin that a couple of lucky boundaries could make is no decision.
  const decisive = margin >= Math.max(2, differing(best.spans, second.spans) * 0.5);
  if (!decisive && !sameSpans(best.spans, second.spans)) return out(best, 'undecided');
  return out(best, best.result.nameMatches > second.result.nameMatches ? 'names' : 'fit');
}

/** True when two readings are the same choice. */
export function sameReading(a: Reading, b: Reading): boolean {
  return a.unit === b.unit && a.bomCounted === b.bomCounted && a.crlf === b.crlf;
}
