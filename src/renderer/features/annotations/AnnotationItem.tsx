import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, Category } from '../../../shared/model';
import { shorten } from '../reading/tagging';

interface Props {
  /** 1-based place in the whole list, and the list's length (the panel draws only a window). */
  posInSet: number;
  setSize: number;
  /** Lets the panel measure the item (see `use-virtual-window.ts`). */
  measureRef(element: HTMLElement | null): (() => void) | undefined;
  annotation: Annotation;
  category: Category | undefined;
  categories: Category[];
  focused: boolean;
  onGo(annotation: Annotation): void;
  onCategory(annotation: Annotation, categoryId: string): void;
  onMemo(annotation: Annotation, memo: string): void;
  onBounds(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
}

/** One annotation in the panel: category, quote, memo (edited in place), coder and time. */
export const AnnotationItem = memo(function AnnotationItem(props: Props) {
  const { annotation: a, category, categories, focused } = props;
  const [memoText, setMemoText] = useState(a.memo);
  const item = useRef<HTMLLIElement | null>(null);
  const { measureRef } = props;
  const setItem = useCallback(
    (element: HTMLLIElement | null) => {
      item.current = element;
      return measureRef(element);
    },
    [measureRef],
  );
  useEffect(() => setMemoText(a.memo), [a.memo]);
  useEffect(() => {
    if (focused) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);
  const label = category ? category.label : 'unknown category';
  const quote = shorten(a.exact, 90);
  const saveMemo = () => {
    if (memoText !== a.memo) props.onMemo(a, memoText);
  };
  return (
    <li
      ref={setItem}
      data-virtual-key={a.id}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      className={`annotation${focused ? ' focused' : ''}${a.status === 'orphan' ? ' orphan' : ''}`}
      aria-current={focused || undefined}
      aria-label={`${label}: ${quote}`}
      data-annotation-id={a.id}
    >
      <div className="annotation-head">
        <span className="swatch" style={{ background: category?.colour ?? '#777' }} aria-hidden="true" />
        <strong>{label}</strong>
        {category?.retired && <span className="badge">retired</span>}
        {a.status === 'orphan' && <span className="badge warn">orphan: not placed in this text</span>}
        <span className="meta">
          {a.coder || 'unknown coder'} · <time dateTime={a.modified}>{new Date(a.modified).toLocaleString()}</time>
        </span>
      </div>
      <button type="button" className="quote" onClick={() => props.onGo(a)} title="Show in the reader">
        “{quote}”
      </button>
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
      <label className="field">
        <span>Memo</span>
        <textarea
          rows={2}
          value={memoText}
          onChange={(e) => setMemoText(e.target.value)}
          onBlur={saveMemo}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveMemo();
            e.stopPropagation(); // typing in a memo never triggers tag shortcuts or app undo
          }}
        />
      </label>
      <div className="annotation-actions">
        <button type="button" onClick={() => props.onBounds(a)}>
          {a.status === 'orphan' ? 'Place at selection' : 'Set to selection'}
        </button>
        <button type="button" className="danger" onClick={() => props.onDelete(a)}>
          Delete
        </button>
      </div>
    </li>
  );
});
