import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Category } from '../../../shared/model';
import { DEFAULT_CONTEXT, sortConcordance, type KwicRow, type KwicSort } from '../../../shared/search/kwic';
import type { SearchOptions } from '../../../shared/search/query';
import { usableStructure } from '../../../shared/transcript/structure-record';
import type { RunningSearch, SearchOutcome } from '../../workers/search-client';
import type { Workspace } from '../workspace/workspace';
import { codedLines, filterLines, rowKey, type ConcordanceFilter, type TagScope } from './concordance-model';
import { concordanceTagEdit } from './concordance-tagging';
import { ConcordanceTable } from './ConcordanceTable';
import type { LibraryIndex } from './library-index';
import { SearchOptionsFields } from './SearchOptionsFields';
import { useAnnotationsOf } from './use-annotations-of';

interface Props {
  workspace: Workspace;
  categories: Category[];
  index: LibraryIndex;
  /** Shows a line in the reader. */
  onShow(documentId: string, range: { start: number; end: number }): void;
}

/** Lines drawn at a time ("Show more" adds as many). */
const PAGE = 200;

const SORTS: { value: string; label: string; sort: KwicSort }[] = [
  { value: 'position', label: 'document and position', sort: { by: 'position' } },
  ...[1, 2, 3].map((word) => ({ value: `left:${word}`, label: `word ${word} to the left`, sort: { by: 'left' as const, word } })),
  ...[1, 2, 3].map((word) => ({ value: `right:${word}`, label: `word ${word} to the right`, sort: { by: 'right' as const, word } })),
];

/** No lines yet (one array, so the memos below keep their results). */
const NO_ROWS: readonly KwicRow[] = [];

type Run = { kind: 'idle' } | { kind: 'running'; done: number; total: number; hits: number } | { kind: 'done'; outcome: Extract<SearchOutcome, { ok: true }> } | { kind: 'error'; message: string };

/**
 * Search across the library with a keyword-in-context list: the positional index answers words
 * and phrases; a regular expression scans the texts in the worker with progress and Cancel.
 * Lines sort by position or by the words around the hit, filter by document, speaker and
 * category, and tag in one undoable step (each hit, its sentence or its turn).
 */
