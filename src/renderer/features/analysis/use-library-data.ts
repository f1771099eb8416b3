import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import type { RetrievalDocument } from '../../../shared/reports/coded-segments';
import { usableStructure } from '../../../shared/transcript/structure-record';
import { useAnnotationsOf } from '../search/use-annotations-of';
import type { Workspace } from '../workspace/workspace';

/** The whole library for the views over it: documents with their structures, and every annotation. */
export interface LibraryData {
  /** Undefined while loading. */
  records: DocumentRecord[] | undefined;
  documents: RetrievalDocument[];
  annotations: Annotation[];
}

/**
 * The library's documents, transcript structures (as reviewed, else detected) and
 * annotations, following every change: documents and structures through live queries,
 * annotations through the history's edits.
 */
export function useLibraryData(workspace: Workspace): LibraryData {
  const records = useLiveQuery(() => workspace.read.documents(), [workspace]);
  const stored = useLiveQuery(() => workspace.read.structures(), [workspace]);
  const documents = useMemo(() => {
    const byId = new Map((stored ?? []).map((s) => [s.documentId, s.structure]));
    return (records ?? []).map((d) => ({ id: d.id, title: d.title, text: d.text, structure: usableStructure(d.text, d.hash, byId.get(d.id)) }));
  }, [records, stored]);
  const ids = useMemo(() => (records ?? []).map((d) => d.id), [records]);
  const perDocument = useAnnotationsOf(workspace, ids);
  const annotations = useMemo(() => [...perDocument.values()].flat(), [perDocument]);
  return { records, documents, annotations };
}
