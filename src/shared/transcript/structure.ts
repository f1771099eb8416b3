/**
 * The transcript structure of a document: its speaker turns, the speakers' aliases and the
 * regions that are not speech, all as ranges over the canonical text, stored beside the text
 * (never changing it, so every offset stays valid). Plain data: it can be stored in IndexedDB,
 * sent to a worker or written to JSON as it is.
 *
 * Offsets are UTF-16 units, as everywhere inside the app; the dataset and command line convert
 * them to code points at the boundary.
 */
import { detectTurns, type Turn } from './detect';
import type { ConventionId } from './labels';

/** What kind of region is set aside as not speech. */
export type ExclusionKind = 'chrome' | 'stage' | 'header' | 'other';

/** A region that is not speech (page chrome, a stage note, a header), half-open UTF-16 range. */
export interface Exclusion {
  start: number;
  end: number;
  kind: ExclusionKind;
}

/** One speaker alias: turns whose normalised name is `name` are shown and counted as `speaker`. */
export interface SpeakerAlias {
  name: string;
  speaker: string;
}

/** The structure of one document's transcript. */
export interface TranscriptStructure {
  /** Version of this shape, for stored copies. */
  version: 1;
  /** Content hash of the text the structure describes; a structure for another text is stale. */
  hash: string;
  /** The convention the turns follow, null when the text has no turns. */
  convention: ConventionId | null;
  /** The user's choice of convention (null: none, no turns); undefined: detected automatically. */
  chosenConvention?: ConventionId | null;
  /** The turns, in text order, numbered from 1. */
  turns: Turn[];
  /** Line starts the user said are not turns, though they look like labels. Ascending. */
  rejected: number[];
  /** Aliases, at most one per name; no alias's `speaker` is itself the `name` of an alias. */
  aliases: SpeakerAlias[];
  /** Regions that are not speech: sorted, not overlapping. */
  exclusions: Exclusion[];
  /** When the user confirmed the structure in the review step (ISO 8601), or null. */
  confirmedAt: string | null;
}

/**
 * Detects the structure of `text` (hash `hash`). With `previous` (the same text's earlier
 * structure) the user's corrections are kept: convention choice, rejected lines, aliases,
 * exclusions; the confirmation is kept only when the turns come out the same.
 */
export function detectStructure(text: string, hash: string, previous?: TranscriptStructure): TranscriptStructure {
  const keep = previous && previous.hash === hash ? previous : undefined;
  const detection = detectTurns(text, { convention: keep?.chosenConvention, rejected: keep?.rejected });
  const structure: TranscriptStructure = {
    version: 1,
    hash,
    convention: detection.convention,
    turns: detection.turns,
    rejected: keep ? [...keep.rejected] : [],
    aliases: keep ? keep.aliases.map((a) => ({ ...a })) : [],
    exclusions: keep ? keep.exclusions.map((e) => ({ ...e })) : [],
    confirmedAt: null,
  };
  if (keep && keep.chosenConvention !== undefined) structure.chosenConvention = keep.chosenConvention;
  if (keep?.confirmedAt && sameTurns(keep.turns, structure.turns)) structure.confirmedAt = keep.confirmedAt;
  return structure;
}

function sameTurns(a: readonly Turn[], b: readonly Turn[]): boolean {
  return a.length === b.length && a.every((t, i) => t.start === b[i].start && t.end === b[i].end && t.name === b[i].name);
}

/** The speaker a normalised name is shown and counted as (the name itself without an alias). */
export function resolveSpeaker(structure: TranscriptStructure, name: string): string {
  return structure.aliases.find((a) => a.name === name)?.speaker ?? name;
}

/** The speaker of a turn, aliases applied. */
export function speakerOfTurn(structure: TranscriptStructure, turn: Turn): string {
  return resolveSpeaker(structure, turn.name);
}

/** Index of the last element of `items` whose `start` is <= `offset`, or -1. */
function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The turn containing UTF-16 `offset` (`start <= offset < end`), or null (before the first turn, between turns). */
export function turnAt(structure: TranscriptStructure, offset: number): Turn | null {
  const i = lastStartingAtOrBefore(structure.turns, offset);
  if (i < 0) return null;
  const turn = structure.turns[i];
  return offset < turn.end ? turn : null;
}

/**
 * The turn an offset belongs to for counting: the containing turn, or, in the blank lines
 * between two turns, the turn that follows (where the next words are). Null before the first turn.
 */
export function turnOwning(structure: TranscriptStructure, offset: number): Turn | null {
  const i = lastStartingAtOrBefore(structure.turns, offset);
  if (i < 0) return null;
  const turn = structure.turns[i];
  if (offset < turn.end) return turn;
  const next = structure.turns[i + 1];
  if (!next) return null;
  // Only whitespace lies between one turn's end and the next one's start.
  return next;
}

/** The speaker and turn at `offset`, or null outside every turn. */
export function speakerAt(structure: TranscriptStructure, offset: number): { speaker: string; turn: number } | null {
  const turn = turnAt(structure, offset);
  return turn ? { speaker: speakerOfTurn(structure, turn), turn: turn.number } : null;
}

/** The exclusion containing UTF-16 `offset`, or null. */
export function exclusionAt(structure: TranscriptStructure, offset: number): Exclusion | null {
  const i = lastStartingAtOrBefore(structure.exclusions, offset);
  if (i < 0) return null;
  const e = structure.exclusions[i];
  return offset < e.end ? e : null;
}

/** True when `offset` lies in a region marked as not speech. */
export function isExcluded(structure: TranscriptStructure, offset: number): boolean {
  return exclusionAt(structure, offset) !== null;
}

/** How many UTF-16 units of `[start, end)` lie in excluded regions. */
export function excludedLength(structure: TranscriptStructure, start: number, end: number): number {
  let n = 0;
  for (let i = Math.max(0, lastStartingAtOrBefore(structure.exclusions, start)); i < structure.exclusions.length; i++) {
    const e = structure.exclusions[i];
    if (e.start >= end) break;
    n += Math.max(0, Math.min(e.end, end) - Math.max(e.start, start));
  }
  return n;
}

/** True when the whole of `[start, end)` (non-empty) is excluded. */
export function isWhollyExcluded(structure: TranscriptStructure, start: number, end: number): boolean {
  return end > start && excludedLength(structure, start, end) === end - start;
}

/** The parts of `[start, end)` outside every exclusion, in order. */
export function includedParts(structure: TranscriptStructure, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let at = start;
  for (let i = Math.max(0, lastStartingAtOrBefore(structure.exclusions, start)); i < structure.exclusions.length && at < end; i++) {
    const e = structure.exclusions[i];
    if (e.end <= at) continue;
    if (e.start >= end) break;
    if (e.start > at) parts.push({ start: at, end: e.start });
    at = Math.max(at, e.end);
  }
  if (at < end) parts.push({ start: at, end });
  return parts;
}

/** The text before the first turn (a header, page chrome), as a range, or null when there is none. */
export function preamble(structure: TranscriptStructure): { start: number; end: number } | null {
  const first = structure.turns[0];
  return first && first.start > 0 ? { start: 0, end: first.start } : null;
}
