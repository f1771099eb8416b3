import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, Category } from '../../../shared/model';
import { positionIn, type DocumentSession } from '../workspace/document-session';
import { AnnotationItem, type ItemHandlers } from './AnnotationItem';
import { useVirtualWindow } from './use-virtual-window';

/** What the panel's owner does for it. */
export type PanelHandlers = ItemHandlers;

/** What the panel knows of coders: names, who may change what, and the coders to filter by. */
export interface PanelCoders {
  /** The name shown for an annotation's coder. */
  nameOf(annotation: Annotation): string;
  /** Whether the local coder may change it (else it is read-only, with "Adopt as mine"). */
  mayChange(annotation: Annotation): boolean;
  /** The document's coders in layer order, for the coder filter. */
  options: readonly { id: string; name: string }[];
}

/** Without coders (tests of the list itself): everything is editable and named as it is stored. */
const ANY_CODER: PanelCoders = { nameOf: (a) => a.coder || 'unknown coder', mayChange: () => true, options: [] };

interface Props extends PanelHandlers {
  session: DocumentSession;
  categories: Category[];
  coders?: PanelCoders;
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
 * Every annotation of the open document in reading order, filterable by coder, by category and
 * by what needs attention; other coders' annotations are read-only and can be picked and adopted. The list is virtual: only the items near the visible part are drawn (see
 * `use-virtual-window.ts`), plus any item being edited, each telling assistive technology its
 * position in the whole list.
 */
export function AnnotationPanel(props: Props) {
  const { session, categories, focusedId, settled } = props;
  const coders = props.coders ?? ANY_CODER;
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
  const [coderFilter, setCoderFilter] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [focusAfterDelete, setFocusAfterDelete] = useState<string | null>(null);
  const byId = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  // A newly opened document's list is built after the reader has drawn its text (sorting 100,000
  // annotations into reading order is worth a frame or several): null until then.
  const source = useDeferredValue<DocumentSession | null>(session, null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const all = useMemo(() => (source ? source.list() : []), [source, version]);
  const ofCoder = useMemo(() => (coderFilter === '' ? all : all.filter((a) => a.coderId === coderFilter)), [all, coderFilter]);
  const shown = useMemo(() => {
    if (filter === '') return ofCoder;
    if (filter === 'check') return ofCoder.filter((a) => a.check);
    if (filter === 'orphan') return ofCoder.filter((a) => a.status === 'orphan');
    const id = filter.slice('category:'.length);
    return ofCoder.filter((a) => a.categoryId === id);
  }, [ofCoder, filter]);
  const pickedList = useMemo(() => (picked.size === 0 ? [] : all.filter((a) => picked.has(a.id))), [all, picked]);
  const onPick = useCallback((a: Annotation, on: boolean) => {
    setPicked((s) => {
      const next = new Set(s);
      if (on) next.add(a.id);
      else next.delete(a.id);
      return next;
    });
  }, []);
  const { onAdopt } = props;
  const adoptPicked = () => {
    onAdopt(pickedList);
    setPicked(new Set());
  };
  // Counted by the session as it changes: counting 100,000 annotations per tag would cost a frame.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { orphans, toCheck } = useMemo(() => (source ? source.stats() : { orphans: 0, toCheck: 0 }), [source, version]);
  const scroller = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => shown.map((a) => a.id), [shown]);
  // Where an annotation is in the shown list: a binary search (the list is in reading order), not a map of every id.
  const indexOf = useMemo(
    () => ({
      get(id: string): number | undefined {
        const a = source?.get(id);
        if (!a) return undefined;
        const i = positionIn(shown, a);
        return shown[i]?.id === id ? i : undefined;
      },
      has(id: string): boolean {
        return this.get(id) !== undefined;
      },
    }),
    [source, shown],
  );
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
          Annotations <span className="count">({shown.length}{filter || coderFilter ? ` of ${all.length}` : ''})</span>
        </h2>
        {coders.options.length > 1 && (
          <label className="field inline">
            <span>Coder</span>
            <select value={coderFilter} onChange={(e) => setCoderFilter(e.target.value)} aria-label="Filter annotations by coder">
              <option value="">all coders</option>
              {coders.options.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
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
      {pickedList.length > 0 && (
        <div className="adopt-bar" role="group" aria-label="Picked annotations">
          <span>
            {pickedList.length} picked
          </span>
          <button type="button" onClick={adoptPicked}>
            Adopt {pickedList.length} as mine
          </button>
          <button type="button" onClick={() => setPicked(new Set())}>
            Clear
          </button>
        </div>
      )}
      {orphans > 0 && (
        <p className="notice" role="note">
          {orphans} annotation{orphans === 1 ? '' : 's'} could not be placed in this text. Select the right span and choose “Place
          at selection”, or delete {orphans === 1 ? 'it' : 'them'}.
        </p>
      )}
      {shown.length === 0 ? (
        <p className="empty">
          {source === null ? 'Listing the annotations…' : all.length === 0 ? `No annotations yet. Select text in the reader${tagHint(categories)}.` : 'No annotation matches this filter.'}
        </p>
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
                coderName={coders.nameOf(a)}
                editable={coders.mayChange(a)}
                picked={picked.has(a.id)}
                onPick={onPick}
                onAdopt={props.onAdopt}
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
