import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../shared/model';
import type { Workspace } from '../workspace/workspace';
import { watchMenuState } from './menu-state';

function fakeWorkspace() {
  const listeners = { doc: new Set<() => void>(), history: new Set<() => void>() };
  let next = { undo: null as string | null, redo: null as string | null };
  const ws = {
    document: null as DocumentRecord | null,
    subscribe: (l: () => void) => (listeners.doc.add(l), () => listeners.doc.delete(l)),
    history: {
      peek: () => next,
      subscribe: (l: () => void) => (listeners.history.add(l), () => listeners.history.delete(l)),
    },
  };
  return {
    workspace: ws as unknown as Workspace,
    open: () => ((ws.document = { id: 'd' } as DocumentRecord), listeners.doc.forEach((l) => l())),
    edit: (undo: string | null) => ((next = { undo, redo: null }), listeners.history.forEach((l) => l())),
    listeners,
  };
}

describe('watchMenuState', () => {
  it('sends the state at once and again only when it changes', () => {
    const f = fakeWorkspace();
    const sent: unknown[] = [];
    const stop = watchMenuState(f.workspace, (s) => sent.push(s));
    f.edit(null); // nothing changed
    f.open();
    f.edit('tag “Good”');
    f.edit('tag “afternoon”'); // still something to undo
    expect(sent).toEqual([
      { documentOpen: false, canUndo: false, canRedo: false },
      { documentOpen: true, canUndo: false, canRedo: false },
      { documentOpen: true, canUndo: true, canRedo: false },
    ]);
    stop();
    expect(f.listeners.doc.size + f.listeners.history.size).toBe(0);
  });
});
