import { useEffect, useId, useRef, useState } from 'react';
import { LANE_PATTERNS, laneImage } from '../../reader/painter';
import type { LayerViewState } from '../workspace/layer-view';

/** One coder's layer as the control lists it. */
export interface LayerEntry {
  id: string;
  name: string;
  /** The lane (band pattern) the coder is drawn in. */
  lane: number;
  count: number;
  you: boolean;
  consensus: boolean;
}

interface Props {
  layers: LayerEntry[];
  view: LayerViewState;
  /** What "only where they differ" is doing now, said under its checkbox. */
  differencesNote: string;
  onToggle(id: string, shown: boolean): void;
  onDifferencesOnly(on: boolean): void;
}

/** A sample of a lane's band, drawn as in the reader (in the text colour). */
function Sample({ lane }: { lane: number }) {
  return <span className="lane-sample" aria-hidden="true" style={{ backgroundImage: laneImage(lane, 'currentColor') }} />;
}

/**
 * The reader's choice of layers: which coders are shown (each named with the band pattern it is
 * drawn in), and "only where they differ". A disclosure button opens it; Escape or a click
 * outside closes it.
 */
export function LayersControl({ layers, view, differencesNote, onToggle, onDifferencesOnly }: Props) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const shown = layers.filter((l) => !view.hidden.has(l.id));
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  const summary = `${shown.length} of ${layers.length}${view.differencesOnly && shown.length > 1 ? ', differences only' : ''}`;
  return (
    <div
      className="layers"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button type="button" ref={button} aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        Layers: {summary}
      </button>
      {open && (
        <div className="layers-panel" id={panelId} role="group" aria-label="Coders' layers shown in the reader">
          <ul>
            {layers.map((l) => (
              <li key={l.id}>
                <label>
                  <input type="checkbox" checked={!view.hidden.has(l.id)} onChange={(e) => onToggle(l.id, e.target.checked)} />
                  <Sample lane={l.lane} />
                  <span>
                    {l.name}
                    {l.you ? ' (you)' : l.consensus ? ' (consensus)' : ''}
                  </span>
                  <span className="hint">
                    {LANE_PATTERNS[l.lane % LANE_PATTERNS.length]} band · {l.count.toLocaleString('en')}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <label className="layers-diff">
            <input type="checkbox" checked={view.differencesOnly} disabled={shown.length < 2} onChange={(e) => onDifferencesOnly(e.target.checked)} />
            <span>Only where the shown coders differ</span>
          </label>
          {differencesNote && <p className="hint" role="status">{differencesNote}</p>}
        </div>
      )}
    </div>
  );
}
