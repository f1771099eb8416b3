/** Comparing coders' layers off the interface thread (`compare.worker.ts`), with progress, cancel and a time budget. */
import type { CompareAnnotation, Comparison } from '../../shared/compare/compare-layers';
import { packAnnotations, unpackComparison } from '../../shared/compare/packed';
import { COMPARE_LIMITS } from '../../shared/limits';
import { compareTask, type CompareRequest, type PackedDocumentComparison } from './compare-task';
import { inProcessWorker } from './in-process-worker';
import type { WorkerLike } from './run-in-worker';
import { runTask, type TaskControl } from './task-client';

/** Starts the comparison worker; without Web Workers (jsdom) the task runs in-process behind the same protocol. */
export function createCompareWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker(compareTask).create();
  return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'compare coders' });
}

/** One document to compare: its text and the annotations (of any coders: others are left out). */
export interface DocumentToCompare {
  id: string;
  text: string;
  annotations: readonly CompareAnnotation[];
}

/** The comparison of one document, with the caller's own annotation objects. */
export interface DocumentComparison {
  documentId: string;
  comparison: Comparison;
}

/** `compareLayers` of each document, computed in a worker; the places come back with the caller's annotations. */
export async function compareOffThread(documents: readonly DocumentToCompare[], coderIds: readonly string[], control: TaskControl = {}): Promise<DocumentComparison[]> {
  const wanted = new Set(coderIds);
  const lists = documents.map((d) => d.annotations.filter((a) => wanted.has(a.coderId) && a.end > a.start));
  const categoryIds = [...new Set(lists.flatMap((l) => l.map((a) => a.categoryId)))];
  const request: CompareRequest = {
    documents: documents.map((d, i) => ({ id: d.id, text: d.text, annotations: packAnnotations(lists[i], coderIds, categoryIds) })),
    coderIds: [...coderIds],
    categoryIds,
  };
  const transfer = request.documents.flatMap((d) => [d.annotations.starts.buffer, d.annotations.ends.buffer, d.annotations.coders.buffer, d.annotations.categories.buffer]);
  const packed = await runTask<PackedDocumentComparison[]>('Comparing the coders', createCompareWorker, request, COMPARE_LIMITS.workerMs, { ...control, transfer });
  return packed.map((p, i) => ({ documentId: p.documentId, comparison: unpackComparison(p.comparison, lists[i], coderIds) }));
}