export function ConcordanceView({ workspace, categories, index, onShow }: Props) {
  const indexState = useSyncExternalStore(
    (l) => index.client.subscribe(l),
    () => index.client.state,
  );
  const documents = useLiveQuery(() => workspace.read.documents(), [workspace]);
  const titles = useMemo(() => new Map((documents ?? []).map((d) => [d.id, d.title])), [documents]);
  const byCategory = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  const active = useMemo(() => categories.filter((c) => !c.retired), [categories]);

  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<SearchOptions>({ nbspAsSpace: true });
  const [scope, setScope] = useState('');
  const [includeExcluded, setIncludeExcluded] = useState(false);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const running = useRef<RunningSearch | null>(null);
  const [sort, setSort] = useState('position');
  const [filter, setFilter] = useState<ConcordanceFilter>({ document: '', speaker: '', category: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(PAGE);
  const [tagCategory, setTagCategory] = useState('');
  const [tagScope, setTagScope] = useState<TagScope>('hit');

  const rows: readonly KwicRow[] = run.kind === 'done' ? run.outcome.rows : NO_ROWS;
  const annotations = useAnnotationsOf(workspace, useMemo(() => [...new Set(rows.map((r) => r.documentId))], [rows]));
  const coded = useMemo(() => codedLines(rows, annotations), [rows, annotations]);
  const order = useMemo(() => new Map((documents ?? []).map((d, i) => [d.id, i])), [documents]);
  const lines = useMemo(() => {
    const spec = SORTS.find((s) => s.value === sort)?.sort ?? { by: 'position' };
    return sortConcordance(filterLines(rows, coded, filter), spec, { documentOrder: order });
  }, [rows, coded, filter, sort, order]);
  const speakers = useMemo(() => [...new Set(rows.map((r) => r.speaker ?? '(no speaker)'))].sort(), [rows]);
  const chosen = lines.filter((r) => selected.has(rowKey(r)));
  const category = active.find((c) => c.id === tagCategory) ?? active[0];

  const search = () => {
    running.current?.cancel();
    setSelected(new Set());
    setShown(PAGE);
    setFilter({ document: '', speaker: '', category: '' });
    setRun({ kind: 'running', done: 0, total: 0, hits: 0 });
    const r = index.client.search({ query, options, documents: scope ? [scope] : undefined, context: DEFAULT_CONTEXT, includeExcluded }, (done, total, hits) =>
      setRun((now) => (now.kind === 'running' ? { kind: 'running', done, total, hits } : now)),
    );
    running.current = r;
    void r.result.then((outcome) => {
      if (running.current !== r) return;
      running.current = null;
      setRun(outcome.ok ? { kind: 'done', outcome } : { kind: 'error', message: outcome.error });
    });
  };

  const tag = async () => {
    if (!category || chosen.length === 0) return;
    const ids = [...new Set(chosen.map((r) => r.documentId))];
    const records = await Promise.all(ids.map(async (id) => ({ document: await workspace.read.document(id), record: await workspace.read.structure(id) })));
    const docs = new Map(records.flatMap((x) => (x.document ? [[x.document.id, x.document] as const] : [])));
    const structures = new Map([...docs.values()].map((d, i) => [d.id, usableStructure(d.text, d.hash, records[i].record?.structure)]));
    const tagging = concordanceTagEdit(chosen, tagScope, category, { documents: docs, structures, annotations }, workspace.layer(), workspace.stamp());
    const notes = [tagging.duplicates ? `${tagging.duplicates} already so coded` : '', tagging.outside ? `${tagging.outside} outside any turn` : ''].filter(Boolean).join(', ');
    if (!tagging.edit) return workspace.say(`Nothing was tagged${notes ? `: ${notes}` : ''}.`, 'error');
    const done = await workspace.run(tagging.edit, `${tagging.edit.label}${notes ? ` (${notes} left as they were)` : ''}. Undo with ${workspace.undoKey()}.`);
    if (done) setSelected(new Set());
  };

  const summary =
    run.kind === 'running'
      ? `Searching… ${run.total ? `${run.done} of ${run.total} documents, ` : ''}${run.hits.toLocaleString('en')} hits so far.`
      : run.kind === 'error'
        ? run.message
        : run.kind === 'done'
          ? `${run.outcome.total.toLocaleString('en')} hit${run.outcome.total === 1 ? '' : 's'} in ${new Set(rows.map((r) => r.documentId)).size} document${new Set(rows.map((r) => r.documentId)).size === 1 ? '' : 's'}${
              run.outcome.rows.length < run.outcome.total ? ` (the first ${run.outcome.rows.length.toLocaleString('en')} are listed)` : ''
            }${run.outcome.excluded ? `; ${run.outcome.excluded} in text marked as not speech left out` : ''}${run.outcome.cancelled ? '; cancelled' : !run.outcome.complete ? '; stopped early' : ''} · ${
              run.outcome.usedIndex ? 'index' : 'scan'
            }, ${Math.round(run.outcome.ms)} ms.`
          : indexState.kind === 'indexing'
            ? 'Indexing the library…'
            : `Search the ${indexState.documents} documents of the library.`;

  return (
    <section className="analysis-view concordance" aria-label="Concordance">
      <h1>Concordance</h1>
      <form
        className="concordance-form"
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
      >
        <label className="field">
          <span>Find in the library</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="field">
          <span>In</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="">every document</option>
            {(documents ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Search</button>
        {run.kind === 'running' && (
          <button type="button" onClick={() => running.current?.cancel()}>
            Cancel
          </button>
        )}
        <details className="concordance-options">
          <summary>Options</summary>
          <SearchOptionsFields options={options} onChange={setOptions} />
          <label className="check">
            <input type="checkbox" checked={includeExcluded} onChange={(e) => setIncludeExcluded(e.target.checked)} /> Include text marked as not speech
          </label>
        </details>
      </form>
      <p className={run.kind === 'error' ? 'problem' : 'hint'} aria-live="polite">
        {summary}
      </p>
      {run.kind === 'running' && run.total > 0 && <progress max={run.total} value={run.done} aria-label="Search progress" />}
      {rows.length > 0 && (
        <>
          <div className="concordance-tools">
            <label className="field inline">
              <span>Order by</span>
              <select value={sort} onChange={(e) => setSort(e.target.value)}>
                {SORTS.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field inline">
              <span>Document</span>
              <select value={filter.document} onChange={(e) => setFilter({ ...filter, document: e.target.value })}>
                <option value="">all</option>
                {[...new Set(rows.map((r) => r.documentId))].map((id) => (
                  <option key={id} value={id}>
                    {titles.get(id) ?? id}
                  </option>
                ))}
              </select>
            </label>
            <label className="field inline">
              <span>Speaker</span>
              <select value={filter.speaker} onChange={(e) => setFilter({ ...filter, speaker: e.target.value })}>
                <option value="">all</option>
                {speakers.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
            <label className="field inline">
              <span>Coded</span>
              <select value={filter.category} onChange={(e) => setFilter({ ...filter, category: e.target.value })}>
                <option value="">any</option>
                <option value="none">not coded</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    as {c.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="concordance-tag" role="group" aria-label="Tag the selected lines">
            <label className="field inline">
              <span>Tag</span>
              <select value={tagScope} onChange={(e) => setTagScope(e.target.value as TagScope)}>
                <option value="hit">each hit</option>
                <option value="sentence">each hit’s sentence</option>
                <option value="turn">each hit’s turn</option>
              </select>
            </label>
            <label className="field inline">
              <span>as</span>
              <select value={category?.id ?? ''} onChange={(e) => setTagCategory(e.target.value)}>
                {active.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={chosen.length === 0 || !category} onClick={() => void tag()}>
              Tag {chosen.length} selected
            </button>
          </div>
          <div className="kwic-scroll">
            <ConcordanceTable
              rows={lines.slice(0, shown)}
              total={lines.length}
              titles={titles}
              coded={coded}
              categories={byCategory}
              selected={selected}
              onSelect={(keys, on) =>
                setSelected((s) => {
                  const next = new Set(s);
                  for (const k of keys) {
                    if (on) next.add(k);
                    else next.delete(k);
                  }
                  return next;
                })
              }
              onShow={(r) => onShow(r.documentId, { start: r.start, end: r.end })}
            />
            {lines.length > shown && (
              <button type="button" onClick={() => setShown(shown + PAGE)}>
                Show {Math.min(PAGE, lines.length - shown)} more of {lines.length - shown}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
