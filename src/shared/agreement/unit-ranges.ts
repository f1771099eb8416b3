/**
 * Predefined units of a canonical text for agreement on units: sentences and paragraphs are
 * made here; speaker turns come from the caller (the transcript structure). Offsets are
 * UTF-16 code units of the canonical text, half-open.
 */
import { paragraphsOf } from '../text/canonical';
import { isWhiteSpaceCode, sentencesOf } from '../text/sentences';

/** The kinds of predefined units. */
export type UnitKind = 'sentence' | 'paragraph' | 'turn' | 'custom';

/** One unit: a UTF-16 range of the text and the name shown for it ("paragraph 3"). */
export interface UnitRange {
  start: number;
  end: number;
  name: string;
}

/** True when `[start, end)` of `text` holds anything but white space. */
export function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Paragraph units: the non-blank lines, numbered from 1 among themselves as the datasets'
 * `paragraph` column numbers them.
 */
export function paragraphUnits(text: string): UnitRange[] {
  const out: UnitRange[] = [];
  for (const line of paragraphsOf(text)) {
    if (hasText(text, line.start, line.end)) out.push({ start: line.start, end: line.end, name: `paragraph ${out.length + 1}` });
  }
  return out;
}

/** Sentence units (see `sentencesOf`), numbered from 1. */
export function sentenceUnits(text: string): UnitRange[] {
  return sentencesOf(text).map((r, i) => ({ ...r, name: `sentence ${i + 1}` }));
}
