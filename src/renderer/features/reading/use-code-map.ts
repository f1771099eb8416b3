import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Category } from '../../../shared/model';
import { codeMapLanes, type CodeMapBy, type CodeMapLane } from '../../../shared/pictures/code-map';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import type { DocumentSession } from '../workspace/document-session';

/**
 * The code map's lanes for the open document, following the session. Like the panel, the map
 * catches up once the change is written (`settled`) and in a transition, so a tag is drawn in
 * the reader and stored first.
 */
export function useCodeMap(
  session: DocumentSession,
  categories: readonly Category[],
  structure: TranscriptStructure | null,
  by: CodeMapBy | 'off',
  settled: () => Promise<unknown>,
): CodeMapLane[] {
  const [version, setVersion] = useState(session.version);
  // Nothing on the first paint of a document: the map comes in the frame after (opening a long
  // transcript shows its text first).
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => startTransition(() => setReady(true)), 0));
    return () => cancelAnimationFrame(frame);
  }, [session]);
  useEffect(() => {
    let live = true;
    const follow = () => live && startTransition(() => setVersion(session.version));
    const stop = session.subscribe(() => void settled().then(follow, follow));
    return () => {
      live = false;
      stop();
    };
  }, [session, settled]);
  return useMemo(
    () => (by === 'off' || !ready ? [] : codeMapLanes(session.list(), categories, structure, by)),
    // `version` stands for the session's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, version, categories, structure, by, ready],
  );
}
