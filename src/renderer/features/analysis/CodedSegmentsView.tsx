import { useMemo, useState } from 'react';
import { sortCategories } from '../../../shared/codebook';
import type { Category } from '../../../shared/model';
import { codedSegments, groupSegments, NO_SPEAKER, type GroupBy } from '../../../shared/reports/coded-segments';
import { ChoiceList } from './ChoiceList';
import { reportHeading, saveSegmentsReport, saveSegmentsTable } from './segment-exports';
import { useLibraryData } from './use-library-data';
import type { Workspace } from '../workspace/workspace';

interface Props {
  workspace: Workspace;
  categories: Category[];
  onShow(documentId: string, range: { start: number; end: number }): void;
}

/** Segments drawn at a time. */
const PAGE = 300;

/**
 * Retrieval: every coded segment of the chosen categories across the library (or chosen
 * documents), grouped by document, speaker, coder or category, filtered by speaker and coder,
 * with memos and context; exported as a dataset table or a readable report (HTML, Markdown).
 */
export function CodedSegmentsView({ workspace, categories, onShow }: Props) {
  const { records, documents, annotations } = useLibraryData(workspace);
  const [chosenCategories, setCategories] = useState<ReadonlySet<string>>(new Set());
  const [chosenDocuments, setDocuments] = useState<ReadonlySet<string>>(new Set());
  const [speakers, setSpeakers] = useState<ReadonlySet<string>>(new Set());
  const [coders, setCoders] = useState<ReadonlySet<string>>(new Set());
  const [groupBy, setGroupBy] = useState<GroupBy>('document');
  const [includeExcluded, setIncludeExcluded] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(() => sortCategories(categories), [categories]);

  // Speakers and coders to choose from: those of the chosen documents' segments.
  const candidates = useMemo(() => codedSegments(documents, annotations, categories, { documents: chosenDocuments, includeExcluded }), [documents, annotations, categories, chosenDocuments, includeExcluded]);
  const speakerChoices = useMemo(() => [...new Set(candidates.map((s) => s.speaker ?? NO_SPEAKER))].sort().map((s) => ({ value: s, label: s })), [candidates]);
  const coderChoices = useMemo(() => [...new Map(candidates.map((s) => [s.annotation.coderId, s.annotation.coder])).entries()].map(([value, name]) => ({ value, label: name || 'unknown coder' })).sort((x, y) => x.label.localeCompare(y.label)), [candidates]);
  const segments = useMemo(
    () => codedSegments(documents, annotations, categories, { categories: chosenCategories, documents: chosenDocuments, speakers, coders, includeExcluded }),
    [documents, annotations, categories, chosenCategories, chosenDocuments, speakers, coders, includeExcluded],
  );
  const groups = useMemo(() => groupSegments(segments, groupBy, categories), [segments, groupBy, categories]);

  const labelsOf = (set: ReadonlySet<string>, all: { value: string; label: string }[]) => (set.size === 0 ? 'all' : all.filter((c) => set.has(c.value)).map((c) => c.label).join(', '));
  const categoryChoices = sorted.map((c) => ({ value: c.id, label: c.label }));
  const documentChoices = (records ?? []).map((d) => ({ value: d.id, label: d.title }));
  const criteria = [
    `Categories: ${labelsOf(chosenCategories, categoryChoices)}`,
    `Documents: ${labelsOf(chosenDocuments, documentChoices)}`,
    `Speakers: ${labelsOf(speakers, speakerChoices)}`,
    `Coders: ${labelsOf(coders, coderChoices)}`,
    `Grouped by ${groupBy}${includeExcluded ? '; text marked as not speech included' : ''}`,
  ];
  const failed = (what: string) => (e: unknown) => workspace.failed(e, what);
  const structures = new Map(documents.map((d) => [d.id, d.structure]));

  // Segments drawn: whole groups, up to the page size.
  let budget = shown;
  const drawn = groups.map((g) => {
    const take = g.segments.slice(0, Math.max(0, budget));
    budget -= take.length;
    return { ...g, take };
  });

  return (
    <section className="analysis-view segments-view" aria-label="Coded segments">
      <h1>Coded segments</h1>
      <div className="segments-filters">
        <ChoiceList legend="Categories" choices={categoryChoices} chosen={chosenCategories} onChange={setCategories} />
        <ChoiceList legend="Documents" choices={documentChoices} chosen={chosenDocuments} onChange={setDocuments} />
        <ChoiceList legend="Speakers" choices={speakerChoices} chosen={speakers} onChange={setSpeakers} />
        <ChoiceList legend="Coders" choices={coderChoices} chosen={coders} onChange={setCoders} />
        <label className="field inline">
          <span>Group by</span>
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="document">document</option>
            <option value="speaker">speaker</option>
            <option value="coder">coder</option>
            <option value="category">category</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={includeExcluded} onChange={(e) => setIncludeExcluded(e.target.checked)} /> Include text marked as not speech
        </label>
      </div>
      <div className="segments-actions">
        <p className="hint" aria-live="polite">
          {records === undefined ? 'Loading…' : `${segments.length.toLocaleString('en')} segment${segments.length === 1 ? '' : 's'} in ${groups.length} group${groups.length === 1 ? '' : 's'}.`}
        </p>
        <button type="button" disabled={segments.length === 0} onClick={() => void saveSegmentsTable(workspace, segments, records ?? [], structures, categories).catch(failed('Saving the table'))}>
          Export table (CSV)
        </button>
        <button type="button" disabled={segments.length === 0} onClick={() => void saveSegmentsReport(workspace, 'html', reportHeading(criteria), groups).catch(failed('Saving the report'))}>
          Export report (HTML)
        </button>
        <button type="button" disabled={segments.length === 0} onClick={() => void saveSegmentsReport(workspace, 'markdown', reportHeading(criteria), groups).catch(failed('Saving the report'))}>
          Export report (Markdown)
        </button>
      </div>
      <div className="segments-scroll">
        {drawn.map(
          (g) =>
            g.take.length > 0 && (
              <section key={g.label} className="segment-group" aria-label={`${g.label}: ${g.segments.length} segments`}>
                <h2>
                  {g.label} <span className="count">({g.segments.length})</span>
                </h2>
                <ol className="segment-list">
                  {g.take.map((s) => (
                    <li key={s.annotation.id} className="segment">
                      <blockquote>
                        <span className="segment-context">{s.before}</span>
                        <mark>{s.annotation.exact}</mark>
                        <span className="segment-context">{s.after}</span>
                      </blockquote>
                      <p className="segment-source">
                        <span className="swatch" style={{ background: categories.find((c) => c.id === s.annotation.categoryId)?.colour ?? '#777' }} aria-hidden="true" />
                        {s.categoryLabel} · {s.documentTitle} · {s.speaker !== null ? `${s.speaker}, turn ${s.turn}` : 'outside any turn'} · {s.annotation.coder || 'unknown coder'}
                        {s.excluded ? ' · not speech' : ''}{' '}
                        <button type="button" onClick={() => onShow(s.annotation.documentId, { start: s.annotation.start, end: s.annotation.end })} aria-label={`Show in text: “${s.annotation.exact.slice(0, 40)}”`}>
                          Show in text
                        </button>
                      </p>
                      {s.annotation.memo && <p className="segment-memo">Memo: {s.annotation.memo}</p>}
                    </li>
                  ))}
                </ol>
              </section>
            ),
        )}
        {segments.length > shown && (
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, segments.length - shown)} more of {segments.length - shown}
          </button>
        )}
      </div>
    </section>
  );
}
