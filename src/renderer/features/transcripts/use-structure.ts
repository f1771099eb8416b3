import { useSyncExternalStore } from 'react';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import type { Workspace } from '../workspace/workspace';

/** The open document's transcript structure, re-rendering the caller when it is corrected. */
export function useStructure(workspace: Workspace): TranscriptStructure | null {
  return useSyncExternalStore(
    (l) => workspace.subscribeStructure(l),
    () => workspace.structure,
  );
}
