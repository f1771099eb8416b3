/**
 * Annotations by speaker turn: the common ground of co-occurrence, sequences and the speaker ×
 * category counts. An annotation belongs to the turn it starts in (as the datasets count it);
 * annotations starting in regions marked as not speech, outside every turn, or in a turn that
 * is wholly not speech are left out.
 */
import type { Annotation } from '../model';
import type { RetrievalDocument } from '../reports/coded-segments';
import { isTurnExcluded } from '../transcript/speakers';
import { isExcluded, speakerOfTurn, turnOwning } from '../transcript/structure';

/** One turn with the annotations that start in it. */
export interface CodedTurn {
  documentId: string;
  documentTitle: string;
  number: number;
  speaker: string;
  annotations: Annotation[];
}

/** Which annotations count. */
export interface CodeFilter {
  /** Only these coders' annotations (by coder id); all when absent or empty. */
  coders?: ReadonlySet<string>;
  /** Only these documents; all when absent or empty. */
  documents?: ReadonlySet<string>;
}

/**
 * Per document (in the given order), its turns in order, each with its placed annotations in
 * start order. Turns without annotations are kept (sequences need them to see who spoke next).
 */
export function codedTurns(documents: readonly RetrievalDocument[], annotations: readonly Annotation[], filter: CodeFilter = {}): CodedTurn[][] {
  const byDocument = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.status !== 'placed' || (filter.coders?.size && !filter.coders.has(a.coderId))) continue;
    let list = byDocument.get(a.documentId);
    if (!list) byDocument.set(a.documentId, (list = []));
    list.push(a);
  }
  const out: CodedTurn[][] = [];
  for (const d of documents) {
    const s = d.structure;
    if (!s || s.turns.length === 0 || (filter.documents?.size && !filter.documents.has(d.id))) continue;
    const turns = s.turns.map((t) => ({ documentId: d.id, documentTitle: d.title, number: t.number, speaker: speakerOfTurn(s, t), annotations: [] as Annotation[], excluded: isTurnExcluded(s, t) }));
    for (const a of (byDocument.get(d.id) ?? []).sort((x, y) => x.start - y.start || x.end - y.end)) {
      if (isExcluded(s, a.start)) continue;
      const turn = turnOwning(s, a.start);
      if (turn) turns[turn.number - 1].annotations.push(a);
    }
    out.push(turns.filter((t) => !t.excluded).map(({ excluded: _excluded, ...t }) => t));
  }
  return out;
}
