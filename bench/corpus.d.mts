/** Types of `corpus.mjs` (plain JavaScript so that Node and the page bundle share it). */
import type { Annotation, Coder, DocumentRecord } from '../src/shared/model';

export interface Corpus {
  big: DocumentRecord;
  library: DocumentRecord[];
  annotations: Annotation[];
  /** The big document's text with 50 small edits. */
  editedText: string;
}

/** The five coders of the several-coders figures. */
export const BENCH_CODERS: Coder[];
/** Five coders' layers of `perCoder` spans each on `text` (UTF-16), in `BENCH_CODERS` order. */
export function coderLayers(text: string, perCoder?: number): { categoryId: string; start: number; end: number }[][];
/** The bench's own coder (the local coder of the seeded workspace). */
export const BENCH_CODER: Coder;
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
