import { useMemo } from 'react';
import { speakersOf } from '../../../shared/transcript/speakers';
import type { TranscriptStructure } from '../../../shared/transcript/structure';

interface Props {
  structure: TranscriptStructure;
  /** The speaker whose turns are shown in full (the others' dimmed), or null for all. */
  speaker: string | null;
  onSpeaker(speaker: string | null): void;
  onReview(): void;
}

/** Above the reader of a transcript: the speaker filter, and the way to the speaker review. */
export function TranscriptBar({ structure, speaker, onSpeaker, onReview }: Props) {
  const speakers = useMemo(() => speakersOf(structure), [structure]);
  const shown = speaker !== null && speakers.includes(speaker) ? speaker : '';
  return (
    <div className="transcript-bar">
      <label className="field inline">
        <span>Speaker</span>
        <select value={shown} onChange={(e) => onSpeaker(e.target.value === '' ? null : e.target.value)}>
          <option value="">all speakers</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <span className="hint">
        {structure.turns.length.toLocaleString('en')} turns{structure.confirmedAt ? '' : ' · not reviewed'}
      </span>
      <button type="button" onClick={onReview}>
        Speakers and turns…
      </button>
    </div>
  );
}
