import { shortcutLabel } from '../../../shared/menu/accelerator';
import { commandSpec } from '../../../shared/menu/commands';
import type { Workspace } from './workspace';
import { useHistoryLabels } from './workspace-context';

/**
 * The Undo and Redo buttons, titled with what they would undo or redo. They subscribe to the
 * history themselves, so that an edit (every tag) re-renders these two buttons and not the app.
 */
export function UndoRedoButtons({ workspace, onCommand }: { workspace: Workspace; onCommand: (name: 'undo' | 'redo') => void }) {
  const labels = useHistoryLabels(workspace);
  const mac = workspace.platform.mac;
  return (
    <>
      <button type="button" onClick={() => onCommand('undo')} disabled={!labels.undo} title={labels.undo ? `Undo ${labels.undo} (${shortcutLabel(commandSpec('undo'), mac)})` : 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" onClick={() => onCommand('redo')} disabled={!labels.redo} title={labels.redo ? `Redo ${labels.redo} (${shortcutLabel(commandSpec('redo'), mac)})` : 'Nothing to redo'}>
        Redo
      </button>
    </>
  );
}
