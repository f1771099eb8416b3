/** Types of a REFI-QDA import (`import.ts`): what was read, and the report shown before writing. */
import type { Annotation, DocumentRecord } from '../model';
import type { ImportedCategory, ImportedGroup } from './codebook-read';
import type { NotCarried } from './not-carried';
import type { Reading, ReadingBasis, ReadingScore } from './readings';

/** How one source came over. */
export interface SourceReport {
  /** The source's GUID (normalised): the key for choosing another reading. */
  guid: string;
  name: string;
  /** `pdf`: the plain-text representation of a PDF source. */
  kind: 'text' | 'pdf';
  /** The id of the document made of it (in `QdpxImport.documents`), or null when its text could not be read (see `problem`). */
  documentId: string | null;
  problem: string | null;
  /** How its positions were read; null when it has no text. */
  reading: Reading | null;
  basis: ReadingBasis | null;
  /** Every candidate reading with its score, best first (one entry when nothing was to choose). */
  candidates: ReadingScore[];
  /** Whether the text file began with a byte-order mark, and has CRLF line ends. */
  hadBom: boolean;
  hasCrlf: boolean;
  /** Selections in the file, and the codings in them (each coding is one annotation). */
  selections: number;
  codings: number;
  /** Annotations placed at the positions of the reading. */
  placed: number;
  /** Annotations whose positions did not fit but whose quote (`name`) was found in the text. */
  placedByQuote: number;
  /** Annotations that could not be placed (kept as orphans with their quote, where known). */
  orphaned: number;
}

/** Everything read from a `.qdpx`: the plan's raw material and the report, nothing written. */
export interface QdpxImport {
  fileName: string;
  projectName: string;
  /** The package that wrote the file, as it says (`origin`). */
  origin: string;
  /** One document per source whose text could be read; ids are the sources' GUIDs. */
  documents: DocumentRecord[];
  categories: ImportedCategory[];
  groups: ImportedGroup[];
  /** One annotation per coding, on `documents`, with `categoryId` the code's GUID. */
  annotations: Annotation[];
  /** The coders' names (users who made codings), in the file's order. */
  coders: string[];
  sources: SourceReport[];
  notCarried: NotCarried[];
  /** Sentences about items that were read differently or left out. */
  problems: string[];
}

/** Everything read from a `.qdc` codebook. */
export interface QdcImport {
  fileName: string;
  origin: string;
  categories: ImportedCategory[];
  groups: ImportedGroup[];
  notCarried: NotCarried[];
  problems: string[];
}
