/**
 * A document's transcript structure as the library stores it: beside the document, keyed by its
 * id, and changed only through the workspace history (an `Edit`'s `structures`), so that every
 * correction in the speaker review is undoable.
 */
import { readStructure } from './read-structure';
import { detectStructure, type TranscriptStructure } from './structure';

/** One stored structure. */
export interface StructureRecord {
  documentId: string;
  structure: TranscriptStructure;
}

/**
 * The structure to use for a document: the stored one when it checks out against the text
 * (`readStructure`), else the turns detected afresh (keeping what of the stored corrections
 * still fits when the stored record was made for this text). Never fails.
 */
export function usableStructure(text: string, hash: string, stored: unknown): TranscriptStructure {
  const read = readStructure(stored, text, hash);
  return read.ok ? read.value : detectStructure(text, hash);
}
