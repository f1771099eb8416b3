/**
 * Who may change what: the one rule, used by the interface (what it offers) and by the writer
 * (`Workspace.run` refuses what it forbids); the sync server is to enforce the same rule.
 *
 * - An annotation belongs to its coder for life: no edit changes its `coderId`.
 * - A coder changes (edits, deletes) only their own annotations, and those of a consensus layer
 *   (which any coder may adjudicate); another coder's annotations can only be adopted, which
 *   makes a copy in one's own layer. Every change records its editor (`editorId`).
 * - A coder creates annotations only in their own layer or a consensus layer.
 * - Deleting a document deletes all its annotations, whoever made them.
 * - An import (`origin: 'import'`) brings others' work in as it is: it may add annotations of
 *   any coder and newer versions of them, never changing who made one.
 * - Adjudication decisions may be made and changed by any coder, recording who decided.
 * - Coders: anyone may add one; a coder may rename only themselves or a consensus layer; an id
 *   or kind never changes, and coders are never removed (their annotations keep naming them).
 */
import type { Edit } from '../edit';
import type { Annotation, Coder, CoderKind } from '../model';

/** What the rule needs to know about coders: the kind of a coder id (undefined when unknown). */
export type KindOf = (coderId: string) => CoderKind | undefined;

/** True when `actorId` may edit or delete `annotation` (own layer, or a consensus layer). */
export function mayChange(actorId: string, annotation: Pick<Annotation, 'coderId'>, kindOf: KindOf): boolean {
  return annotation.coderId === actorId || kindOf(annotation.coderId) === 'consensus';
}

/** A name for a coder in messages. */
type NameOf = (coderId: string) => string;

/**
 * Why `actorId` may not run `edit`, as a sentence, or null when the edit keeps the rule.
 * `nameOf` names coders in the sentence.
 */
export function editProblem(edit: Edit, actorId: string, kindOf: KindOf, nameOf: NameOf): string | null {
  const adding = new Map<string, CoderKind>();
  for (const { before, after } of edit.coders ?? []) {
    if (after && !before) adding.set(after.id, after.kind);
    if (before && !after) return `Coders are never removed (${nameOf(before.id)}'s annotations keep naming them).`;
    if (before && after) {
      if (before.id !== after.id || before.kind !== after.kind) return `A coder's id and kind never change (${before.name}).`;
      if (edit.origin !== 'import' && before.id !== actorId && before.kind !== 'consensus') return `Only ${before.name} can rename ${before.name}.`;
    }
  }
  const kind: KindOf = (id) => adding.get(id) ?? kindOf(id);
  for (const { after } of edit.adjudications ?? []) {
    if (after && after.editorId !== actorId && edit.origin !== 'import') return 'Every decision records who made it: this one names another adjudicator.';
  }
  const deletedDocuments = new Set((edit.documents ?? []).flatMap((c) => (c.before && !c.after ? [c.before.id] : [])));
  for (const { before, after } of edit.annotations) {
    if (before && after && before.coderId !== after.coderId) {
      return `No edit changes who made an annotation (“${before.exact.slice(0, 40)}” is ${nameOf(before.coderId)}'s).`;
    }
    if (edit.origin === 'import') {
      if (!after) return 'An import adds and updates annotations; it never deletes one.';
      continue;
    }
    const record = (before ?? after)!;
    if (!after) {
      if (deletedDocuments.has(record.documentId) || mayChange(actorId, record, kind)) continue;
      return `“${record.exact.slice(0, 40)}” is ${nameOf(record.coderId)}'s annotation: it can be adopted as yours, not deleted.`;
    }
    if (!mayChange(actorId, record, kind)) {
      return before
        ? `“${record.exact.slice(0, 40)}” is ${nameOf(record.coderId)}'s annotation: it can be adopted as yours, not changed.`
        : `A new annotation goes into your own layer or the consensus layer, not into ${nameOf(record.coderId)}'s.`;
    }
    if (after.editorId !== actorId) return 'Every change records who made it: this one names another editor.';
  }
  return null;
}

/** A coders lookup for the rule from a list. */
export function kindsOf(coders: Iterable<Coder>): KindOf {
  const map = new Map<string, CoderKind>();
  for (const c of coders) map.set(c.id, c.kind);
  return (id) => map.get(id);
}
