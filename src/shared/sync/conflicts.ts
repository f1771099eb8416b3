/**
 * Describes a CouchDB conflict on an annotation (two people changed it while offline): the
 * fields in which the revisions differ, in words, for the side-by-side view.
 */
import type { SharedAnnotation } from './couch-docs';

/** One field that differs between two revisions. */
export interface FieldDifference {
  field: 'category' | 'span' | 'memo' | 'status' | 'deleted';
  /** The field in words. */
  label: string;
  left: string;
  right: string;
}

const SPAN = (a: SharedAnnotation) => `${a.start}–${a.end} “${a.exact.length > 60 ? `${a.exact.slice(0, 60)}…` : a.exact}”`;

/**
 * What differs between two revisions of one annotation (null = deleted in that revision);
 * `categoryLabel` names category ids. Empty when they agree on everything shown.
 */
export function describeConflict(left: SharedAnnotation | null, right: SharedAnnotation | null, categoryLabel: (id: string) => string): FieldDifference[] {
  if (!left || !right) {
    const word = (a: SharedAnnotation | null) => (a ? 'kept' : 'deleted');
    return [{ field: 'deleted', label: 'Annotation', left: word(left), right: word(right) }];
  }
  const out: FieldDifference[] = [];
  if (left.categoryId !== right.categoryId) out.push({ field: 'category', label: 'Category', left: categoryLabel(left.categoryId), right: categoryLabel(right.categoryId) });
  if (left.start !== right.start || left.end !== right.end) out.push({ field: 'span', label: 'Span', left: SPAN(left), right: SPAN(right) });
  if (left.memo !== right.memo) out.push({ field: 'memo', label: 'Memo', left: left.memo || '(none)', right: right.memo || '(none)' });
  if (left.status !== right.status) out.push({ field: 'status', label: 'Placement', left: left.status, right: right.status });
  return out;
}
