import type { Workspace } from './workspace';
import { useHistoryLabels } from './workspace-context';

/**
 * The Undo and Redo buttons, titled with what they would undo or redo. They subscribe to the
 * history themselves, so that an edit (every tag) re-renders these two buttons and not the app.
 */
export function UndoRedoButtons({ workspace, onCommand }: { workspace: Workspace; onCommand: (name: 'undo' | 'redo') => void }) {
  const labels = useHistoryLabels(workspace);
  return (
    <>
      <button type="button" onClick={() => onCommand('undo')} disabled={!labels.undo} title={labels.undo ? `Undo ${labels.undo} (Ctrl+Z)` : 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" onClick={() => onCommand('redo')} disabled={!labels.redo} title={labels.redo ? `Redo ${labels.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
        Redo
      </button>
    </>
  );
}
