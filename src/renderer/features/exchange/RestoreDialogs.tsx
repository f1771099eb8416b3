import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc';
import type { WorkspaceData } from '../../../shared/workspace-file';
import { Dialog } from '../status/Dialog';

/** Asks before a workspace file or backup replaces everything in the library. */
export function ConfirmReplace({ source, data, onConfirm, onExportFirst, onClose }: { source: string; data: WorkspaceData; onConfirm(): void; onExportFirst(): void; onClose(): void }) {
  return (
    <Dialog
      title={`Replace the workspace with “${source}”?`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onExportFirst}>
            Export my workspace first…
          </button>
          <button type="button" className="danger" onClick={onConfirm}>
            Replace workspace
          </button>
        </>
      }
    >
      <p>
        It holds {data.documents.length} documents, {data.annotations.length} annotations and {data.categories.length} categories.
        Everything now in the library is replaced.
      </p>
      <p>
        <strong>This cannot be undone</strong>: Undo does not reach back past a replacement, and the undo history is cleared.
        Export your current workspace first if you may want it back.
      </p>
    </Dialog>
  );
}

/** Lists the desktop app's rolling backups, newest first, to restore one. */
export function BackupList({ load, onPick, onClose }: { load(): Promise<BackupInfo[]>; onPick(name: string): void; onClose(): void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  useEffect(() => {
    void load().then(setBackups);
  }, [load]);
  return (
    <Dialog title="Restore from backup" onClose={onClose}>
      {backups === null ? (
        <p>Loading…</p>
      ) : backups.length === 0 ? (
        <p>No backups yet. The app writes one every few minutes while you work, and when you quit.</p>
      ) : (
        <ul className="backups" aria-label="Backups">
          {backups.map((b) => (
            <li key={b.name}>
              <button type="button" onClick={() => onPick(b.name)}>
                {new Date(b.createdAt).toLocaleString()} ({Math.max(1, Math.round(b.sizeBytes / 1024))} KB)
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
