import { SyncIndicator } from '../sync/SyncIndicator';
import type { Workspace } from '../workspace/workspace';
import { useStatus } from '../workspace/workspace-context';

/**
 * The status line, which is also the ARIA live region: tagging, undo and failures announce
 * themselves here. Errors use an assertive region so they interrupt. It subscribes to the status
 * alone, so a new sentence re-renders only this line.
 */
export function StatusBar({ workspace, storageNote }: { workspace: Workspace; storageNote: string }) {
  const status = useStatus(workspace);
  return (
    <footer className="status-bar">
      <p role="status" aria-live="polite" className="status-info">
        {status.kind === 'info' ? status.text : ''}
      </p>
      <p role="alert" className="status-error">
        {status.kind === 'error' ? status.text : ''}
      </p>
      {storageNote && <p className="status-storage">{storageNote}</p>}
      <SyncIndicator />
    </footer>
  );
}
