import type { StatusMessage } from '../workspace/workspace';

/**
 * The status line, which is also the ARIA live region: tagging, undo and failures announce
 * themselves here. Errors use an assertive region so they interrupt.
 */
export function StatusBar({ status, storageNote }: { status: StatusMessage; storageNote: string }) {
  return (
    <footer className="status-bar">
      <p role="status" aria-live="polite" className="status-info">
        {status.kind === 'info' ? status.text : ''}
      </p>
      <p role="alert" className="status-error">
        {status.kind === 'error' ? status.text : ''}
      </p>
      {storageNote && <p className="status-storage">{storageNote}</p>}
    </footer>
  );
}
