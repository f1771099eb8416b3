import { useSyncExternalStore } from 'react';
import type { Category, Coder } from '../../../shared/model';
import type { CompareState } from '../compare/compare-state';
import type { LayerViewState } from './layer-view';
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

/** The library's coders in display order, re-rendering the caller when they change. */
export function useCoders(workspace: Workspace): Coder[] {
  return useSyncExternalStore(
    (l) => workspace.coders.subscribe(l),
    () => workspace.coders.list(),
  );
}

/** The reader's choice of layers, re-rendering the caller when it changes. */
export function useLayerView(workspace: Workspace): LayerViewState {
  return useSyncExternalStore(
    (l) => workspace.layers.subscribe(l),
    () => workspace.layers.get(),
  );
}

/** The comparison view's state (side column, choices, library results), re-rendering the caller when it changes. */
export function useCompareState(workspace: Workspace): CompareState {
  useSyncExternalStore(
    (l) => workspace.compare.subscribe(l),
    () => workspace.compare.version,
  );
  return workspace.compare;
}
