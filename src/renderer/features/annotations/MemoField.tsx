import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/model';
import type { ItemHandlers } from './AnnotationItem';

/** A memo is saved this long after the last key press (and at once on blur, flush or unmount). */
export const MEMO_SAVE_DELAY_MS = 500;

let stretches = 0;

interface Props {
  annotation: Annotation;
  onMemo: ItemHandlers['onMemo'];
  onDraft: ItemHandlers['onDraft'];
  registerFlush: ItemHandlers['registerFlush'];
  onEditing(annotation: Annotation, editing: boolean): void;
}

/**
 * The memo of an annotation, saved as it is typed: shortly after typing pauses, and at once
 * when the field loses focus, when the workspace flushes (switching documents, the page being
 * hidden or closed, quitting) and when the field goes away. Everything typed between focusing
 * the field and leaving it is one undo step.
 */
export function MemoField({ annotation, onMemo, onDraft, registerFlush, onEditing }: Props) {
  const [draft, setDraft] = useState(annotation.memo);
  const state = useRef({
    saved: annotation.memo,
    /** Typed but not handed to the history yet. */
    pending: false,
    focused: false,
    /** Something of this stretch has been saved (so leaving the field says "Memo saved."). */
    savedInStretch: false,
    stretch: '',
    timer: 0 as ReturnType<typeof setTimeout> | 0,
  });
  const latest = useRef({ annotation, draft, onMemo, onEditing });
  latest.current = { annotation, draft, onMemo, onEditing };

  // A memo changed elsewhere (undo, another coder's import) shows here unless the user is typing.
  useEffect(() => {
    const s = state.current;
    if (!s.focused && !s.pending && annotation.memo !== s.saved) {
      s.saved = annotation.memo;
      setDraft(annotation.memo);
    }
  }, [annotation.memo]);

  const save = (final: boolean) => {
    const s = state.current;
    clearTimeout(s.timer);
    s.timer = 0;
    const { annotation: a, draft: text } = latest.current;
    if (!s.stretch) s.stretch = `memo:${a.id}:${++stretches}`;
    if (s.pending || (final && s.savedInStretch)) {
      s.pending = false;
      s.saved = text;
      s.savedInStretch = !final;
      latest.current.onMemo(a, text, s.stretch, final);
    }
    if (final) s.stretch = '';
    if (!s.focused) latest.current.onEditing(a, false);
  };

  useEffect(() => {
    // The same object for the field's whole life; `save` reads the latest props through a ref.
    const s = state.current;
    const unregister = registerFlush(() => {
      if (s.pending) save(false);
    });
    return () => {
      unregister();
      if (s.pending) save(true);
    };
  }, [registerFlush]);

  return (
    <label className="field">
      <span>Memo</span>
      <textarea
        rows={3}
        value={draft}
        onFocus={() => {
          state.current.focused = true;
          state.current.stretch = `memo:${annotation.id}:${++stretches}`;
          onEditing(annotation, true);
        }}
        onChange={(e) => {
          const s = state.current;
          setDraft(e.target.value);
          latest.current.draft = e.target.value;
          onDraft(annotation, e.target.value);
          s.pending = true;
          clearTimeout(s.timer);
          s.timer = setTimeout(() => save(false), MEMO_SAVE_DELAY_MS);
        }}
        onBlur={() => {
          state.current.focused = false;
          save(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save(true);
          }
          e.stopPropagation(); // typing in a memo never triggers tag shortcuts or app undo
        }}
      />
    </label>
  );
}
