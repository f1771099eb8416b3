import { useEffect, useMemo, useState } from 'react';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import type { CoderLane } from '../../reader/painter';
import { useSessionComparison } from '../compare/use-session-comparison';
import type { DocumentSession } from '../workspace/document-session';
import { layerOrder } from '../workspace/layer-view';
import { useCoders, useLayerView } from '../workspace/use-stores';
import type { Workspace } from '../workspace/workspace';
import type { LayerEntry } from './LayersControl';
import type { Visible } from './ReaderPane';

/** The coders with annotations on the session's document, as a stable key ("a b c"), updated only when the set changes. */
function useSessionCoders(session: DocumentSession): string[] {
  const keyOf = () => [...session.coderCounts().keys()].sort().join(' ');
  const [key, setKey] = useState(keyOf);
  useEffect(() => {
    setKey(keyOf());
    return session.subscribe(() => setKey(keyOf()));
    // keyOf reads the session only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);
  return useMemo(() => (key === '' ? [] : key.split(' ')), [key]);
}

/** What the reader draws of the coders' layers, and the Layers control's entries. */
export interface ReaderLayers {
  entries: LayerEntry[];
  /** Shown coders in layer order. */
  shown: string[];
  lanes: ReadonlyMap<string, CoderLane> | null;
  visible: Visible;
  viewKey: string;
  differencesNote: string;
}

/**
 * The reader's layers: the document's coders in layer order (the local coder first), each with a
 * fixed lane (band pattern) while the document is open; which are shown; and, with "only where
 * they differ", the annotations at places where the shown coders agree left out (from the
 * comparison, computed in its worker; until it is ready, everything shown is drawn).
 */
export function useReaderLayers(workspace: Workspace, session: DocumentSession, document: DocumentRecord): ReaderLayers {
  const coders = useCoders(workspace);
  const view = useLayerView(workspace);
  const present = useSessionCoders(session);
  const localId = workspace.localCoder?.id ?? null;
  const order = useMemo(() => layerOrder(present, coders, localId), [present, coders, localId]);
  const shown = useMemo(() => order.filter((id) => !view.hidden.has(id)), [order, view.hidden]);
  const comparison = useSessionComparison(session, document, shown, view.differencesOnly && shown.length > 1);
  return useMemo((): ReaderLayers => {
    const counts = session.coderCounts();
    const entries = order.map((id, lane): LayerEntry => {
      const coder = workspace.coders.get(id);
      return { id, name: workspace.coders.nameOf(id), lane, count: counts.get(id) ?? 0, you: id === localId, consensus: coder?.kind === 'consensus' };
    });
    const lanes = shown.length > 1 ? new Map(entries.filter((e) => shown.includes(e.id)).map((e) => [e.id, { lane: e.lane, name: e.name }])) : null;
    const shownSet = new Set(shown);
    const agreed = comparison.state === 'done' ? new Set(comparison.comparison.agreedIds) : null;
    const everything = shown.length === order.length && agreed === null;
    const visible: Visible = everything ? null : (a: Annotation) => shownSet.has(a.coderId) && !(agreed?.has(a.id) ?? false);
    const differencesNote =
      !view.differencesOnly || shown.length < 2
        ? ''
        : comparison.state === 'running'
          ? 'Finding the places where they differ…'
          : comparison.state === 'failed'
            ? comparison.error
            : comparison.state === 'done'
              ? `${comparison.comparison.differences.length.toLocaleString('en')} places differ; ${comparison.comparison.agreements.toLocaleString('en')} agreements hidden.`
              : '';
    const viewKey = `${shown.join(',')}|${lanes ? [...lanes.values()].map((l) => l.name).join(',') : ''}|${agreed ? `diff:${comparison.state === 'done' ? comparison.comparison.agreedIds.length : 0}:${session.version}` : ''}`;
    return { entries, shown, lanes, visible, viewKey, differencesNote };
    // The coders store is read through `coders` (its list changes with it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order, shown, comparison, view.differencesOnly, coders, localId, session]);
}
