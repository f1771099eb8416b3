import { useMemo } from 'react';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { ChoiceList } from './ChoiceList';

interface Props {
  records: readonly DocumentRecord[] | undefined;
  annotations: readonly Annotation[];
  documents: ReadonlySet<string>;
  coders: ReadonlySet<string>;
  onDocuments(chosen: Set<string>): void;
  onCoders(chosen: Set<string>): void;
}

/** Which documents and coders a table over the library counts (none chosen: all). */
export function AnalysisFilters({ records, annotations, documents, coders, onDocuments, onCoders }: Props) {
  const documentChoices = useMemo(() => (records ?? []).map((d) => ({ value: d.id, label: d.title })), [records]);
  // By coder id (names repeat and change), labelled with the name the annotations keep.
  const coderChoices = useMemo(() => [...new Map(annotations.map((a) => [a.coderId, a.coder])).entries()].map(([value, name]) => ({ value, label: name || 'unknown coder' })).sort((x, y) => x.label.localeCompare(y.label)), [annotations]);
  return (
    <div className="segments-filters">
      <ChoiceList legend="Documents" choices={documentChoices} chosen={documents} onChange={onDocuments} />
      <ChoiceList legend="Coders" choices={coderChoices} chosen={coders} onChange={onCoders} />
    </div>
  );
}
