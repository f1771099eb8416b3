/**
 * Speaker × category counts across documents: how often each speaker's turns are coded with
 * each category (annotations starting in text marked as not speech left out), for the heatmap.
 */
import { sortCategories } from '../codebook';
import type { Annotation, Category } from '../model';
import type { RetrievalDocument } from '../reports/coded-segments';
import { codedTurns, type CodeFilter } from './turn-codes';

/** The matrix: `counts[s][c]` for speaker `speakers[s]` and category `categories[c]`. */
export interface SpeakerMatrix {
  speakers: string[];
  categories: string[];
  counts: number[][];
  /** The largest count (0 when there is none). */
  max: number;
}

/** Counts annotations per speaker (by first appearance) and category (codebook order). */
export function speakerMatrix(documents: readonly RetrievalDocument[], annotations: readonly Annotation[], categories: readonly Category[], filter: CodeFilter = {}): SpeakerMatrix {
  const order = sortCategories(categories).map((c) => c.id);
  for (const a of annotations) if (!order.includes(a.categoryId)) order.push(a.categoryId);
  const speakers: string[] = [];
  const rows = new Map<string, number[]>();
  for (const document of codedTurns(documents, annotations, filter)) {
    for (const turn of document) {
      let row = rows.get(turn.speaker);
      if (!row) {
        speakers.push(turn.speaker);
        rows.set(turn.speaker, (row = order.map(() => 0)));
      }
      for (const a of turn.annotations) row[order.indexOf(a.categoryId)]++;
    }
  }
  const counts = speakers.map((s) => rows.get(s)!);
  return { speakers, categories: order, counts, max: Math.max(0, ...counts.flat()) };
}
