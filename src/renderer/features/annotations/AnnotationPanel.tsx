import { useMemo, useState, useSyncExternalStore } from 'react';
import type { Annotation, Category } from '../../../shared/model';
import type { DocumentSession } from '../workspace/document-session';
import { AnnotationItem } from './AnnotationItem';

/** Items drawn at first; more on request, so 20,000 annotations do not stall the page. */
const PAGE = 200;

interface Props {
  session: DocumentSession;
  categories: Category[];
  focusedId: string | null;
  onGo(annotation: Annotation): void;
  onCategory(annotation: Annotation, categoryId: string): void;
  onMemo(annotation: Annotation, memo: string): void;
  onBounds(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
}

/** Every annotation of the open document in reading order, filterable by category. */
export function AnnotationPanel(props: Props) {
  const { session, categories, focusedId } = props;
  const version = useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.version,
  );
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const byId = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const all = useMemo(() => session.list(), [session, version]);
  const shown = useMemo(() => (filter ? all.filter((a) => a.categoryId === filter) : all), [all, filter]);
  // A focused annotation beyond the drawn pages is shown in a window of its neighbours, so
  // that focusing one deep in a long document does not draw thousands of items.
  const focusIndex = focusedId ? shown.findIndex((a) => a.id === focusedId) : -1;
  const windowStart = focusIndex >= limit ? Math.max(0, focusIndex - PAGE / 2) : 0;
  const visible = shown.slice(windowStart, windowStart === 0 ? limit : focusIndex + PAGE / 2);
  const orphans = all.filter((a) => a.status === 'orphan').length;

  return (
    <section className="panel" aria-label="Annotations">
      <div className="panel-head">
        <h2>
          Annotations <span className="count">({shown.length}{filter ? ` of ${all.length}` : ''})</span>
        </h2>
        <label className="field inline">
          <span>Show</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter by category">
            <option value="">all categories</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {orphans > 0 && (
        <p className="notice" role="note">
          {orphans} annotation{orphans === 1 ? '' : 's'} could not be placed in this text. Select the right
          span and choose “Place at selection”, or delete {orphans === 1 ? 'it' : 'them'}.
        </p>
      )}
      {shown.length === 0 ? (
        <p className="empty">No annotations yet. Select text in the reader and press a category key (1–4).</p>
      ) : (
        <ol className="annotation-list" aria-label="Annotations in reading order" start={windowStart + 1}>
          {visible.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              category={byId.get(a.categoryId)}
              categories={categories}
              focused={a.id === focusedId}
              onGo={props.onGo}
              onCategory={props.onCategory}
              onMemo={props.onMemo}
              onBounds={props.onBounds}
              onDelete={props.onDelete}
            />
          ))}
        </ol>
      )}
      {windowStart > 0 && (
        <p className="empty">
          Showing {windowStart + 1}–{windowStart + visible.length} of {shown.length}, around the focused annotation.
        </p>
      )}
      {windowStart === 0 && visible.length < shown.length && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - visible.length)} more
        </button>
      )}
    </section>
  );
}
