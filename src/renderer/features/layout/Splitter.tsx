import { useRef } from 'react';

interface Props {
  /** What is resized, for assistive technology: "Resize the library". */
  label: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the pane (a pane on the left), -1 for a pane on the right. */
  direction: 1 | -1;
  /** Called while dragging (to show the width) and with `done` at the end (to keep it). */
  onResize(width: number, done: boolean): void;
}

/** Pixels one arrow key press moves a splitter; with Shift, four times as far. */
const KEY_STEP = 16;

/**
 * A vertical splitter between two panes: drag it, or focus it and use the arrow keys (Home and
 * End for the narrowest and widest). It is a focusable `separator` with its value, as the
 * WAI-ARIA window splitter pattern describes.
 */
export function Splitter({ label, value, min, max, direction, onResize }: Props) {
  const drag = useRef<{ x: number; width: number; pointer: number } | null>(null);
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        e.currentTarget.setPointerCapture?.(e.pointerId);
        drag.current = { x: e.clientX, width: value, pointer: e.pointerId };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (d && d.pointer === e.pointerId) onResize(clamp(d.width + direction * (e.clientX - d.x)), false);
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        if (!d || d.pointer !== e.pointerId) return;
        drag.current = null;
        onResize(clamp(d.width + direction * (e.clientX - d.x)), true);
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? KEY_STEP * 4 : KEY_STEP;
        const next =
          e.key === 'ArrowLeft' ? value - direction * step : e.key === 'ArrowRight' ? value + direction * step : e.key === 'Home' ? min : e.key === 'End' ? max : null;
        if (next === null) return;
        e.preventDefault();
        onResize(clamp(next), true);
      }}
    />
  );
}
