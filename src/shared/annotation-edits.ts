import { quoteAt } from './anchoring/anchor';
import type { Edit } from './edit';
import type { Annotation, Category, DocumentRecord } from './model';

/** Who acts and when, for the records an action creates or modifies. */
export interface Stamp {
  /** The acting coder's id, recorded as each written record's `editorId`. */
  editorId: string;
  /** ISO 8601 UTC time ending in `Z`. */
  now: string;
}

/** The layer a new annotation goes into: its coder's id and name. */
export interface LayerRef {
  id: string;
  name: string;
}

/** A new annotation of `layer` on `[start, end)` of a document, with quote and context. */
function newAnnotation(doc: DocumentRecord, start: number, end: number, categoryId: string, id: string, layer: LayerRef, stamp: Stamp): Annotation {
  return {
    id,
    documentId: doc.id,
    categoryId,
    start,
    end,
    ...quoteAt(doc.text, start, end),
    memo: '',
    coderId: layer.id,
    coder: layer.name,
    editorId: stamp.editorId,
    created: stamp.now,
    modified: stamp.now,
    status: 'placed',
  };
}

/** Tags `[start, end)` of a document with a category: one new annotation in `layer`. */
export function tagEdit(doc: DocumentRecord, start: number, end: number, category: Category, id: string, layer: LayerRef, stamp: Stamp): Edit {
  const annotation = newAnnotation(doc, start, end, category.id, id, layer, stamp);
  return { label: `Tag as ${category.label}`, annotations: [{ before: null, after: annotation }], categories: [] };
}

/** Deletes annotations. */
export function deleteEdit(annotations: Annotation[]): Edit {
  const label = annotations.length === 1 ? 'Delete annotation' : `Delete ${annotations.length} annotations`;
  return { label, annotations: annotations.map((a) => ({ before: a, after: null })), categories: [] };
}

/** Changes fields of one annotation and stamps it as modified by the editor. */
export function modifyEdit(label: string, annotation: Annotation, changes: Partial<Annotation>, stamp: Stamp): Edit {
  return {
    label,
    annotations: [{ before: annotation, after: { ...annotation, ...changes, coderId: annotation.coderId, modified: stamp.now, editorId: stamp.editorId } }],
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
export function boundsEdit(doc: DocumentRecord, annotation: Annotation, start: number, end: number, stamp: Stamp): Edit {
  const edit = modifyEdit('Change boundaries', annotation, { start, end, ...quoteAt(doc.text, start, end), status: 'placed' }, stamp);
  return { ...edit, annotations: edit.annotations.map((c) => ({ before: c.before, after: c.after && checked(c.after) })) };
}

/** Confirms an imported approximate placement: the "check placement" mark goes. */
export function confirmPlacementEdit(annotation: Annotation, stamp: Stamp): Edit {
  return {
    label: 'Confirm placement',
    annotations: [{ before: annotation, after: { ...checked(annotation), modified: stamp.now, editorId: stamp.editorId } }],
    categories: [],
  };
}

/** The key of an annotation's coding: span and category (two layers agree on it when equal). */
export function codingKey(a: Pick<Annotation, 'start' | 'end' | 'categoryId'>): string {
  return `${a.start}:${a.end}:${a.categoryId}`;
}

/**
 * "Adopt as mine": copies other coders' placed annotations into `layer` as new annotations (one
 * undoable step), each with a new id from `newId`. The span and category are copied; the memo
 * is not, since it is the other coder's reasoning and would then be signed with the adopter's
 * name. Annotations `layer` already has with the same span and category are skipped, as are
 * orphans and `layer`'s own. Returns null when nothing is left to adopt.
 */
export function adoptEdit(
  annotations: readonly Annotation[],
  doc: DocumentRecord,
  own: readonly Annotation[],
  layer: LayerRef,
  stamp: Stamp,
  newId: () => string,
): Edit | null {
  const have = new Set(own.filter((a) => a.coderId === layer.id && a.status === 'placed').map(codingKey));
  const created: Annotation[] = [];
  for (const a of annotations) {
    if (a.coderId === layer.id || a.status !== 'placed' || a.documentId !== doc.id || have.has(codingKey(a))) continue;
    have.add(codingKey(a));
    created.push(newAnnotation(doc, a.start, a.end, a.categoryId, newId(), layer, stamp));
  }
  if (created.length === 0) return null;
  const label = created.length === 1 ? 'Adopt annotation as mine' : `Adopt ${created.length} annotations as mine`;
  return { label, annotations: created.map((after) => ({ before: null, after })), categories: [] };
}

/** Adds, changes or reorders categories in one undoable step. */
export function codebookEdit(label: string, changes: { before: Category | null; after: Category | null }[]): Edit {
  return { label, annotations: [], categories: changes };
}
