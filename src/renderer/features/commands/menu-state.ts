import type { MenuState } from '../../../shared/menu/commands';
import type { Workspace } from '../workspace/workspace';

/** What the menus' enabled states depend on, read from the workspace now. */
export function menuStateOf(workspace: Workspace): MenuState {
  const next = workspace.history.peek();
  return { documentOpen: Boolean(workspace.document), canUndo: Boolean(next.undo), canRedo: Boolean(next.redo) };
}

/**
 * Calls `send` with the menu state now and whenever it changes (the open document, the
 * history), without re-rendering anything. Returns the function that stops it.
 */
export function watchMenuState(workspace: Workspace, send: (state: MenuState) => void): () => void {
  let last = '';
  const push = () => {
    const state = menuStateOf(workspace);
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    send(state);
  };
  const stopDocument = workspace.subscribe(push);
  const stopHistory = workspace.history.subscribe(push);
  push();
  return () => {
    stopDocument();
    stopHistory();
  };
}
