import { useMemo } from 'react';
import { nextMark, type CodeMapLane } from '../../../shared/pictures/code-map';
import { stripRuns } from './code-map-runs';

interface Props {
  lanes: readonly CodeMapLane[];
  /** Length of the text, in UTF-16 units. */
  length: number;
  /** Where the caret is (the lane buttons go to the next place after it). */
  caret(): number;
  /** Shows a range of the text. */
  onJump(range: { start: number; end: number }): void;
}

/** Cells of the strip (about two pixels each on a laptop screen). */
const CELLS = 400;

/**
 * The code map along the reader's scroll bar: a lane per category, coder or speaker with a mark
 * wherever it occurs, top to bottom as the text runs. A click jumps to the place clicked (the
 * nearest mark of that lane at or after it); with the keyboard, each lane is a button that goes
 * to its next place after the caret.
 */
export function CodeMap({ lanes, length, caret, onJump }: Props) {
  const runs = useMemo(() => lanes.map((l) => stripRuns(l, length, CELLS)), [lanes, length]);
  if (lanes.length === 0) return null;
  return (
    <div className="code-map" role="group" aria-label="Code map">
      {lanes.map((lane, i) => (
        <button
          key={lane.key}
          type="button"
          className="code-lane"
          title={`${lane.label}: ${lane.marks.length} place${lane.marks.length === 1 ? '' : 's'}`}
          aria-label={`${lane.label}: ${lane.marks.length} place${lane.marks.length === 1 ? '' : 's'}; go to the next one`}
          onMouseDown={(e) => e.preventDefault() /* the reader keeps its selection and focus */}
          onClick={(e) => {
            const box = e.currentTarget.getBoundingClientRect();
            // A click (not Enter) has a position: the place there, else the next one.
            const at = e.detail > 0 && box.height > 0 ? ((e.clientY - box.top) / box.height) * length : caret();
            const mark = e.detail > 0 ? (lane.marks.find((m) => m.end >= at) ?? lane.marks.at(-1)) : nextMark(lane, caret());
            if (mark) onJump(mark);
          }}
        >
          {runs[i].map((r, j) => (
            <span key={j} aria-hidden="true" style={{ top: `${r.top * 100}%`, height: `max(2px, ${r.height * 100}%)`, background: lane.colour }} />
          ))}
        </button>
      ))}
    </div>
  );
}
