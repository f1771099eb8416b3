/** Types produced by reading an annotation exchange file (see `import.ts`). */
import type { Category } from '../model';

/** The dialect a file was recognised as. */
export type ImportFormat = 'w3c' | 'hypothesis' | 'recogito';

/**
 * One annotation read from a file, before it is placed on a document. Positions count Unicode
 * code points, as in the file; `place.ts` converts them against the document's text.
 */
export interface ImportedAnnotation {
  /** The annotation's id without `urn:uuid:` (or Recogito's leading `#`). */
  id: string;
  /** The stable category id when the file carries one, else null (match by label). */
  categoryId: string | null;
  categoryLabel: string;
  memo: string;
  coder: string;
  /** ISO 8601 UTC times ending in `Z`; empty when the file gives none. */
  created: string;
  modified: string;
  /** The annotated text: its content hash (from an `ni:` URI), its IRI and title, as known. */
  source: { hash: string | null; iri: string | null; title: string | null };
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Half-open span in Unicode code points. */
  position: { start: number; end: number } | null;
  /** Set when the file's prefix or suffix was longer than 32 code points and was cut. */
  contextCut?: true;
}

/** Why one annotation of a file was not read: which one (index, id) and which property. */
export interface ImportProblem {
  /** Index of the annotation (or Hypothesis row) in the file, from 0. */
  index: number;
  id: string | null;
  /** Path of the offending property inside the annotation, e.g. `target.selector[1].start`. */
  property: string;
  message: string;
}

/** What a readable file holds: the good annotations, the problems, and any shipped codebook. */
export interface ParsedFile {
  format: ImportFormat;
  annotations: ImportedAnnotation[];
  problems: ImportProblem[];
  /** The codebook shipped in the file; empty when it has none. */
  categories: Category[];
  /** The collection's label, when the file is a labelled collection. */
  label?: string;
  /** Sentences for the import report about what was adjusted while reading (contexts cut…). */
  notes?: string[];
}
