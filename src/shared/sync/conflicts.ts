/**
 * Describes a CouchDB conflict on an annotation (two or more people changed it while offline):
 * the fields in which the revisions differ, in words, for the side-by-side view.
 */
import type { SharedAnnotation } from './couch-docs';

/** One field in which the revisions differ: its value in each, in the revisions' order. */
export interface FieldDifference {
  field: 'category' | 'span' | 'memo' | 'status' | 'deleted';
  /** The field in words. */
  label: string;
  values: string[];
}

const SPAN = (a: SharedAnnotation) => `${a.start}–${a.end} “${a.exact.length > 60 ? `${a.exact.slice(0, 60)}…` : a.exact}”`;

/** A field of an annotation in words, and when two revisions differ in it. */
const FIELDS: { field: FieldDifference['field']; label: string; key: (a: SharedAnnotation) => string; show: (a: SharedAnnotation, categoryLabel: (id: string) => string) => string }[] = [
  { field: 'category', label: 'Category', key: (a) => a.categoryId, show: (a, label) => label(a.categoryId) },
  { field: 'span', label: 'Span', key: (a) => `${a.start}:${a.end}`, show: (a) => SPAN(a) },
  { field: 'memo', label: 'Memo', key: (a) => a.memo, show: (a) => a.memo || '(none)' },
  { field: 'status', label: 'Placement', key: (a) => a.status, show: (a) => a.status },
];

/**
 * What differs between the revisions of one annotation (null = deleted in that revision), one
 * value per revision; `categoryLabel` names category ids. Empty when they agree on everything shown.
 */
export function describeConflict(sides: (SharedAnnotation | null)[], categoryLabel: (id: string) => string): FieldDifference[] {
  if (sides.some((a) => a === null)) return [{ field: 'deleted', label: 'Annotation', values: sides.map((a) => (a ? 'kept' : 'deleted')) }];
  const kept = sides as SharedAnnotation[];
  return FIELDS.filter((f) => new Set(kept.map(f.key)).size > 1).map((f) => ({ field: f.field, label: f.label, values: kept.map((a) => f.show(a, categoryLabel)) }));
}
