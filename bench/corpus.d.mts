/** Types of `corpus.mjs` (plain JavaScript so that Node and the page bundle share it). */
import type { Annotation, DocumentRecord } from '../src/shared/model';

export interface Corpus {
  big: DocumentRecord;
  library: DocumentRecord[];
  annotations: Annotation[];
  /** The big document's text with 50 small edits. */
  editedText: string;
}

export function prng(seed: number): () => number;
export function utf8Length(s: string): number;
export function generateCorpus(options: {
  seed?: number;
  bigBytes?: number;
  libraryCount?: number;
  libraryBytes?: number;
  annotationCount?: number;
  editCount?: number;
  quoteAt(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string };
  hash(text: string): string;
}): Corpus;
export function generateSearchLibrary(options?: { seed?: number; count?: number; bytes?: number; vocabulary?: number }): {
  documents: { name: string; text: string }[];
  /** The pseudo-words in Zipf rank order (most frequent first). */
  vocabulary: string[];
};
