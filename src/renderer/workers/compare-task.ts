/**
 * The comparison task run in `compare.worker.ts`: `compareLayers` on each document of the
 * request, with progress per document. Annotations come and go as typed arrays
 * (`shared/compare/packed.ts`), so the interface thread neither copies 100,000 objects into
 * the worker nor the places back.
 */
import { comparePacked, type PackedAnnotations, type PackedComparison } from '../../shared/compare/packed';
import type { Progress } from './protocol';

/** One document to compare: its canonical text and the placed annotations of the compared coders, packed. */
export interface CompareDocument {
  id: string;
  text: string;
  annotations: PackedAnnotations;
}

/** What the comparison worker receives. */
export interface CompareRequest {
  documents: CompareDocument[];
  /** The coders compared, in the order their versions are listed (the packed coder indices point here). */
  coderIds: string[];
  /** The categories the packed category indices point to. */
  categoryIds: string[];
}

/** The comparison of one document, by index into the annotations that were sent. */
export interface PackedDocumentComparison {
  documentId: string;
  comparison: PackedComparison;
}

/** Compares every document, reporting progress after each. */
export function compareTask(request: CompareRequest, progress: Progress): PackedDocumentComparison[] {
  const out: PackedDocumentComparison[] = [];
  request.documents.forEach((d, i) => {
    out.push({ documentId: d.id, comparison: comparePacked(d.text, d.annotations, request.coderIds, request.categoryIds) });
    progress(i + 1, request.documents.length);
  });
  return out;
}
