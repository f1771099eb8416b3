/**
 * The comparison task run in `compare.worker.ts`: `compareLayers` on each document of the
 * request, with progress per document.
 */
import { compareLayers, type CompareAnnotation, type Comparison } from '../../shared/compare/compare-layers';
import type { Progress } from './protocol';

/** One document to compare: its canonical text and the placed annotations of the compared coders. */
export interface CompareDocument {
  id: string;
  text: string;
  annotations: CompareAnnotation[];
}

/** What the comparison worker receives. */
export interface CompareRequest {
  documents: CompareDocument[];
  /** The coders compared, in the order their versions are listed. */
  coderIds: string[];
}

/** The comparison of one document. */
export interface DocumentComparison {
  documentId: string;
  comparison: Comparison;
}

/** Compares every document, reporting progress after each. */
export function compareTask(request: CompareRequest, progress: Progress): DocumentComparison[] {
  const out: DocumentComparison[] = [];
  request.documents.forEach((d, i) => {
    out.push({ documentId: d.id, comparison: compareLayers(d.text, d.annotations, request.coderIds) });
    progress(i + 1, request.documents.length);
  });
  return out;
}
