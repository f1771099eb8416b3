import { useMemo, useState } from 'react';
import { cellKey, cooccurrence } from '../../../shared/analysis/cooccurrence';
import type { Category } from '../../../shared/model';
import type { Workspace } from '../workspace/workspace';
import { AnalysisFilters } from './AnalysisFilters';
import { useLibraryData } from './use-library-data';

interface Props {
  workspace: Workspace;
  categories: Category[];
}

type Measure = 'overlap' | 'nested' | 'sameTurn';

const MEASURES: { id: Measure; label: string }[] = [
  { id: 'overlap', label: 'overlapping pairs' },
  { id: 'nested', label: 'nested pairs (one inside the other)' },
  { id: 'sameTurn', label: 'turns with both' },
];

/** Co-occurrence: a category × category table of how often codes overlap, nest, or share a turn. */
export function CooccurrenceView({ workspace, categories }: Props) {
  const { records, documents, annotations } = useLibraryData(workspace);
  const [chosenDocuments, setDocuments] = useState<ReadonlySet<string>>(new Set());
  const [coders, setCoders] = useState<ReadonlySet<string>>(new Set());
  const [measure, setMeasure] = useState<Measure>('overlap');
  const table = useMemo(() => cooccurrence(documents, annotations, categories, { documents: chosenDocuments, coders }), [documents, annotations, categories, chosenDocuments, coders]);
  const labels = new Map(categories.map((c) => [c.id, c.label]));
  const value = (a: string, b: string) => table.cells.get(cellKey(table.categories, a, b))?.[measure] ?? 0;
  return (
    <section className="analysis-view" aria-label="Co-occurrence">
      <h1>Co-occurrence within turns</h1>
      <AnalysisFilters records={records} annotations={annotations} documents={chosenDocuments} coders={coders} onDocuments={setDocuments} onCoders={setCoders} />
      <label className="field inline">
        <span>Count</span>
        <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
          {MEASURES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">
        {table.turns.toLocaleString('en')} coded turns. Pairs are counted within one coder’s annotations of a turn; text marked as not speech is left out.
      </p>
      <div className="table-scroll">
        <table className="matrix">
          <caption>
            Categories × categories: {MEASURES.find((m) => m.id === measure)?.label}
          </caption>
          <thead>
            <tr>
              <td />
              {table.categories.map((c) => (
                <th key={c} scope="col">
                  {labels.get(c) ?? c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.categories.map((a) => (
              <tr key={a}>
                <th scope="row">{labels.get(a) ?? a}</th>
                {table.categories.map((b) => (
                  <td key={b} className={value(a, b) ? 'count-cell' : 'zero'}>
                    {value(a, b)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
