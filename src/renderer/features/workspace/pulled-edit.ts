import type { Change, Edit } from '../../../shared/edit';
import type { Annotation, Category, Coder, DocumentRecord } from '../../../shared/model';
import { detectStructure } from '../../../shared/transcript/structure';

/** What one batch pulled from the team's server brings, already checked (`shared/sync/read-doc.ts`). */
export interface PulledBatch {
  /** Annotations as they now are, on local document ids. */
  annotations: Annotation[];
  /** Annotations deleted on the server. */
  removedAnnotationIds: string[];
  categories: Category[];
  coders: Coder[];
  /** Texts the library did not have. */
  documents: DocumentRecord[];
}

/** What the library has now of the records a batch touches. */
export interface PulledBefore {
  annotations: ReadonlyMap<string, Annotation>;
  category(id: string): Category | undefined;
  coder(id: string): Coder | undefined;
}

/**
 * The edit that brings a pulled batch into the library: each record from what the library has
 * to what the server has; records that are already as pulled are left out (an echo of one's
 * own push, or a change pulled twice), so the edit may be empty.
 */
export function pulledEdit(batch: PulledBatch, before: PulledBefore): Edit {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const annotations: Change<Annotation>[] = [];
  for (const after of batch.annotations) {
    const was = before.annotations.get(after.id) ?? null;
    if (!was || !same(was, after)) annotations.push({ before: was, after });
  }
  for (const id of batch.removedAnnotationIds) {
    const was = before.annotations.get(id);
    if (was) annotations.push({ before: was, after: null });
  }
  const categories = batch.categories.flatMap((after) => {
    const was = before.category(after.id) ?? null;
    return was && same(was, after) ? [] : [{ before: was, after }];
  });
  const coders = batch.coders.flatMap((after) => {
    const was = before.coder(after.id) ?? null;
    return was && same(was, after) ? [] : [{ before: was, after }];
  });
  const documents = batch.documents.map((after) => ({ before: null, after }));
  // A text that arrives gets its transcript structure detected, as an imported one does.
  const structures = batch.documents.map((d) => ({ before: null, after: { documentId: d.id, structure: detectStructure(d.text, d.hash) } }));
  return {
    label: 'Changes from the team',
    annotations,
    categories,
    ...(documents.length ? { documents, structures } : {}),
    ...(coders.length ? { coders } : {}),
  };
}

/** True when the edit changes nothing. */
export function isEmptyEdit(edit: Edit): boolean {
  return edit.annotations.length === 0 && edit.categories.length === 0 && !edit.documents?.length && !edit.coders?.length;
}
