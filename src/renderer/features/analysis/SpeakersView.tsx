import { useMemo, useState } from 'react';
import { speakerMatrix } from '../../../shared/analysis/speaker-matrix';
import type { Category } from '../../../shared/model';
import { heatmapSvg } from '../../../shared/pictures/heatmap-svg';
import type { Workspace } from '../workspace/workspace';
import { AnalysisFilters } from './AnalysisFilters';
import { Picture } from './Picture';
import { useLibraryData } from './use-library-data';

interface Props {
  workspace: Workspace;
  categories: Category[];
}

/** Speakers × categories: the counts as a table (the text equivalent) and as a heatmap. */
export function SpeakersView({ workspace, categories }: Props) {
  const { records, documents, annotations } = useLibraryData(workspace);
  const [chosenDocuments, setDocuments] = useState<ReadonlySet<string>>(new Set());
  const [coders, setCoders] = useState<ReadonlySet<string>>(new Set());
  const matrix = useMemo(() => speakerMatrix(documents, annotations, categories, { documents: chosenDocuments, coders }), [documents, annotations, categories, chosenDocuments, coders]);
  const labels = useMemo(() => new Map(categories.map((c) => [c.id, c.label])), [categories]);
  const svg = useMemo(() => heatmapSvg(matrix, labels), [matrix, labels]);
  return (
    <section className="analysis-view" aria-label="Speakers × categories">
      <h1>Speakers × categories</h1>
      <AnalysisFilters records={records} annotations={annotations} documents={chosenDocuments} coders={coders} onDocuments={setDocuments} onCoders={setCoders} />
      <p className="hint">Annotations counted for the speaker of the turn they start in; text marked as not speech is left out. Merged speakers count as one.</p>
      <div className="table-scroll">
        <div className="analysis-columns">
          <table className="matrix">
            <caption>Annotations per speaker and category</caption>
            <thead>
              <tr>
                <td />
                {matrix.categories.map((c) => (
                  <th key={c} scope="col">
                    {labels.get(c) ?? c}
                  </th>
                ))}
                <th scope="col">total</th>
              </tr>
            </thead>
            <tbody>
              {matrix.speakers.map((s, i) => (
                <tr key={s}>
                  <th scope="row">{s}</th>
                  {matrix.counts[i].map((n, j) => (
                    <td key={j} className={n ? 'count-cell' : 'zero'}>
                      {n}
                    </td>
                  ))}
                  <td>{matrix.counts[i].reduce((a, b) => a + b, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Picture workspace={workspace} svg={svg} alt="Heatmap of annotations per speaker and category; the table has the counts." name="speakers-by-category" />
        </div>
      </div>
    </section>
  );
}
