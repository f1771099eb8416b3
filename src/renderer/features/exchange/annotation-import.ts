import type { AnchorCounts, AnchorKind } from '../../../shared/anchoring/types';
import { codebookChoices, compareCodebooks, type CodebookComparison } from '../../../shared/codebook-diff';
import type { Change, Edit } from '../../../shared/edit';
import { derivedAnnotationId } from '../../../shared/ids';
import type { Annotation, Category, DocumentRecord } from '../../../shared/model';
import { fail, ok, type Result } from '../../../shared/result';
import { parseAnnotationFile, type ParsedFile } from '../../../shared/w3c/import';
import type { Placement } from '../../../shared/w3c/place';
import { placeOffThread } from '../../workers/place-client';
import type { LibraryReader } from '../workspace/library-reader';

/** One annotation of an import as placed, for the review. */
export interface PlacedItem {
  annotation: Annotation;
  kind: AnchorKind;
  /** The quote as the file gave it (an approximate placement covers slightly different text). */
  quoted: string;
  /** What the import does with it: adds it, updates an older version, or leaves the library's. */
  effect: 'new' | 'update' | 'unchanged';
}

/** An import ready to confirm: what will be written and what the user must see first. */
export interface ImportPlan {
  fileName: string;
  document: DocumentRecord;
  /** True when the document was found by the file's content hash. */
  matchedByHash: boolean;
  counts: AnchorCounts;
  /** Every annotation of the file as placed on the document, in the file's order. */
  items: PlacedItem[];
  /** Annotations to write: new ones and newer versions of existing ones. */
  toWrite: Annotation[];
  /** The library's versions of the annotations being updated, by id (for undo). */
  previous: Map<string, Annotation>;
  /** Already present with the same or a newer version: left alone. */
  unchanged: number;
  updated: number;
  /** Categories the file's annotations use that the library lacks: added with the import. */
  newCategories: Category[];
  /** How the file's codebook differs from the library's (each difference is the user's choice). */
  codebook: CodebookComparison;
  problems: string[];
}

/** The documents the file's annotations point at by content hash, most used first. */
export function documentsByHash(parsed: ParsedFile, documents: DocumentRecord[]): DocumentRecord[] {
  const uses = new Map<string, number>();
  for (const a of parsed.annotations) if (a.source.hash) uses.set(a.source.hash, (uses.get(a.source.hash) ?? 0) + 1);
  return documents
    .filter((d) => uses.has(d.hash))
    .sort((a, b) => (uses.get(b.hash) ?? 0) - (uses.get(a.hash) ?? 0));
}

/** Reads and checks a file; nothing is written. */
export function readAnnotationFile(content: string, fileName: string): Result<ParsedFile> {
  return parseAnnotationFile(content, fileName);
}

/** Re-anchors a parsed file's annotations on a document (the costly step of an import), in a Web Worker. */
export function placeOnDocument(parsed: ParsedFile, document: DocumentRecord, categories: Category[]): Promise<Placement> {
  return placeOffThread(parsed.annotations, document, categories, {
    shipped: parsed.categories,
    now: new Date().toISOString(),
  });
}

/**
 * Places a parsed file's annotations on a document and works out what would change. An
 * annotation placed on a text other than the one it was made on (another content hash, or its
 * id already used on another document) gets its own id, derived from the original id and the
 * target text, so the original stays where it is and a second import changes nothing. An id
 * already on this document is updated only when the file's `modified` is newer.
 */
export async function planImport(
  read: LibraryReader,
  categories: Category[],
  parsed: ParsedFile,
  fileName: string,
  document: DocumentRecord,
  problems: string[],
  matchedByHash: boolean,
): Promise<ImportPlan> {
  const placement = await placeOnDocument(parsed, document, categories);
  const originals = await read.existingAnnotations(placement.annotations.map((a) => a.id));
  const placed = placement.annotations.map((a, i): Annotation => {
    const sourceHash = parsed.annotations[i].source.hash;
    const elsewhere = originals.get(a.id);
    const foreignText = (sourceHash !== null && sourceHash !== document.hash) || (elsewhere !== undefined && elsewhere.documentId !== document.id);
    return foreignText ? { ...a, id: derivedAnnotationId(a.id, document.hash) } : a;
  });
  const existing = await read.existingAnnotations(placed.map((a) => a.id));
  const toWrite: Annotation[] = [];
  const previous = new Map<string, Annotation>();
  let unchanged = 0;
  let updated = 0;
  const items = placed.map((a, i): PlacedItem => {
    const old = existing.get(a.id);
    const kind = placement.kinds[i];
    const quoted = parsed.annotations[i].quote?.exact ?? a.exact;
    if (!old) {
      toWrite.push(a);
      return { annotation: a, kind, quoted, effect: 'new' };
    }
    if (a.modified > old.modified) {
      toWrite.push(a);
      previous.set(a.id, old);
      updated++;
      return { annotation: a, kind, quoted, effect: 'update' };
    }
    unchanged++;
    return { annotation: old, kind, quoted, effect: 'unchanged' };
  });
  return {
    fileName,
    document,
    matchedByHash,
    counts: placement.counts,
    items,
    toWrite,
    previous,
    unchanged,
    updated,
    newCategories: placement.newCategories,
    codebook: compareCodebooks(categories, parsed.categories.filter((c) => !placement.newCategories.some((n) => n.id === c.id))),
    problems,
  };
}

/**
 * The undoable edit of a confirmed import: its annotations, the categories they need, and the
 * codebook differences the user chose to take from the file (ids in `taken`).
 */
export function importEdit(plan: ImportPlan, categories: Category[], taken: ReadonlySet<string>): Result<Edit> {
  const choices = codebookChoices(categories, plan.codebook, taken);
  if (choices.problems.length) return fail(`The codebook choices cannot be applied: ${choices.problems.join(' ')}`);
  const annotations: Change<Annotation>[] = plan.toWrite.map((a) => ({ before: plan.previous.get(a.id) ?? null, after: a }));
  const n = plan.toWrite.length;
  return ok({
    label: `Import of ${n} annotation${n === 1 ? '' : 's'} from “${plan.fileName}”`,
    annotations,
    categories: [...plan.newCategories.map((c) => ({ before: null, after: c })), ...choices.changes],
  });
}
