import type { CodeMapLane } from '../../../shared/pictures/code-map';

/** A run of the strip, as shares of its height (0–1). */
export interface StripRun {
  top: number;
  height: number;
}

/**
 * A lane's marks as runs of a strip of `cells` cells (one cell per couple of pixels): a long
 * transcript with 20,000 annotations draws a few hundred runs per lane, not 20,000 marks.
 */
export function stripRuns(lane: CodeMapLane, length: number, cells: number): StripRun[] {
  const on = new Uint8Array(cells);
  const n = Math.max(1, length);
  for (const m of lane.marks) {
    const first = Math.min(cells - 1, Math.floor((m.start / n) * cells));
    const last = Math.min(cells - 1, Math.max(first, Math.ceil((m.end / n) * cells) - 1));
    on.fill(1, first, last + 1);
  }
  const runs: StripRun[] = [];
  for (let i = 0; i < cells; ) {
    if (!on[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < cells && on[j]) j++;
    runs.push({ top: i / cells, height: (j - i) / cells });
    i = j;
  }
  return runs;
}
