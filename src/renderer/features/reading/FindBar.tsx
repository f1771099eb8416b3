import { useEffect, useId, useRef, useState } from 'react';
import type { TextHit } from '../../../shared/search/document-search';
import { compileQuery, type SearchOptions } from '../../../shared/search/query';
import { SearchOptionsFields } from '../search/SearchOptionsFields';
import { findInText, hitAtOrAfter } from './find-run';

interface Props {
  text: string;
  /** Where the caret is, so the first hit shown is the next one from there. */
  caret(): number;
  /** The hits to draw and the current one (-1: none); called as they come. */
  onHits(hits: readonly TextHit[], current: number): void;
  /** Shows and selects a hit in the reader. */
  onGo(hit: TextHit): void;
  /** Closes the bar; `toReader` puts the keyboard focus back in the reader. */
  onClose(toReader: boolean): void;
  /** Asks the bar to take the keyboard focus (Ctrl+F again): increases each time. */
  focusRequest: number;
}

/** Typing pauses this long before a new search starts. */
const TYPING_PAUSE_MS = 120;

/**
 * Search in the open document (Ctrl/Cmd+F): every hit highlighted, a count, next and previous
 * (Enter, Shift+Enter, or the buttons), and the options. The search runs a chunk of lines at a
 * time (`findInText`), so a long transcript shows its first hits at once and the page never
 * stalls; a new query stops the old search.
 */
export function FindBar({ text, caret, onHits, onGo, onClose, focusRequest }: Props) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<SearchOptions>({ nbspAsSpace: true });
  const [hits, setHits] = useState<readonly TextHit[]>([]);
  const [current, setCurrent] = useState(-1);
  const [state, setState] = useState<{ kind: 'idle' | 'searching' | 'done' | 'error'; message?: string; complete?: boolean }>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const onHitsRef = useRef(onHits);
  onHitsRef.current = onHits;
  const caretRef = useRef(caret);
  caretRef.current = caret;
  const onGoRef = useRef(onGo);
  onGoRef.current = onGo;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  useEffect(() => {
    if (query === '') {
      setHits([]);
      setCurrent(-1);
      setState({ kind: 'idle' });
      onHitsRef.current([], -1);
      return;
    }
    const compiled = compileQuery(query, options);
    if (!compiled.ok) {
      setHits([]);
      setCurrent(-1);
      setState({ kind: 'error', message: compiled.error });
      onHitsRef.current([], -1);
      return;
    }
    const controller = new AbortController();
    const from = caretRef.current();
    const timer = setTimeout(() => {
      setState({ kind: 'searching' });
      let first = -1;
      void findInText(text, compiled.value, controller.signal, (found) => {
        // The current hit is the first one after the caret, once the search has got that far.
        if (first < 0 && found.length && found[found.length - 1].start >= from) first = hitAtOrAfter(found, from);
        const list = found.slice();
        setHits(list);
        setCurrent(first);
        onHitsRef.current(list, first);
      }).then((outcome) => {
        if (!outcome) return;
        const i = hitAtOrAfter(outcome.hits, from);
        setHits(outcome.hits);
        setCurrent(i);
        setState({ kind: 'done', complete: outcome.complete });
        onHitsRef.current(outcome.hits, i);
        if (i >= 0) onGoRef.current(outcome.hits[i]);
      });
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, options, text]);

  const go = (step: 1 | -1) => {
    if (hits.length === 0) return;
    const next = current < 0 ? 0 : (current + step + hits.length) % hits.length;
    setCurrent(next);
    onHits(hits, next);
    onGo(hits[next]);
  };

  const count =
    state.kind === 'error'
      ? state.message
      : state.kind === 'idle'
        ? ''
        : hits.length === 0
          ? state.kind === 'searching'
            ? 'Searching…'
            : 'No match'
          : `${current >= 0 ? `${(current + 1).toLocaleString('en')} of ` : ''}${hits.length.toLocaleString('en')}${state.kind === 'searching' ? '…' : state.complete === false ? '+ (stopped early)' : ''} ${hits.length === 1 ? 'match' : 'matches'}`;

  return (
    <search className="find-bar" aria-label="Find in document">
      <label className="find-field">
        <span className="visually-hidden">Find in document</span>
        <input
          ref={input}
          type="search"
          placeholder="Find in document"
          value={query}
          aria-describedby={statusId}
          aria-invalid={state.kind === 'error' || undefined}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              onClose(true);
            }
          }}
        />
      </label>
      <button type="button" onClick={() => go(-1)} disabled={hits.length === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
        ↑
      </button>
      <button type="button" onClick={() => go(1)} disabled={hits.length === 0} aria-label="Next match" title="Next match (Enter)">
        ↓
      </button>
      <span id={statusId} className={`find-count${state.kind === 'error' ? ' problem' : ''}`} aria-live="polite">
        {count}
      </span>
      <details className="find-options">
        <summary>Options</summary>
        <div className="find-options-list">
          <SearchOptionsFields options={options} onChange={setOptions} />
        </div>
      </details>
      <button type="button" onClick={() => onClose(false)} aria-label="Close search">
        ✕
      </button>
    </search>
  );
}
