import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/model';
import type { Workspace } from '../workspace/workspace';

/**
 * The annotations of some documents (the open one's from its session), read again whenever an
 * edit changes annotations of one of them (done, undone or redone), once it is written.
 */
export function useAnnotationsOf(workspace: Workspace, documentIds: readonly string[]): ReadonlyMap<string, readonly Annotation[]> {
  const [annotations, setAnnotations] = useState<ReadonlyMap<string, readonly Annotation[]>>(new Map());
  const key = [...new Set(documentIds)].sort().join('\n');
  useEffect(() => {
    const ids = key ? key.split('\n') : [];
    let live = true;
    const load = async () => {
      const lists = await Promise.all(ids.map((id) => (workspace.session?.documentId === id ? workspace.session.list() : workspace.read.allAnnotationsOf(id))));
      if (live) setAnnotations(new Map(ids.map((id, i) => [id, lists[i]])));
    };
    void load();
    const wanted = new Set(ids);
    const stop = workspace.subscribeEdits((edit) => {
      if (edit.annotations.some((c) => wanted.has((c.after ?? c.before)!.documentId))) void workspace.history.settled().then(load);
    });
    return () => {
      live = false;
      stop();
    };
  }, [workspace, key]);
  return annotations;
}
