import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Category } from '../../../shared/model';
import { codeMapLanes, type CodeMapBy, type CodeMapLane } from '../../../shared/pictures/code-map';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import type { DocumentSession } from '../workspace/document-session';

/**
 * The code map's lanes for the open document, following the session. They are worked out in a
 * transition after a change, so a tag is drawn in the reader first and the map catches up.
 */
export function useCodeMap(session: DocumentSession, categories: readonly Category[], structure: TranscriptStructure | null, by: CodeMapBy | 'off'): CodeMapLane[] {
  const [version, setVersion] = useState(session.version);
  useEffect(() => session.subscribe(() => startTransition(() => setVersion(session.version))), [session]);
  return useMemo(
    () => (by === 'off' ? [] : codeMapLanes(session.list(), categories, structure, by)),
    // `version` stands for the session's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, version, categories, structure, by],
  );
}
