import { useMemo, useState } from 'react';
import { transitions, type TransitionCell } from '../../../shared/analysis/sequences';
import type { Category } from '../../../shared/model';
import { transitionsSvg } from '../../../shared/pictures/transitions-svg';
import { shorten } from '../reading/tagging';
import type { Workspace } from '../workspace/workspace';
import { AnalysisFilters } from './AnalysisFilters';
import { Picture } from './Picture';
import { useLibraryData } from './use-library-data';

interface Props {
  workspace: Workspace;
  categories: Category[];
  onShow(documentId: string, range: { start: number; end: number }): void;
}

/**
 * Sequences: the category in one speaker's contribution against the category in the next
 * speaker's, as a transitions table (each count opens its examples) and as a diagram.
 */
export function SequencesView({ workspace, categories, onShow }: Props) {
  const { records, documents, annotations } = useLibraryData(workspace);
  const [chosenDocuments, setDocuments] = useState<ReadonlySet<string>>(new Set());
  const [coders, setCoders] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<TransitionCell | null>(null);
  const table = useMemo(() => transitions(documents, annotations, categories, { documents: chosenDocuments, coders }), [documents, annotations, categories, chosenDocuments, coders]);
  const labels = useMemo(() => new Map(categories.map((c) => [c.id, c.label])), [categories]);
  const colours = useMemo(() => new Map(categories.map((c) => [c.id, c.colour])), [categories]);
  const svg = useMemo(() => transitionsSvg(table, labels, colours), [table, labels, colours]);
  const cell = (from: string, to: string) => table.cells.get(`${from}\u0000${to}`);
  const label = (id: string) => labels.get(id) ?? id;
  const shown = open ? (cell(open.from, open.to) ?? null) : null;
  return (
    <section className="analysis-view" aria-label="Sequences">
      <h1>Sequences: what the next speaker answers with</h1>
      <AnalysisFilters records={records} annotations={annotations} documents={chosenDocuments} coders={coders} onDocuments={setDocuments} onCoders={setCoders} />
      <p className="hint">
        {table.pairs.toLocaleString('en')} pairs of consecutive speakers’ contributions, both coded (a contribution is one speaker’s run of turns).
      </p>
      <div className="table-scroll">
        <div className="analysis-columns">
          <table className="matrix">
            <caption>One speaker (rows) → the next speaker (columns)</caption>
            <thead>
              <tr>
                <td />
                {table.categories.map((c) => (
                  <th key={c} scope="col">
                    {label(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.categories.map((a) => (
                <tr key={a}>
                  <th scope="row">{label(a)}</th>
                  {table.categories.map((b) => {
                    const c = cell(a, b);
                    return (
                      <td key={b} className={c ? 'count-cell' : 'zero'}>
                        {c ? (
                          <button type="button" aria-pressed={shown === c} aria-label={`${c.count}: ${label(a)} followed by ${label(b)}; show the examples`} onClick={() => setOpen(shown === c ? null : c)}>
                            {c.count}
                          </button>
                        ) : (
                          0
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <Picture workspace={workspace} svg={svg} alt="Transitions between speakers as a diagram; the table has the counts." name="transitions" />
        </div>
        {shown && (
          <section className="examples" aria-label={`Examples: ${label(shown.from)} followed by ${label(shown.to)}`}>
            <h2>
              {label(shown.from)} → {label(shown.to)}: {shown.count}
              {shown.count > shown.examples.length ? ` (the first ${shown.examples.length})` : ''}
            </h2>
            <ol className="segment-list">
              {shown.examples.map((e, i) => (
                <li key={i} className="segment">
                  <p>
                    <strong>{e.from.speaker}</strong> (turn {e.from.turn}): “{shorten(e.from.annotation.exact, 140)}”{' '}
                    <button type="button" onClick={() => onShow(e.documentId, { start: e.from.annotation.start, end: e.from.annotation.end })}>
                      Show
                    </button>
                  </p>
                  <p>
                    → <strong>{e.to.speaker}</strong> (turn {e.to.turn}): “{shorten(e.to.annotation.exact, 140)}”{' '}
                    <button type="button" onClick={() => onShow(e.documentId, { start: e.to.annotation.start, end: e.to.annotation.end })}>
                      Show
                    </button>
                  </p>
                  <p className="segment-source">{e.documentTitle}</p>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </section>
  );
}
