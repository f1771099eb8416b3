import { useState } from 'react';
import { useWorkspace } from '../workspace/workspace-context';
import { useSync } from './sync-context';
import type { SyncState } from './sync-engine';
import { TeamSyncDialog } from './TeamSyncDialog';

const WORDS: Record<SyncState, string> = {
  off: 'Team sync off',
  syncing: 'Syncing',
  synced: 'Synced',
  offline: 'Offline',
  conflicts: 'Conflicts to resolve',
  refused: 'Refused by the server',
};

/** The sync indicator in the status bar; opens the Team sync dialog. */
export function SyncIndicator() {
  const engine = useSync();
  const workspace = useWorkspace();
  const [open, setOpen] = useState(false);
  if (!engine) return null;
  const { state, detail } = engine.status;
  return (
    <>
      <button type="button" className={`sync-indicator sync-${state}`} onClick={() => setOpen(true)} title={detail || WORDS[state]}>
        <span className="sync-state">{WORDS[state]}</span>
        {detail && state !== 'off' && <span className="sync-detail">: {detail}</span>}
      </button>
      {open && <TeamSyncDialog engine={engine} workspace={workspace} onClose={() => setOpen(false)} />}
    </>
  );
}
