import { quoteAt } from './anchoring/anchor';
import type { Edit } from './edit';
import type { Annotation, Category, DocumentRecord } from './model';

/** Who and when, for the records an action creates or modifies. */
export interface Stamp {
  coder: string;
  /** ISO 8601 UTC time ending in `Z`. */
  now: string;
}

/** Tags `[start, end)` of a document with a category: one new annotation. */
export function tagEdit(doc: DocumentRecord, start: number, end: number, category: Category, id: string, stamp: Stamp): Edit {
  const annotation: Annotation = {
    id,
    documentId: doc.id,
    categoryId: category.id,
    start,
    end,
    ...quoteAt(doc.text, start, end),
    memo: '',
    coder: stamp.coder,
    created: stamp.now,
    modified: stamp.now,
    status: 'placed',
  };
  return { label: `Tag as ${category.label}`, annotations: [{ before: null, after: annotation }], categories: [] };
}

/** Deletes annotations. */
export function deleteEdit(annotations: Annotation[]): Edit {
  const label = annotations.length === 1 ? 'Delete annotation' : `Delete ${annotations.length} annotations`;
  return { label, annotations: annotations.map((a) => ({ before: a, after: null })), categories: [] };
}

/** Changes fields of one annotation and stamps it as modified. */
export function modifyEdit(label: string, annotation: Annotation, changes: Partial<Annotation>, now: string): Edit {
  return {
    label,
    annotations: [{ before: annotation, after: { ...annotation, ...changes, modified: now } }],
    categories: [],
  };
}

/** The annotation without its "check placement" mark. */
function checked(annotation: Annotation): Annotation {
  const { check: _check, ...rest } = annotation;
  return rest;
}

/**
 * Moves an annotation to a new span (extend or shrink), with a fresh quote; an orphan becomes
 * placed, and a placement waiting to be checked counts as checked.
 */
export function boundsEdit(doc: DocumentRecord, annotation: Annotation, start: number, end: number, now: string): Edit {
  const edit = modifyEdit('Change boundaries', annotation, { start, end, ...quoteAt(doc.text, start, end), status: 'placed' }, now);
  return { ...edit, annotations: edit.annotations.map((c) => ({ before: c.before, after: c.after && checked(c.after) })) };
}

/** Confirms an imported approximate placement: the "check placement" mark goes. */
export function confirmPlacementEdit(annotation: Annotation, now: string): Edit {
  return { label: 'Confirm placement', annotations: [{ before: annotation, after: { ...checked(annotation), modified: now } }], categories: [] };
}

/** Adds, changes or reorders categories in one undoable step. */
export function codebookEdit(label: string, changes: { before: Category | null; after: Category | null }[]): Edit {
  return { label, annotations: [], categories: changes };
}
