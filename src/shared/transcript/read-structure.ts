/**
 * Checking a stored or imported transcript structure against its text before use: a structure
 * from a workspace file or an old database is untrusted data.
 */
import { fail, ok, type Result } from '../result';
import type { Turn } from './detect';
import { CONVENTIONS, type ConventionId } from './labels';
import type { Exclusion, ExclusionKind, SpeakerAlias, TranscriptStructure } from './structure';

const KINDS: readonly ExclusionKind[] = ['chrome', 'stage', 'header', 'other'];
const IDS: readonly string[] = CONVENTIONS.map((c) => c.id);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** True when `offset` is a valid boundary in `text`: inside it and not inside a surrogate pair. */
function boundary(text: string, offset: unknown): offset is number {
  if (!isInt(offset) || offset < 0 || offset > text.length) return false;
  const c = text.charCodeAt(offset);
  const p = text.charCodeAt(offset - 1);
  return !(c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff);
}

/**
 * Reads `value` as the transcript structure of `text` with content hash `hash`. Fails, naming
 * the field, when the shape is wrong, when it describes another text, or when a range lies
 * outside the text, splits a surrogate pair or is out of order.
 */
export function readStructure(value: unknown, text: string, hash: string): Result<TranscriptStructure> {
  if (!isRecord(value) || value.version !== 1) return fail('The transcript structure is not of a known version.');
  if (value.hash !== hash) return fail('The transcript structure was made for another text (its content hash differs).');
  const convention = value.convention;
  if (convention !== null && !IDS.includes(String(convention))) return fail('The transcript structure names an unknown convention.');
  const chosen = value.chosenConvention;
  if (chosen !== undefined && chosen !== null && !IDS.includes(String(chosen))) return fail('The transcript structure names an unknown chosen convention.');
  if (!Array.isArray(value.turns) || !Array.isArray(value.rejected) || !Array.isArray(value.aliases) || !Array.isArray(value.exclusions)) {
    return fail('The transcript structure lacks its turns, rejected lines, aliases or exclusions.');
  }
  const turns: Turn[] = [];
  let previousEnd = 0;
  for (const [i, t] of value.turns.entries()) {
    const where = `Turn ${i + 1} of the transcript structure`;
    if (!isRecord(t) || t.number !== i + 1 || !isString(t.label) || !isString(t.name)) return fail(`${where} is malformed.`);
    const { start, labelEnd, speechStart, end } = t;
    if (![start, labelEnd, speechStart, end].every((o) => boundary(text, o))) return fail(`${where} has an offset outside the text.`);
    const [s, l, sp, e] = [start, labelEnd, speechStart, end] as number[];
    if (!(previousEnd <= s && s <= l && l <= e && s <= sp && sp <= e)) return fail(`${where} has its offsets out of order.`);
    previousEnd = e;
    turns.push({ number: i + 1, label: t.label, name: t.name, start: s, labelEnd: l, speechStart: sp, end: e });
  }
  const rejected: number[] = [];
  for (const r of value.rejected) {
    if (!boundary(text, r)) return fail('A rejected line of the transcript structure lies outside the text.');
    rejected.push(r);
  }
  const aliases: SpeakerAlias[] = [];
  const named = new Set<string>();
  for (const a of value.aliases) {
    if (!isRecord(a) || !isString(a.name) || !isString(a.speaker) || a.speaker === '' || named.has(a.name)) {
      return fail('A speaker alias of the transcript structure is malformed or given twice.');
    }
    named.add(a.name);
    aliases.push({ name: a.name, speaker: a.speaker });
  }
  const exclusions: Exclusion[] = [];
  let lastEnd = 0;
  for (const x of value.exclusions) {
    if (!isRecord(x) || !KINDS.includes(x.kind as ExclusionKind) || !boundary(text, x.start) || !boundary(text, x.end)) {
      return fail('An excluded region of the transcript structure is malformed or lies outside the text.');
    }
    if (x.start < lastEnd || x.end <= x.start) return fail('The excluded regions of the transcript structure overlap or are out of order.');
    lastEnd = x.end;
    exclusions.push({ start: x.start, end: x.end, kind: x.kind as ExclusionKind });
  }
  const confirmedAt = value.confirmedAt;
  if (confirmedAt !== null && !isString(confirmedAt)) return fail('The confirmation time of the transcript structure is malformed.');
  const structure: TranscriptStructure = {
    version: 1,
    hash,
    convention: convention as ConventionId | null,
    turns,
    rejected: rejected.sort((a, b) => a - b),
    aliases,
    exclusions,
    confirmedAt,
  };
  if (chosen !== undefined) structure.chosenConvention = chosen as ConventionId | null;
  return ok(structure);
}
