/**
 * The user's corrections to a transcript structure, as pure functions: each returns a new
 * structure and leaves its argument untouched, so that the workspace history can keep the one
 * before for undo. Offsets are UTF-16 units and are snapped so that no range splits a
 * surrogate pair. Any correction clears the confirmation except `confirm` itself.
 */
import { detectTurns } from './detect';
import type { ConventionId } from './labels';
import { normaliseSpeakerName } from './labels';
import { resolveSpeaker, type Exclusion, type ExclusionKind, type SpeakerAlias, type TranscriptStructure } from './structure';

/** A correction that cannot be made, with the reason in words. */
export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionError';
  }
}

function changed(structure: TranscriptStructure, patch: Partial<TranscriptStructure>): TranscriptStructure {
  return { ...structure, ...patch, confirmedAt: null };
}

/** Every name the structure's turns carry, normalised, in order of first appearance. */
export function namesOf(structure: TranscriptStructure): string[] {
  return [...new Set(structure.turns.map((t) => t.name))];
}

/**
 * Points every name that is now shown as one of `from` at `to` instead, and gives `from`
 * names themselves an alias to `to`. Keeps the aliases flat (no chains) and drops an alias of
 * a name to itself.
 */
function repoint(structure: TranscriptStructure, from: ReadonlySet<string>, to: string): SpeakerAlias[] {
  const names = new Set(namesOf(structure));
  const aliases = new Map<string, string>();
  for (const a of structure.aliases) aliases.set(a.name, a.speaker);
  for (const name of names) {
    const shown = aliases.get(name) ?? name;
    if (from.has(shown) || from.has(name)) aliases.set(name, to);
  }
  // Aliases of names no turn carries (kept for a later re-detection) follow too.
  for (const [name, speaker] of aliases) if (from.has(speaker)) aliases.set(name, to);
  return [...aliases].filter(([name, speaker]) => name !== speaker).map(([name, speaker]) => ({ name, speaker }));
}

/**
 * Renames a speaker as shown: every turn shown as `from` (directly or by alias) is shown as
 * `to`. Renaming onto another speaker's name merges the two.
 */
export function renameSpeaker(structure: TranscriptStructure, from: string, to: string): TranscriptStructure {
  const target = normaliseSpeakerName(to);
  if (target === '') throw new CorrectionError('A speaker needs a name: the new name is empty.');
  if (target.length > 200) throw new CorrectionError('A speaker’s name can have at most 200 characters.');
  return changed(structure, { aliases: repoint(structure, new Set([normaliseSpeakerName(from)]), target) });
}

/**
 * Merges speakers: every turn shown as one of `speakers` is shown as `into` (which may be one
 * of them, e.g. "Aide to the President Yury Ushakov" into "Yury Ushakov").
 */
export function mergeSpeakers(structure: TranscriptStructure, speakers: readonly string[], into: string): TranscriptStructure {
  const target = resolveSpeaker(structure, normaliseSpeakerName(into));
  if (target === '') throw new CorrectionError('Choose the speaker to merge into.');
  return changed(structure, { aliases: repoint(structure, new Set(speakers.map(normaliseSpeakerName)), target) });
}

/** Undoes the alias of one name as written: its turns are shown under their own name again. */
export function separateName(structure: TranscriptStructure, name: string): TranscriptStructure {
  const n = normaliseSpeakerName(name);
  return changed(structure, { aliases: structure.aliases.filter((a) => a.name !== n) });
}

/** Moves an offset off the low half of a surrogate pair and into `[0, text.length]`. */
function snap(text: string, offset: number): number {
  const at = Math.max(0, Math.min(text.length, Math.round(offset)));
  const c = text.charCodeAt(at);
  const p = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff ? at + 1 : at;
}

/** The exclusions with `[start, end)` cut out of them (a region may split in two). */
function subtract(exclusions: readonly Exclusion[], start: number, end: number): Exclusion[] {
  const out: Exclusion[] = [];
  for (const e of exclusions) {
    if (e.end <= start || e.start >= end) {
      out.push({ ...e });
      continue;
    }
    if (e.start < start) out.push({ ...e, end: start });
    if (e.end > end) out.push({ ...e, start: end });
  }
  return out;
}

/**
 * Marks `[start, end)` of `text` as not speech (`kind` says what it is). Where it overlaps
 * regions already excluded, the new one replaces them there.
 */
export function addExclusion(structure: TranscriptStructure, text: string, start: number, end: number, kind: ExclusionKind): TranscriptStructure {
  const a = snap(text, Math.min(start, end));
  const b = snap(text, Math.max(start, end));
  if (a === b) throw new CorrectionError('Select the text that is not speech first: the selection is empty.');
  const exclusions = subtract(structure.exclusions, a, b);
  exclusions.push({ start: a, end: b, kind });
  exclusions.sort((x, y) => x.start - y.start);
  return changed(structure, { exclusions });
}

/** Makes `[start, end)` of `text` count as speech again (cutting it out of any exclusion). */
export function removeExclusion(structure: TranscriptStructure, text: string, start: number, end: number): TranscriptStructure {
  const a = snap(text, Math.min(start, end));
  const b = snap(text, Math.max(start, end));
  return changed(structure, { exclusions: subtract(structure.exclusions, a, b) });
}

/** Re-detects the turns with the convention the user chose (null: the text has no turns). */
export function chooseConvention(structure: TranscriptStructure, text: string, convention: ConventionId | null): TranscriptStructure {
  const detection = detectTurns(text, { convention, rejected: structure.rejected });
  return changed(structure, { chosenConvention: convention, convention: detection.convention, turns: detection.turns });
}

/** Goes back to the convention the detector chooses. */
export function detectConventionAgain(structure: TranscriptStructure, text: string): TranscriptStructure {
  const detection = detectTurns(text, { rejected: structure.rejected });
  const next = changed(structure, { convention: detection.convention, turns: detection.turns });
  delete next.chosenConvention;
  return next;
}

/** The start of the line containing `offset`. */
function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Says that the label line of the turn starting at or containing `offset` does not begin a
 * turn (its text then belongs to the turn before).
 */
export function rejectTurn(structure: TranscriptStructure, text: string, offset: number): TranscriptStructure {
  const line = lineStartOf(text, offset);
  const rejected = [...new Set([...structure.rejected, line])].sort((a, b) => a - b);
  const detection = detectTurns(text, { convention: structure.chosenConvention ?? structure.convention, rejected });
  return changed(structure, { rejected, turns: detection.turns });
}

/** Takes back a `rejectTurn` for the line containing `offset`. */
export function restoreTurn(structure: TranscriptStructure, text: string, offset: number): TranscriptStructure {
  const line = lineStartOf(text, offset);
  const rejected = structure.rejected.filter((r) => r !== line);
  const detection = detectTurns(text, { convention: structure.chosenConvention ?? structure.convention, rejected });
  return changed(structure, { rejected, turns: detection.turns });
}

/** Records that the user reviewed the structure and found it right, at ISO 8601 time `at`. */
export function confirm(structure: TranscriptStructure, at: string): TranscriptStructure {
  return { ...structure, confirmedAt: at };
}
