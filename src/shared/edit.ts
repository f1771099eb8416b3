import type { Annotation, Category, DocumentRecord } from './model';

/** One record's change: `before` null for a creation, `after` null for a deletion. */
export interface Change<T> {
  before: T | null;
  after: T | null;
}

/**
 * One undoable user action (tag, delete, recategorise, edit a memo, edit the codebook…): the
 * records it changes, before and after. Applying `after` does it; applying `before` undoes it.
 */
export interface Edit {
  label: string;
  annotations: Change<Annotation>[];
  categories: Change<Category>[];
  /** Documents deleted, restored or renamed (library actions); absent for most edits. */
  documents?: Change<DocumentRecord>[];
}

/** The edit that undoes `edit`. */
export function invertEdit(edit: Edit): Edit {
  const flip = <T>(c: Change<T>): Change<T> => ({ before: c.after, after: c.before });
  return {
    label: edit.label,
    annotations: edit.annotations.map(flip),
    categories: edit.categories.map(flip),
    ...(edit.documents ? { documents: edit.documents.map(flip) } : {}),
  };
}

/** Merges changes of one kind: the first `before` and the last `after` of each record id. */
function mergeChanges<T extends { id: string }>(first: Change<T>[], second: Change<T>[]): Change<T>[] {
  const byId = new Map<string, Change<T>>();
  for (const c of [...first, ...second]) {
    const id = (c.after ?? c.before)!.id;
    const seen = byId.get(id);
    byId.set(id, seen ? { before: seen.before, after: c.after } : c);
  }
  // A record created and then deleted within the merged step never existed for the history.
  return [...byId.values()].filter((c) => c.before !== null || c.after !== null);
}

/**
 * One edit doing `first` then `second` (for one undo step over an editing stretch, such as a
 * memo typed in several saves): each record goes from its state before `first` to its state
 * after `second`. The label is the second's.
 */
export function mergeEdits(first: Edit, second: Edit): Edit {
  const documents = mergeChanges(first.documents ?? [], second.documents ?? []);
  return {
    label: second.label,
    annotations: mergeChanges(first.annotations, second.annotations),
    categories: mergeChanges(first.categories, second.categories),
    ...(documents.length ? { documents } : {}),
  };
}
