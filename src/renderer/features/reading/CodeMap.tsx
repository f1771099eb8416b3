import { useEffect, useRef } from 'react';
import { nextMark, type CodeMapLane } from '../../../shared/pictures/code-map';
import { stripCells } from './code-map-runs';

interface Props {
  lanes: readonly CodeMapLane[];
  /** Length of the text, in UTF-16 units. */
  length: number;
  /** Where the caret is (the lane buttons go to the next place after it). */
  caret(): number;
  /** Shows a range of the text. */
  onJump(range: { start: number; end: number }): void;
  /** The map is switched off: no column at all. */
  off: boolean;
}

/** Cells of the strip (about two pixels each on a laptop screen). */
const CELLS = 400;

/** One lane's marks, drawn into a canvas one cell tall per row (stretched to the lane by CSS). */
function LaneMarks({ lane, length }: { lane: CodeMapLane; length: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const cells = stripCells(lane, length, CELLS);
    context.clearRect(0, 0, 1, CELLS);
    context.fillStyle = lane.colour;
    for (let i = 0; i < CELLS; ) {
      if (!cells[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < CELLS && cells[j]) j++;
      context.fillRect(0, i, 1, j - i);
      i = j;
    }
  }, [lane, length]);
  return <canvas ref={canvas} width={1} height={CELLS} aria-hidden="true" />;
}

/**
 * The code map along the reader's scroll bar: a lane per category, coder or speaker with a mark
 * wherever it occurs, top to bottom as the text runs (each lane one small canvas: redrawing it
 * after a tag costs nothing to the page's layout). A click jumps to the place clicked (the
 * nearest mark of that lane at or after it); with the keyboard, each lane is a button that goes
 * to its next place after the caret.
 */
export function CodeMap({ lanes, length, caret, onJump, off }: Props) {
  if (off) return null;
  // The column keeps its width with no lanes yet (or while they are counted after the text is
  // drawn), so the text never re-wraps under the reader's eyes when the first tag lands.
  if (lanes.length === 0) return <div className="code-map" aria-hidden="true" />;
  return (
    <div className="code-map" role="group" aria-label="Code map">
      {lanes.map((lane) => (
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
          <LaneMarks lane={lane} length={length} />
        </button>
      ))}
    </div>
  );
}
