import type { Adjudication, Annotation, Category, Coder, DocumentRecord } from './model';
import type { StructureRecord } from './transcript/structure-record';

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
  /** Coders added (first run, imports, the consensus layer) or renamed; absent for most edits. */
  coders?: Change<Coder>[];
  /** Adjudication decisions made or changed; absent for most edits. */
  adjudications?: Change<Adjudication>[];
  /**
   * `import`: the edit brings others' work in as it is (annotations of any coder, their coders),
   * which the rule of who may change what (`coders/rules.ts`) allows only to imports.
   */
  origin?: 'import';
  /**
   * Transcript structures detected on import, corrected in the speaker review, or removed with
   * their document; keyed by `documentId`. Absent for most edits.
   */
  structures?: Change<StructureRecord>[];
}

const byId = (record: { id: string }): string => record.id;

/**
 * The records an edit touches, as `kind:id` keys (`annotation:`, `category:`, `coder:`,
 * `document:`, `structure:` + the document id, `adjudication:`): what team sync sends, and what
 * decides whether a pulled change meets a local step.
 */
export function recordKeysOf(edit: Edit): Set<string> {
  const keys = new Set<string>();
  const add = <T>(kind: string, changes: Change<T>[] | undefined, key: (record: T) => string) => {
    for (const c of changes ?? []) keys.add(`${kind}:${key((c.after ?? c.before)!)}`);
  };
  add('annotation', edit.annotations, byId);
  add('category', edit.categories, byId);
  add('document', edit.documents, byId);
  add('coder', edit.coders, byId);
  add('adjudication', edit.adjudications, byId);
  add('structure', edit.structures, (s) => s.documentId);
  return keys;
}

/** The edit that undoes `edit`. */
export function invertEdit(edit: Edit): Edit {
  const flip = <T>(c: Change<T>): Change<T> => ({ before: c.after, after: c.before });
  return {
    label: edit.label,
    annotations: edit.annotations.map(flip),
    categories: edit.categories.map(flip),
    ...(edit.documents ? { documents: edit.documents.map(flip) } : {}),
    ...(edit.coders ? { coders: edit.coders.map(flip) } : {}),
    ...(edit.adjudications ? { adjudications: edit.adjudications.map(flip) } : {}),
    ...(edit.structures ? { structures: edit.structures.map(flip) } : {}),
    ...(edit.origin ? { origin: edit.origin } : {}),
  };
}

/** Merges changes of one kind: the first `before` and the last `after` of each record (by `key`). */
function mergeChanges<T>(first: Change<T>[], second: Change<T>[], key: (record: T) => string): Change<T>[] {
  const byId = new Map<string, Change<T>>();
  for (const c of [...first, ...second]) {
    const id = key((c.after ?? c.before)!);
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
  const documents = mergeChanges(first.documents ?? [], second.documents ?? [], byId);
  const coders = mergeChanges(first.coders ?? [], second.coders ?? [], byId);
  const adjudications = mergeChanges(first.adjudications ?? [], second.adjudications ?? [], byId);
  const structures = mergeChanges(first.structures ?? [], second.structures ?? [], (s) => s.documentId);
  return {
    label: second.label,
    annotations: mergeChanges(first.annotations, second.annotations, byId),
    categories: mergeChanges(first.categories, second.categories, byId),
    ...(documents.length ? { documents } : {}),
    ...(coders.length ? { coders } : {}),
    ...(adjudications.length ? { adjudications } : {}),
    ...(structures.length ? { structures } : {}),
    ...(first.origin === 'import' && second.origin === 'import' ? { origin: 'import' as const } : {}),
  };
}
