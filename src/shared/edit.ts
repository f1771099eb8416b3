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
