/**
 * Getting the comparison of coders' layers for the views that need it (the reader's
 * "differences only", the comparison view), computed in the comparison worker. The open
 * document's comparison is cached per session state and choice of coders, so that the reader
 * and the comparison view share one computation.
 */
import type { Comparison, CompareAnnotation } from '../../../shared/compare/compare-layers';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { compareOffThread, type DocumentComparison } from '../../workers/compare-client';
import type { TaskControl } from '../../workers/task-client';
import type { DocumentSession } from '../workspace/document-session';

/**
 * The annotations the comparison takes: placed ones of the compared coders (orphans have no
 * place). The records themselves, not copies: they come back in the result as they are.
 */
export function forComparison(annotations: Iterable<Annotation>, coderIds: ReadonlySet<string>): CompareAnnotation[] {
  const out: CompareAnnotation[] = [];
  for (const a of annotations) if (a.status === 'placed' && a.end > a.start && coderIds.has(a.coderId)) out.push(a);
  return out;
}

const cache = new WeakMap<DocumentSession, { key: string; result: Promise<Comparison> }>();

/** The comparison of the open document's layers of `coderIds` (in that order), shared while nothing changes. */
export function compareSession(session: DocumentSession, document: DocumentRecord, coderIds: readonly string[], control: TaskControl = {}): Promise<Comparison> {
  const key = `${session.version}\u0000${coderIds.join('\u0000')}`;
  const cached = cache.get(session);
  if (cached && cached.key === key) return cached.result;
  const documents = [{ id: document.id, text: document.text, annotations: forComparison(session.list(), new Set(coderIds)) }];
  const result = compareOffThread(documents, coderIds, control).then((r) => r[0].comparison);
  cache.set(session, { key, result });
  // A failed or cancelled computation is not kept: the next caller tries again.
  result.catch(() => {
    if (cache.get(session)?.result === result) cache.delete(session);
  });
  return result;
}

/** The comparison of several documents (the library), each read with its annotations. */
export function compareDocuments(
  documents: readonly { document: DocumentRecord; annotations: readonly Annotation[] }[],
  coderIds: readonly string[],
  control: TaskControl = {},
): Promise<DocumentComparison[]> {
  const ids = new Set(coderIds);
  return compareOffThread(documents.map(({ document, annotations }) => ({ id: document.id, text: document.text, annotations: forComparison(annotations, ids) })), coderIds, control);
}
