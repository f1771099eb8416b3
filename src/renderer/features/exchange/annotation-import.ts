import type { AnchorCounts } from '../../../shared/anchoring/types';
import type { Annotation, Category, DocumentRecord } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { parseAnnotationFile, type ParsedFile } from '../../../shared/w3c/import';
import type { Repository } from '../../db/repository';
import { placeOffThread } from '../../workers/place-client';

/** An import ready to confirm: what will be written and what the user must see first. */
export interface ImportPlan {
  fileName: string;
  document: DocumentRecord;
  /** True when the document was found by the file's content hash. */
  matchedByHash: boolean;
  counts: AnchorCounts;
  /** Annotations to write: new ones and newer versions of existing ones. */
  toWrite: Annotation[];
  /** Already present with the same or a newer version: left alone. */
  unchanged: number;
  updated: number;
  newCategories: Category[];
  problems: string[];
  orphans: Annotation[];
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

/**
 * Places a parsed file's annotations on a document and works out what would change: an id
 * already in the library is updated only when the file's `modified` is newer, so importing
 * the same file twice changes nothing.
 */
export async function planImport(
  repo: Repository,
  parsed: ParsedFile,
  fileName: string,
  document: DocumentRecord,
  problems: string[],
  matchedByHash: boolean,
): Promise<ImportPlan> {
  const categories = await repo.categories();
  const placement = await placeOffThread(parsed.annotations, document, categories, {
    shipped: parsed.categories,
    now: new Date().toISOString(),
  });
  const existing = await repo.existingAnnotations(placement.annotations.map((a) => a.id));
  const toWrite: Annotation[] = [];
  let unchanged = 0;
  let updated = 0;
  for (const a of placement.annotations) {
    const old = existing.get(a.id);
    if (!old) toWrite.push(a);
    else if (a.modified > old.modified) {
      toWrite.push(a);
      updated++;
    } else unchanged++;
  }
  return {
    fileName,
    document,
    matchedByHash,
    counts: placement.counts,
    toWrite,
    unchanged,
    updated,
    newCategories: placement.newCategories,
    problems,
    orphans: toWrite.filter((a) => a.status === 'orphan'),
  };
}

/** Writes a confirmed plan in one transaction. */
export async function commitImport(repo: Repository, plan: ImportPlan): Promise<void> {
  await repo.putAll(plan.toWrite, plan.newCategories);
}
