import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, Category } from '../../../shared/model';
import type { DocumentSession } from '../workspace/document-session';
import { AnnotationItem } from './AnnotationItem';
import { useVirtualWindow } from './use-virtual-window';

interface Props {
  session: DocumentSession;
  categories: Category[];
  focusedId: string | null;
  onGo(annotation: Annotation): void;
  onCategory(annotation: Annotation, categoryId: string): void;
  onMemo(annotation: Annotation, memo: string): void;
  onBounds(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
  /**
   * Resolves when the edits queued so far are written (`History.settled`). The list follows
   * the session once they are: the database write comes before this secondary view.
   */
  settled?: () => Promise<unknown>;
}

/**
 * Every annotation of the open document in reading order, filterable by category. The list is
 * virtual: only the items near the visible part are drawn (see `use-virtual-window.ts`), each
 * telling assistive technology its position in the whole list.
 */
export function AnnotationPanel(props: Props) {
  const { session, categories, focusedId, settled } = props;
  // The list follows the session after the edit's database write, in a transition: after a
  // tag, the reader's highlight is drawn at once, the write gets the main thread (its replies
  // wait behind any rendering: measured 25–35 ms with the panel drawing at the same time, 13 ms
  // without), and the panel catches up in slices. A synchronous store subscription would
  // redraw the panel inside the key press.
  const [version, setVersion] = useState(session.version);
  useEffect(() => {
    let live = true;
    setVersion(session.version);
    const follow = () => live && startTransition(() => setVersion(session.version));
    const unsubscribe = session.subscribe(() => (settled ? void settled().then(follow, follow) : follow()));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [session, settled]);
  const [filter, setFilter] = useState('');
  const byId = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const all = useMemo(() => session.list(), [session, version]);
  const shown = useMemo(() => (filter ? all.filter((a) => a.categoryId === filter) : all), [all, filter]);
  const orphans = all.filter((a) => a.status === 'orphan').length;
  const scroller = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => shown.map((a) => a.id), [shown]);
  const win = useVirtualWindow(keys, scroller, list);
  const focusIndex = focusedId ? keys.indexOf(focusedId) : -1;
  const drawn = focusIndex >= win.first && focusIndex < win.last;
  // A focused annotation that is not drawn is scrolled to first; once drawn, the item itself
  // scrolls into view (AnnotationItem).
  useEffect(() => {
    if (focusIndex >= 0 && !drawn) win.reveal(focusIndex);
    // Only when the focus changes, not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusedId, focusIndex]);

  return (
    <section className="panel" aria-label="Annotations" ref={scroller}>
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
        <ol
          className="annotation-list"
          aria-label="Annotations in reading order"
          start={win.first + 1}
          ref={list}
          style={{ paddingTop: win.before, paddingBottom: win.after }}
        >
          {shown.slice(win.first, win.last).map((a, i) => (
            <AnnotationItem
              key={a.id}
              posInSet={win.first + i + 1}
              setSize={shown.length}
              measureRef={win.measure}
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
    </section>
  );
}
