/**
 * Sequences: what follows what across speakers. A speaker's contribution is a run of turns by
 * the same speaker; each contribution is followed by the next speaker's. The transitions table
 * counts, for every category in one contribution and every category in the next, how often the
 * first is followed by the second ("an accusation by A is followed by a denial by B"), with the
 * examples behind each cell.
 */
import { sortCategories } from '../codebook';
import type { Annotation, Category } from '../model';
import type { RetrievalDocument } from '../reports/coded-segments';
import { codedTurns, type CodeFilter, type CodedTurn } from './turn-codes';

/** One speaker's run of turns and what is coded in it. */
interface Contribution {
  documentId: string;
  documentTitle: string;
  speaker: string;
  turns: CodedTurn[];
  annotations: Annotation[];
}

/** One transition behind a cell: a coded segment, and a coded segment of the next speaker's reply. */
export interface TransitionExample {
  documentId: string;
  documentTitle: string;
  from: { speaker: string; turn: number; annotation: Annotation };
  to: { speaker: string; turn: number; annotation: Annotation };
}

/** One cell: category `from` in a contribution, category `to` in the next one. */
export interface TransitionCell {
  from: string;
  to: string;
  /** Pairs of contributions (each pair counted once per cell). */
  count: number;
  /** The first `MAX_EXAMPLES` of them. */
  examples: TransitionExample[];
}

/** The transitions table. */
export interface Transitions {
  /** Category ids in codebook order (those the annotations use that the codebook lacks, last). */
  categories: string[];
  /** Keyed by `from\u0000to`. */
  cells: Map<string, TransitionCell>;
  /** Pairs of consecutive contributions in which both sides are coded. */
  pairs: number;
}

/** Examples kept per cell. */
export const MAX_EXAMPLES = 20;

/** The runs of turns by one speaker, in order. */
function contributions(turns: readonly CodedTurn[]): Contribution[] {
  const out: Contribution[] = [];
  for (const t of turns) {
    const last = out.at(-1);
    if (last && last.speaker === t.speaker) {
      last.turns.push(t);
      last.annotations.push(...t.annotations);
    } else out.push({ documentId: t.documentId, documentTitle: t.documentTitle, speaker: t.speaker, turns: [t], annotations: [...t.annotations] });
  }
  return out;
}

function turnOf(c: Contribution, a: Annotation): number {
  return c.turns.find((t) => t.annotations.includes(a))?.number ?? c.turns[0].number;
}

/** Counts the transitions between consecutive speakers' contributions. */
export function transitions(documents: readonly RetrievalDocument[], annotations: readonly Annotation[], categories: readonly Category[], filter: CodeFilter = {}): Transitions {
  const order = sortCategories(categories).map((c) => c.id);
  for (const a of annotations) if (!order.includes(a.categoryId)) order.push(a.categoryId);
  const cells = new Map<string, TransitionCell>();
  let pairs = 0;
  for (const document of codedTurns(documents, annotations, filter)) {
    const runs = contributions(document);
    for (let i = 0; i + 1 < runs.length; i++) {
      const from = runs[i];
      const to = runs[i + 1];
      if (from.annotations.length === 0 || to.annotations.length === 0) continue;
      pairs++;
      const firstOf = (c: Contribution) => {
        const m = new Map<string, Annotation>();
        for (const a of c.annotations) if (!m.has(a.categoryId)) m.set(a.categoryId, a);
        return m;
      };
      const a = firstOf(from);
      const b = firstOf(to);
      for (const [x, ax] of a) {
        for (const [y, by] of b) {
          const key = `${x}\u0000${y}`;
          let cell = cells.get(key);
          if (!cell) cells.set(key, (cell = { from: x, to: y, count: 0, examples: [] }));
          cell.count++;
          if (cell.examples.length < MAX_EXAMPLES) {
            cell.examples.push({
              documentId: from.documentId,
              documentTitle: from.documentTitle,
              from: { speaker: from.speaker, turn: turnOf(from, ax), annotation: ax },
              to: { speaker: to.speaker, turn: turnOf(to, by), annotation: by },
            });
          }
        }
      }
    }
  }
  return { categories: order, cells, pairs };
}
