import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SyncEngine } from './sync-engine';

/** The page's team sync engine (null where there is none, as in unit tests). */
export const SyncContext = createContext<SyncEngine | null>(null);

/** The engine, re-rendering the caller when its status, log or conflicts change. */
export function useSync(): SyncEngine | null {
  const engine = useContext(SyncContext);
  useSyncExternalStore(
    (l) => engine?.subscribe(l) ?? (() => undefined),
    () => engine?.version ?? 0,
  );
  return engine;
}
