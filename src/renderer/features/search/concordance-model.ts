/**
 * What the concordance view does with the lines a library search returns: which annotations
 * already code each hit, filtering by document, speaker and category, and the spans to tag
 * (the hit, its sentence or its turn).
 */
import type { Annotation } from '../../../shared/model';
import type { KwicRow } from '../../../shared/search/kwic';
import { tidySpan } from '../../../shared/text/span';
import { turnOwning, type TranscriptStructure } from '../../../shared/transcript/structure';
import { sentenceAt } from '../../reader/sentence';

/** A stable key of a concordance line. */
export function rowKey(row: Pick<KwicRow, 'documentId' | 'start' | 'end'>): string {
  return `${row.documentId}:${row.start}:${row.end}`;
}

/** An annotation that covers (part of) a hit. */
export interface CodedBy {
  categoryId: string;
  coder: string;
}

/** Per line (by `rowKey`): the placed annotations overlapping its hit, in start order. */
export function codedLines(rows: readonly KwicRow[], annotations: ReadonlyMap<string, readonly Annotation[]>): Map<string, CodedBy[]> {
  const out = new Map<string, CodedBy[]>();
  const sorted = new Map<string, Annotation[]>();
  for (const [id, list] of annotations) sorted.set(id, list.filter((a) => a.status === 'placed').sort((a, b) => a.start - b.start));
  for (const row of rows) {
    const list = sorted.get(row.documentId) ?? [];
    const found: CodedBy[] = [];
    // Annotations starting before the hit's end; those ending after its start overlap it.
    for (const a of list) {
      if (a.start >= row.end) break;
      if (a.end > row.start) found.push({ categoryId: a.categoryId, coder: a.coder });
    }
    out.set(rowKey(row), found);
  }
  return out;
}

/** The filters of the view: '' means any. `category` may also be 'none' (not coded at all). */
export interface ConcordanceFilter {
  document: string;
  speaker: string;
  category: string;
}

/** The lines that pass the filters, in the given order. */
export function filterLines(rows: readonly KwicRow[], coded: ReadonlyMap<string, readonly CodedBy[]>, filter: ConcordanceFilter): KwicRow[] {
  return rows.filter((r) => {
    if (filter.document && r.documentId !== filter.document) return false;
    if (filter.speaker && (r.speaker ?? '') !== (filter.speaker === '(no speaker)' ? '' : filter.speaker)) return false;
    if (filter.category) {
      const codes = coded.get(rowKey(r)) ?? [];
      if (filter.category === 'none' ? codes.length > 0 : !codes.some((c) => c.categoryId === filter.category)) return false;
    }
    return true;
  });
}

/** What to tag for each chosen line. */
export type TagScope = 'hit' | 'sentence' | 'turn';

/**
 * The span to tag for a line: the hit itself, the sentence it is in (never a speaker label), or
 * the speech of its turn. A line outside any turn has no turn: null then.
 */
export function spanFor(row: KwicRow, scope: TagScope, text: string, structure: TranscriptStructure | null): { start: number; end: number } | null {
  if (scope === 'hit') return tidySpan(text, row.start, row.end);
  if (scope === 'sentence') {
    const s = sentenceAt(text, row.start, structure?.turns);
    return s.end > s.start ? s : tidySpan(text, row.start, row.end);
  }
  const turn = structure ? turnOwning(structure, row.start) : null;
  return turn && row.start >= turn.start ? tidySpan(text, turn.speechStart, turn.end) : null;
}
