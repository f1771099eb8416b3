/**
 * Adjudication: deciding a place where coders differ. One decision is one edit: the record of
 * the decision, the consensus layer's annotations it writes (replacing those an earlier
 * decision on the same place wrote), the consensus coder when this is the layer's first
 * annotation, and, when asked, the reason saved as a coding rule of a category with the
 * place's quote as its example. The reason is also the consensus annotation's memo, so it
 * exports with the layer (W3C and datasets).
 */
import { quoteAt } from '../anchoring/anchor';
import type { Stamp } from '../annotation-edits';
import { MIN_OVERLAP_SHARE } from '../compare/rules';
import type { Change, Edit } from '../edit';
import type { Adjudication, Annotation, Category, Coder, DocumentRecord } from '../model';

/** A place to decide: its span and each coder's version (UTF-16 offsets). */
export interface PlaceToDecide {
  start: number;
  end: number;
  versions: readonly { coderId: string; annotation: { start: number; end: number; categoryId: string } | null }[];
}

/** What the adjudicator chose. */
export type AdjudicationChoice =
  | { decision: 'accepted'; coderId: string }
  | { decision: 'written'; start: number; end: number; categoryId: string }
  | { decision: 'unresolved' };

/** Everything one decision needs. */
export interface AdjudicateInput {
  doc: DocumentRecord;
  place: PlaceToDecide;
  choice: AdjudicationChoice;
  reason: string;
  /** The consensus layer, and whether this decision creates it. */
  consensus: { coder: Coder; created: boolean };
  /** The decision already taken on this place, if any (this one replaces it). */
  previous: Adjudication | null;
  /** The consensus layer's annotations by id (to remove those the previous decision wrote). */
  consensusAnnotations: ReadonlyMap<string, Annotation>;
  /** Save the reason as a rule of this category (with the quote as example); null for no rule. */
  ruleFor: Category | null;
  stamp: Stamp;
  newId: () => string;
  /** A coder's name, for the edit's label. */
  nameOf: (coderId: string) => string;
}

/** The edit of one decision; throws when the choice does not fit the place (a bug, not input). */
export function adjudicateEdit(input: AdjudicateInput): Edit {
  const { doc, place, choice, reason, consensus, previous, stamp } = input;
  const annotations: Change<Annotation>[] = [];
  for (const id of previous?.annotationIds ?? []) {
    const old = input.consensusAnnotations.get(id);
    if (old) annotations.push({ before: old, after: null });
  }
  let span: { start: number; end: number; categoryId: string } | null = null;
  let label: string;
  if (choice.decision === 'accepted') {
    const version = place.versions.find((v) => v.coderId === choice.coderId);
    if (!version) throw new Error(`No version of coder ${choice.coderId} at this place.`);
    span = version.annotation;
    label = `Adjudicate: accept ${input.nameOf(choice.coderId)}'s version`;
  } else if (choice.decision === 'written') {
    if (!(choice.end > choice.start)) throw new Error('A written version needs a span.');
    span = choice;
    label = 'Adjudicate: write a new version';
  } else {
    label = 'Adjudicate: mark as unresolved';
  }
  const written: Annotation[] = [];
  if (span) {
    const annotation: Annotation = {
      id: input.newId(),
      documentId: doc.id,
      categoryId: span.categoryId,
      start: span.start,
      end: span.end,
      ...quoteAt(doc.text, span.start, span.end),
      memo: reason,
      coderId: consensus.coder.id,
      coder: consensus.coder.name,
      editorId: stamp.editorId,
      created: stamp.now,
      modified: stamp.now,
      status: 'placed',
    };
    written.push(annotation);
    annotations.push({ before: null, after: annotation });
  }
  const record: Adjudication = {
    id: previous?.id ?? input.newId(),
    documentId: doc.id,
    start: place.start,
    end: place.end,
    decision: choice.decision,
    ...(choice.decision === 'accepted' ? { acceptedCoderId: choice.coderId } : {}),
    reason,
    annotationIds: written.map((a) => a.id),
    editorId: stamp.editorId,
    modified: stamp.now,
  };
  const categories: Change<Category>[] = [];
  if (input.ruleFor && reason.trim() !== '') {
    const example = doc.text.slice(span?.start ?? place.start, span?.end ?? place.end);
    const rule = { id: input.newId(), text: reason.trim(), example, created: stamp.now };
    categories.push({ before: input.ruleFor, after: { ...input.ruleFor, rules: [...(input.ruleFor.rules ?? []), rule] } });
  }
  return {
    label,
    annotations,
    categories,
    adjudications: [{ before: previous, after: record }],
    ...(consensus.created ? { coders: [{ before: null, after: consensus.coder }] } : {}),
  };
}

/**
 * The decision taken on a place, if any: among the document's decisions, the one whose span
 * shares the most with the place, when it covers at least half of the longer of the two (the
 * comparison's own rule for one place).
 */
export function decisionFor(place: { start: number; end: number }, decisions: readonly Adjudication[]): Adjudication | null {
  let best: Adjudication | null = null;
  let bestOverlap = 0;
  for (const d of decisions) {
    const overlap = Math.min(d.end, place.end) - Math.max(d.start, place.start);
    const longer = Math.max(d.end - d.start, place.end - place.start);
    if (overlap > 0 && overlap >= MIN_OVERLAP_SHARE * longer && overlap > bestOverlap) {
      best = d;
      bestOverlap = overlap;
    }
  }
  return best;
}
