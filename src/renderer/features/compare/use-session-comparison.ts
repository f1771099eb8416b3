import { useEffect, useState } from 'react';
import type { Comparison } from '../../../shared/compare/compare-layers';
import type { DocumentRecord } from '../../../shared/model';
import type { DocumentSession } from '../workspace/document-session';
import { compareSession } from './comparisons';

/** Where a comparison stands for a view. */
export type ComparisonStatus = { state: 'off' } | { state: 'running' } | { state: 'done'; comparison: Comparison } | { state: 'failed'; error: string };

/**
 * The comparison of the open document's layers of `coderIds`, recomputed (in the worker) when
 * the session changes; `enabled` false computes nothing. Fewer than two coders: nothing to compare.
 */
export function useSessionComparison(session: DocumentSession, document: DocumentRecord, coderIds: readonly string[], enabled: boolean): ComparisonStatus {
  const [status, setStatus] = useState<ComparisonStatus>({ state: 'off' });
  const [version, setVersion] = useState(session.version);
  useEffect(() => session.subscribe(() => setVersion(session.version)), [session]);
  const key = coderIds.join('\u0000');
  useEffect(() => {
    if (!enabled || coderIds.length < 2) {
      setStatus({ state: 'off' });
      return;
    }
    let live = true;
    setStatus((s) => (s.state === 'done' ? s : { state: 'running' }));
    compareSession(session, document, coderIds).then(
      (comparison) => live && setStatus({ state: 'done', comparison }),
      (error: unknown) => live && setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // coderIds is compared by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, document, key, enabled, version]);
  return status;
}
