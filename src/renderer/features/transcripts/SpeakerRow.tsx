import { useState } from 'react';
import type { Turn } from '../../../shared/transcript/detect';
import type { SpeakerSummary } from '../../../shared/transcript/speakers';
import { shorten } from '../reading/tagging';

interface Props {
  summary: SpeakerSummary;
  /** The other speakers, to merge into. */
  others: string[];
  /** The name being typed when this speaker is being renamed, else null. */
  renaming: string | null;
  onRenameStart(): void;
  onRenameChange(name: string): void;
  onRenameCancel(): void;
  onRename(name: string): void;
  onMerge(into: string): void;
  onSeparate(name: string): void;
  /** True when a name as written is counted as another speaker. */
  isAlias(name: string): boolean;
  /** This speaker's turns, and the text they are in (for their first words). */
  turns: readonly Turn[];
  text: string;
  /** Says that a turn's label line does not begin a turn. */
  onReject(turn: Turn): void;
}

/** Turns listed per speaker in the review (the first ones: a false label is usually early or rare). */
const LISTED_TURNS = 30;

/** One speaker in the review: names as written, turns and words, rename, merge, separate. */
export function SpeakerRow({ summary: s, others, renaming, turns, text, ...on }: Props) {
  const merged = s.names.filter((n) => n !== s.speaker || on.isAlias(n));
  const [into, setInto] = useState('');
  const target = others.includes(into) ? into : '';
  return (
    <tr>
      <th scope="row">
        {renaming !== null ? (
          <form
            className="rename"
            onSubmit={(e) => {
              e.preventDefault();
              on.onRename(renaming);
            }}
          >
            <label className="field">
              <span>New name for {s.speaker}</span>
              <input autoFocus value={renaming} onChange={(e) => on.onRenameChange(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), e.stopPropagation(), on.onRenameCancel())} />
            </label>
            <button type="submit">Save name</button>
          </form>
        ) : (
          s.speaker
        )}
        <details className="speaker-turns">
          <summary>
            Turns of {s.speaker} ({turns.length})
          </summary>
          <ol>
            {turns.slice(0, LISTED_TURNS).map((t) => (
              <li key={t.start}>
                <span>
                  {t.number}: “{shorten(text.slice(t.start, Math.min(t.end, t.start + 120)), 60)}”
                </span>{' '}
                <button type="button" onClick={() => on.onReject(t)} aria-label={`Turn ${t.number} is not a turn`}>
                  Not a turn
                </button>
              </li>
            ))}
          </ol>
          {turns.length > LISTED_TURNS && <p className="hint">The first {LISTED_TURNS} are listed; in the reader, the context menu on any label line has “Not a turn”.</p>}
        </details>
        {merged.length > 0 && (
          <ul className="speaker-names" aria-label={`Names counted as ${s.speaker}`}>
            {merged.map((name) => (
              <li key={name}>
                “{name}”{' '}
                <button type="button" onClick={() => on.onSeparate(name)} aria-label={`Separate “${name}” from ${s.speaker}`}>
                  Separate
                </button>
              </li>
            ))}
          </ul>
        )}
      </th>
      <td>{s.turns.toLocaleString('en')}</td>
      <td>{s.words.toLocaleString('en')}</td>
      <td>
        <div className="row-actions">
          {renaming === null && (
            <button type="button" onClick={on.onRenameStart} aria-label={`Rename ${s.speaker}`}>
              Rename
            </button>
          )}
          {others.length > 0 && (
            <>
              <label className="field inline">
                <span className="visually-hidden">Merge {s.speaker} into</span>
                <select value={target} onChange={(e) => setInto(e.target.value)}>
                  <option value="">merge into…</option>
                  {others.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" disabled={!target} onClick={() => on.onMerge(target)} aria-label={target ? `Merge ${s.speaker} into ${target}` : `Merge ${s.speaker}`}>
                Merge
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
