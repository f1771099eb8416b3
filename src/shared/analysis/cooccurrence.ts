/**
 * Co-occurrence: which categories overlap or nest within the same speaker turn, and how often
 * two categories are found in the same turn at all. Pairs are counted within one coder's
 * annotations (two coders' annotations on one span are agreement, not co-occurrence).
 */
import { sortCategories } from '../codebook';
import type { Annotation, Category } from '../model';
import type { RetrievalDocument } from '../reports/coded-segments';
import { codedTurns, type CodeFilter } from './turn-codes';

/** The counts of one pair of categories (`a` not after `b` in the codebook; `a === b` for a category with itself). */
export interface CooccurrenceCell {
  a: string;
  b: string;
  /** Pairs of annotations that overlap without one containing the other. */
  overlap: number;
  /** Pairs of annotations one of which contains the other. */
  nested: number;
  /** Turns in which both categories occur (by one coder). */
  sameTurn: number;
}

/** The co-occurrence table. */
export interface Cooccurrence {
  /** Category ids in codebook order (those the annotations use that the codebook lacks, last). */
  categories: string[];
  /** Keyed by `cellKey(a, b)`. */
  cells: Map<string, CooccurrenceCell>;
  /** Turns looked at (with at least one annotation). */
  turns: number;
}

/** The key of the pair (in either order). */
export function cellKey(order: readonly string[], x: string, y: string): string {
  const [a, b] = order.indexOf(x) <= order.indexOf(y) ? [x, y] : [y, x];
  return `${a}\u0000${b}`;
}

const overlaps = (x: Annotation, y: Annotation) => x.start < y.end && y.start < x.end;
const contains = (x: Annotation, y: Annotation) => x.start <= y.start && y.end <= x.end;

/** Counts co-occurrence over the turns of the documents. */
export function cooccurrence(documents: readonly RetrievalDocument[], annotations: readonly Annotation[], categories: readonly Category[], filter: CodeFilter = {}): Cooccurrence {
  const order = sortCategories(categories).map((c) => c.id);
  for (const a of annotations) if (!order.includes(a.categoryId)) order.push(a.categoryId);
  const cells = new Map<string, CooccurrenceCell>();
  const cell = (x: string, y: string): CooccurrenceCell => {
    const key = cellKey(order, x, y);
    let c = cells.get(key);
    if (!c) {
      const [a, b] = key.split('\u0000');
      cells.set(key, (c = { a, b, overlap: 0, nested: 0, sameTurn: 0 }));
    }
    return c;
  };
  let turns = 0;
  for (const document of codedTurns(documents, annotations, filter)) {
    for (const turn of document) {
      if (turn.annotations.length === 0) continue;
      turns++;
      const byCoder = new Map<string, Annotation[]>();
      for (const a of turn.annotations) {
        let list = byCoder.get(a.coderId);
        if (!list) byCoder.set(a.coderId, (list = []));
        list.push(a);
      }
      const together = new Set<string>();
      for (const list of byCoder.values()) {
        const present = [...new Set(list.map((a) => a.categoryId))];
        for (let i = 0; i < present.length; i++) for (let j = i; j < present.length; j++) if (i !== j || list.filter((a) => a.categoryId === present[i]).length > 1) together.add(cellKey(order, present[i], present[j]));
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const x = list[i];
            const y = list[j];
            if (!overlaps(x, y)) continue;
            const c = cell(x.categoryId, y.categoryId);
            if (contains(x, y) || contains(y, x)) c.nested++;
            else c.overlap++;
          }
        }
      }
      for (const key of together) {
        const [a, b] = key.split('\u0000');
        cell(a, b).sameTurn++;
      }
    }
  }
  return { categories: order, cells, turns };
}
