import type { CodeMapLane } from '../../../shared/pictures/code-map';

/**
 * A lane's marks as cells of a strip of `cells` cells (one cell per couple of pixels), 1 where
 * a mark is: a long transcript with 20,000 annotations is drawn as a few hundred cells per lane,
 * not 20,000 marks.
 */
export function stripCells(lane: CodeMapLane, length: number, cells: number): Uint8Array {
  const on = new Uint8Array(cells);
  const n = Math.max(1, length);
  for (const m of lane.marks) {
    const first = Math.min(cells - 1, Math.floor((m.start / n) * cells));
    const last = Math.min(cells - 1, Math.max(first, Math.ceil((m.end / n) * cells) - 1));
    on.fill(1, first, last + 1);
  }
  return on;
}
