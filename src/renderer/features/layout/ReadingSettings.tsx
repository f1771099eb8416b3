import { Dialog } from '../status/Dialog';
import { LAYOUT_RANGES } from '../workspace/preferences';
import { usePreferences } from '../workspace/use-stores';
import type { Workspace } from '../workspace/workspace';

/** The reader's text size and line width (this machine's preference; applied at once). */
export function ReadingSettings({ workspace, onClose }: { workspace: Workspace; onClose(): void }) {
  const p = usePreferences(workspace);
  const [minSize, maxSize] = LAYOUT_RANGES.fontSize;
  const [minWidth, maxWidth] = LAYOUT_RANGES.lineWidth;
  return (
    <Dialog title="Reading settings" onClose={onClose}>
      <label className="field">
        <span>
          Text size: {p.fontSize} px
        </span>
        <input type="range" min={minSize} max={maxSize} step={1} value={p.fontSize} onChange={(e) => workspace.preferences.set({ fontSize: Number(e.target.value) })} />
      </label>
      <label className="field">
        <span>
          Line width: {p.lineWidth} characters
        </span>
        <input type="range" min={minWidth} max={maxWidth} step={5} value={p.lineWidth} onChange={(e) => workspace.preferences.set({ lineWidth: Number(e.target.value) })} />
      </label>
    </Dialog>
  );
}
