import { createContext, useContext, useSyncExternalStore } from 'react';
import type { StatusMessage, Workspace } from './workspace';

/** The one Workspace of the page. */
export const WorkspaceContext = createContext<Workspace | null>(null);

/** The workspace, re-rendering the caller when its open document or coder changes. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceContext provider');
  useSyncExternalStore(
    (l) => workspace.subscribe(l),
    () => workspace.version,
  );
  return workspace;
}

/** Re-renders the caller when the undo history changes; returns the next labels. */
export function useHistoryLabels(workspace: Workspace): { undo: string | null; redo: string | null } {
  useSyncExternalStore(
    (l) => workspace.history.subscribe(l),
    () => workspace.history.version,
  );
  return workspace.history.peek();
}

/** The status line's message, re-rendering the caller (only) when a new one is said. */
export function useStatus(workspace: Workspace): StatusMessage {
  return useSyncExternalStore(
    (l) => workspace.subscribeStatus(l),
    () => workspace.status,
  );
}
