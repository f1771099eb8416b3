import { memo, useCallback, useEffect, useId, useMemo, useRef } from 'react';
import type { Annotation, Category } from '../../../shared/model';
import { shorten } from '../reading/tagging';
import { MemoField } from './MemoField';

/** What an item can ask of the panel's owner. */
export interface ItemHandlers {
  onGo(annotation: Annotation): void;
  onCategory(annotation: Annotation, categoryId: string): void;
  /** A memo text to save; `stretch` names the editing stretch (one undo step), `final` is the last save of it. */
  onMemo(annotation: Annotation, memo: string, stretch: string, final: boolean): void;
  /** The memo text as typed, at every key press (kept in the draft journal until written). */
  onDraft(annotation: Annotation, memo: string): void;
  onBounds(annotation: Annotation): void;
  onConfirmPlacement(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
  /** Copies other coders' annotations into the local coder's layer (one undoable step). */
  onAdopt(annotations: Annotation[]): void;
  /** Registers unsaved input to be written by `Workspace.flush`; returns the unregistering function. */
  registerFlush(flush: () => void): () => void;
}

interface Props extends ItemHandlers {
  /** 1-based place in the whole list, and the list's length (the panel draws only a window). */
  posInSet: number;
  setSize: number;
  /** Space above the item for the items not drawn there (see `use-virtual-window.ts`). */
  gap: number;
  /** Lets the panel measure the item (see `use-virtual-window.ts`). */
  measureRef(element: HTMLElement | null): (() => void) | undefined;
  annotation: Annotation;
  category: Category | undefined;
  /** Where it is in the transcript ("Yury Ushakov · turn 12"), or null outside turns. */
  where: string | null;
  categories: Category[];
  focused: boolean;
  expanded: boolean;
  /** The coder's name as shown. */
  coderName: string;
  /** False for another coder's annotation: shown read-only, with "Adopt as mine". */
  editable: boolean;
  /** Picked for "Adopt selected as mine" (another coder's annotations only). */
  picked: boolean;
  onPick(annotation: Annotation, picked: boolean): void;
  onToggle(annotation: Annotation): void;
  /** The memo field gained or lost input not yet written (the panel keeps such items drawn). */
  onEditing(annotation: Annotation, editing: boolean): void;
  onDeleteRequest(annotation: Annotation): void;
}

/**
 * One annotation in the panel, compact: category, coder and time, the quote on up to two lines.
 * Expanded (the focused one, or opened with "Details"), it shows the memo, edited in place and
 * saved as typed, the category, and the actions. Another coder's annotation is read-only: its
 * details show category and memo as text and offer "Adopt as mine" instead of edits, and a
 * checkbox picks it for adopting several at once.
 */
export const AnnotationItem = memo(function AnnotationItem(props: Props) {
  const { annotation: a, category, categories, focused, expanded, editable, coderName } = props;
  const item = useRef<HTMLLIElement | null>(null);
  const detailsId = useId();
  const { measureRef } = props;
  const setItem = useCallback(
    (element: HTMLLIElement | null) => {
      item.current = element;
      return measureRef(element);
    },
    [measureRef],
  );
  useEffect(() => {
    if (focused) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);
  const time = useMemo(() => new Date(a.modified).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }), [a.modified]);
  const label = category ? category.label : 'unknown category';
  const quote = shorten(a.exact, 160);
  return (
    <li
      ref={setItem}
      data-virtual-key={a.id}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      className={`annotation${focused ? ' focused' : ''}${a.status === 'orphan' ? ' orphan' : ''}${expanded ? ' expanded' : ''}`}
      style={props.gap ? { marginTop: props.gap } : undefined}
      aria-current={focused || undefined}
      aria-label={`${label}: ${shorten(a.exact, 90)}`}
      data-annotation-id={a.id}
    >
      <div className="annotation-head">
        {!editable && (
          <input
            type="checkbox"
            className="pick"
            checked={props.picked}
            onChange={(e) => props.onPick(a, e.target.checked)}
            aria-label={`Pick ${coderName}'s ${label} “${shorten(a.exact, 40)}” to adopt`}
          />
        )}
        <span className="swatch" style={{ background: category?.colour ?? '#777' }} aria-hidden="true" />
        <strong>{label}</strong>
        {category?.retired && <span className="badge">retired</span>}
        {a.status === 'orphan' && <span className="badge warn">orphan: not placed</span>}
        {a.check && <span className="badge warn">check placement</span>}
        {a.memo && !expanded && (
          <span className="badge" title={a.memo}>
            memo
          </span>
        )}
        <span className="meta">
          {coderName} · <time dateTime={a.modified}>{time}</time>
        </span>
        <button
          type="button"
          className="toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          aria-label={`Details of ${label}: ${shorten(a.exact, 40)}`}
          onClick={() => props.onToggle(a)}
        >
          {expanded ? '▴' : '▾'}
        </button>
      </div>
      <button type="button" className="quote" onClick={() => props.onGo(a)} title="Show in the reader">
        “{quote}”
      </button>
      {props.where && <p className="where">{props.where}</p>}
      {expanded && editable && (
        <div className="annotation-details" id={detailsId}>
          <label className="field">
            <span>Category</span>
            <select value={a.categoryId} onChange={(e) => props.onCategory(a, e.target.value)}>
              {!category && <option value={a.categoryId}>unknown ({a.categoryId})</option>}
              {categories.map((c) => (
                <option key={c.id} value={c.id} disabled={c.retired && c.id !== a.categoryId}>
                  {c.label}
                  {c.retired ? ' (retired)' : ''}
                </option>
              ))}
            </select>
          </label>
          <MemoField annotation={a} onMemo={props.onMemo} onDraft={props.onDraft} registerFlush={props.registerFlush} onEditing={props.onEditing} />
          <div className="annotation-actions">
            {a.check && (
              <button type="button" onClick={() => props.onConfirmPlacement(a)}>
                Confirm placement
              </button>
            )}
            <button type="button" onClick={() => props.onBounds(a)}>
              {a.status === 'orphan' ? 'Place at selection' : 'Set to selection'}
            </button>
            <button type="button" className="danger" onClick={() => props.onDeleteRequest(a)}>
              Delete
            </button>
          </div>
        </div>
      )}
      {expanded && !editable && (
        <div className="annotation-details" id={detailsId}>
          <p className="read-only-note">
            {coderName}'s annotation: you can read it and adopt a copy into your layer, not change it.
          </p>
          <dl className="read-only">
            <dt>Category</dt>
            <dd>{label}</dd>
            <dt>Memo</dt>
            <dd>{a.memo || '—'}</dd>
          </dl>
          <div className="annotation-actions">
            <button type="button" onClick={() => props.onAdopt([a])} disabled={a.status !== 'placed'}>
              Adopt as mine
            </button>
          </div>
        </div>
      )}
    </li>
  );
});
