import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, Category } from '../../../shared/model';
import type { DocumentSession } from '../workspace/document-session';
import { AnnotationItem, type ItemHandlers } from './AnnotationItem';
import { useVirtualWindow } from './use-virtual-window';

/** What the panel's owner does for it. */
export type PanelHandlers = ItemHandlers;

interface Props extends PanelHandlers {
  session: DocumentSession;
  categories: Category[];
  focusedId: string | null;
  /**
   * Resolves when the edits queued so far are written (`History.settled`). The list follows
   * the session once they are: the database write comes before this secondary view.
   */
  settled?: () => Promise<unknown>;
  /** Where an annotation is in the transcript ("Yury Ushakov · turn 12"), or null. */
  placeOf?: (annotation: Annotation) => string | null;
}

/** The panel's filter: everything, one category, placements to check, or orphans. */
type Filter = '' | `category:${string}` | 'check' | 'orphan';

/** How the empty panel says to tag: "press a category's key (1 claim, 2 accusation, …)". */
function tagHint(categories: Category[]): string {
  const keyed = categories.filter((c) => !c.retired && c.shortcut);
  return keyed.length ? ` and press a category's key (${keyed.map((c) => `${c.shortcut} ${c.label}`).join(', ')})` : ', then choose a category in the toolbar';
}

/**
 * Every annotation of the open document in reading order, filterable by category and by what
 * needs attention. The list is virtual: only the items near the visible part are drawn (see
 * `use-virtual-window.ts`), plus any item being edited, each telling assistive technology its
 * position in the whole list.
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
  const [filter, setFilter] = useState<Filter>('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [focusAfterDelete, setFocusAfterDelete] = useState<string | null>(null);
  const byId = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const all = useMemo(() => session.list(), [session, version]);
  const shown = useMemo(() => {
    if (filter === '') return all;
    if (filter === 'check') return all.filter((a) => a.check);
    if (filter === 'orphan') return all.filter((a) => a.status === 'orphan');
    const id = filter.slice('category:'.length);
    return all.filter((a) => a.categoryId === id);
  }, [all, filter]);
  const orphans = useMemo(() => all.filter((a) => a.status === 'orphan').length, [all]);
  const toCheck = useMemo(() => all.filter((a) => a.check).length, [all]);
  const scroller = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => shown.map((a) => a.id), [shown]);
  const indexOf = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const pinned = useMemo(() => [...editing].flatMap((id) => indexOf.get(id) ?? []), [editing, indexOf]);
  const win = useVirtualWindow(keys, scroller, list, pinned);
  const focusIndex = focusedId ? (indexOf.get(focusedId) ?? -1) : -1;
  const drawn = win.rows.some((r) => r.index === focusIndex);
  // A focused annotation that is not drawn is scrolled to first; once drawn, the item itself
  // scrolls into view (AnnotationItem).
  useEffect(() => {
    if (focusIndex >= 0 && !drawn) win.reveal(focusIndex);
    // Only when the focus changes, not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusedId, focusIndex]);

  // After a deletion, the keyboard focus goes to the next item (or the one before, or the panel).
  useEffect(() => {
    if (!focusAfterDelete || indexOf.has(focusAfterDelete) === false) {
      if (focusAfterDelete && !all.some((a) => a.id === focusAfterDelete)) setFocusAfterDelete(null);
      return;
    }
    const target = list.current?.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(focusAfterDelete)}"] .quote`);
    if (target) {
      target.focus();
      setFocusAfterDelete(null);
    } else win.reveal(indexOf.get(focusAfterDelete)!);
  }, [focusAfterDelete, indexOf, all, win]);

  const { onDelete } = props;
  const onDeleteRequest = useCallback(
    (a: Annotation) => {
      const i = indexOf.get(a.id) ?? -1;
      const next = keys[i + 1] ?? keys[i - 1] ?? null;
      if (next) setFocusAfterDelete(next);
      else scroller.current?.focus();
      onDelete(a);
    },
    [indexOf, keys, onDelete],
  );
  const onToggle = useCallback((a: Annotation) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(a.id)) next.add(a.id);
      return next;
    });
  }, []);
  const onEditing = useCallback((a: Annotation, on: boolean) => {
    setEditing((s) => {
      if (s.has(a.id) === on) return s;
      const next = new Set(s);
      if (on) next.add(a.id);
      else next.delete(a.id);
      return next;
    });
  }, []);

  return (
    <section className="panel" aria-label="Annotations" ref={scroller} tabIndex={-1}>
      <div className="panel-head">
        <h2>
          Annotations <span className="count">({shown.length}{filter ? ` of ${all.length}` : ''})</span>
        </h2>
        <label className="field inline">
          <span>Show</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} aria-label="Filter annotations">
            <option value="">all annotations</option>
            {categories.map((c) => (
              <option key={c.id} value={`category:${c.id}`}>
                {c.label}
              </option>
            ))}
            {(toCheck > 0 || filter === 'check') && <option value="check">placements to check ({toCheck})</option>}
            {(orphans > 0 || filter === 'orphan') && <option value="orphan">orphans ({orphans})</option>}
          </select>
        </label>
      </div>
      {orphans > 0 && (
        <p className="notice" role="note">
          {orphans} annotation{orphans === 1 ? '' : 's'} could not be placed in this text. Select the right span and choose “Place
          at selection”, or delete {orphans === 1 ? 'it' : 'them'}.
        </p>
      )}
      {shown.length === 0 ? (
        <p className="empty">{all.length === 0 ? `No annotations yet. Select text in the reader${tagHint(categories)}.` : 'No annotation matches this filter.'}</p>
      ) : (
        <ol
          className="annotation-list"
          aria-label="Annotations in reading order"
          ref={list}
          style={{ paddingTop: win.before, paddingBottom: win.after }}
        >
          {win.rows.map(({ index, gap }) => {
            const a = shown[index];
            return (
              <AnnotationItem
                key={a.id}
                posInSet={index + 1}
                setSize={shown.length}
                gap={gap}
                measureRef={win.measure}
                annotation={a}
                category={byId.get(a.categoryId)}
                where={props.placeOf?.(a) ?? null}
                categories={categories}
                focused={a.id === focusedId}
                expanded={a.id === focusedId || expanded.has(a.id) || editing.has(a.id)}
                onToggle={onToggle}
                onEditing={onEditing}
                onDeleteRequest={onDeleteRequest}
                onGo={props.onGo}
                onCategory={props.onCategory}
                onMemo={props.onMemo}
                onDraft={props.onDraft}
                onBounds={props.onBounds}
                onConfirmPlacement={props.onConfirmPlacement}
                onDelete={props.onDelete}
                registerFlush={props.registerFlush}
              />
            );
          })}
        </ol>
      )}
    </section>
  );
}
