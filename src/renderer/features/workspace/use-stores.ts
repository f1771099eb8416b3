import { useSyncExternalStore } from 'react';
import type { Category } from '../../../shared/model';
import type { LayoutPreferences } from './preferences';
import type { Workspace } from './workspace';

/** The codebook in codebook order, re-rendering the caller when it changes. */
export function useCodebook(workspace: Workspace): Category[] {
  return useSyncExternalStore(
    (l) => workspace.codebook.subscribe(l),
    () => workspace.codebook.list(),
  );
}

/** The layout preferences, re-rendering the caller when they change. */
export function usePreferences(workspace: Workspace): LayoutPreferences {
  return useSyncExternalStore(
    (l) => workspace.preferences.subscribe(l),
    () => workspace.preferences.get(),
  );
}
