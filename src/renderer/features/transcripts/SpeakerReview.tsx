import { useMemo, useState } from 'react';
import { addExclusion, chooseConvention, confirm, detectConventionAgain, mergeSpeakers, rejectTurn, removeExclusion, renameSpeaker, restoreTurn, separateName } from '../../../shared/transcript/corrections';
import { detectTurns } from '../../../shared/transcript/detect';
import { CONVENTIONS, type ConventionId } from '../../../shared/transcript/labels';
import { speakerSummaries, suggestAliases } from '../../../shared/transcript/speakers';
import { preamble, resolveSpeaker, speakerOfTurn } from '../../../shared/transcript/structure';
import { shorten } from '../reading/tagging';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';
import { correct } from './corrections-ui';
import { SpeakerRow } from './SpeakerRow';
import { useStructure } from './use-structure';

interface Props {
  workspace: Workspace;
  onClose(): void;
}

const EXCLUSION_KINDS = { chrome: 'page chrome', stage: 'stage note', header: 'header', other: 'not speech' } as const;

/**
 * The speaker review of the open document: the convention the turns follow (or another), the
 * speakers with their turns and words, merges the names suggest ("Aide to the President Yury
 * Ushakov" is "Yury Ushakov"), renames, separations, and the regions that are not speech (the
 * page chrome before the first turn offered as one). Every change is an undoable step of its
 * own, shown in the reader at once; "Confirm" records that the structure was reviewed.
 */
export function SpeakerReview({ workspace, onClose }: Props) {
  const structure = useStructure(workspace);
  const document = workspace.document;
  const text = document?.text ?? '';
  const counts = useMemo(() => detectTurns(text).counts, [text]);
  const summaries = useMemo(() => (structure ? speakerSummaries(structure, text) : []), [structure, text]);
  const suggestions = useMemo(() => (structure ? suggestAliases(structure) : []), [structure]);
  const [renaming, setRenaming] = useState<{ speaker: string; name: string } | null>(null);
  if (!structure || !document) return null;
  const chrome = preamble(structure);
  const chromeExcluded = chrome !== null && structure.exclusions.some((e) => e.start <= chrome.start && e.end >= chrome.end);
  const speakers = summaries.map((s) => s.speaker);
  const conventionValue = structure.chosenConvention === undefined ? 'auto' : (structure.chosenConvention ?? 'none');

  const onConvention = (value: string) => {
    if (value === 'auto') void correct(workspace, 'Detect the convention again', (s, t) => detectConventionAgain(s, t), 'The turns were detected again.');
    else {
      const convention = value === 'none' ? null : (value as ConventionId);
      void correct(workspace, 'Choose the speaker convention', (s, t) => chooseConvention(s, t, convention), convention ? 'The turns were found again with the chosen convention.' : 'This document now has no turns.');
    }
  };

  return (
    <Dialog
      title={`Speakers and turns of “${document.title}”`}
      onClose={onClose}
      actions={
        <button
          type="button"
          onClick={() => void correct(workspace, 'Confirm the speakers', (s) => confirm(s, new Date().toISOString()), 'The speakers and turns are confirmed.').then((done) => done && onClose())}
        >
          {structure.confirmedAt ? 'Confirmed — close' : 'Confirm speakers'}
        </button>
      }
    >
      <div className="speaker-review">
        <p>
          {structure.turns.length === 0
            ? 'No speaker turns were found in this text.'
            : `${structure.turns.length.toLocaleString('en')} turns by ${summaries.length} speaker${summaries.length === 1 ? '' : 's'}.`}{' '}
          {structure.confirmedAt ? `Confirmed ${new Date(structure.confirmedAt).toLocaleString()}.` : 'Not yet confirmed.'} Every change here can be undone with {workspace.undoKey()}.
        </p>
        <label className="field">
          <span>How speakers are marked</span>
          <select value={conventionValue} onChange={(e) => onConvention(e.target.value)}>
            <option value="auto">detect automatically{structure.chosenConvention === undefined && structure.convention ? ` (${CONVENTIONS.find((c) => c.id === structure.convention)?.description})` : ''}</option>
            {CONVENTIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.description} — {counts[c.id]} line{counts[c.id] === 1 ? '' : 's'}, e.g. {c.example}
              </option>
            ))}
            <option value="none">no turns: not a transcript</option>
          </select>
        </label>

        {suggestions.length > 0 && (
          <>
            <h3>Suggested merges</h3>
            <ul className="review-list" aria-label="Suggested merges">
              {suggestions.map((s) => (
                <li key={s.name}>
                  <span>
                    “{s.name}” looks like a longer form of “{s.speaker}”.
                  </span>
                  <button
                    type="button"
                    onClick={() => void correct(workspace, 'Merge speakers', (st) => mergeSpeakers(st, [s.name], s.speaker), `“${s.name}” is now counted as “${s.speaker}”.`)}
                  >
                    Merge into “{s.speaker}”
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}

        {summaries.length > 0 && (
          <table className="speaker-table">
            <caption>Speakers</caption>
            <thead>
              <tr>
                <th scope="col">Speaker</th>
                <th scope="col">Turns</th>
                <th scope="col">Words</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((s) => (
                <SpeakerRow
                  key={s.speaker}
                  summary={s}
                  others={speakers.filter((o) => o !== s.speaker)}
                  renaming={renaming?.speaker === s.speaker ? renaming.name : null}
                  onRenameStart={() => setRenaming({ speaker: s.speaker, name: s.speaker })}
                  onRenameChange={(name) => setRenaming({ speaker: s.speaker, name })}
                  onRenameCancel={() => setRenaming(null)}
                  onRename={(name) => {
                    setRenaming(null);
                    if (name.trim() && name.trim() !== s.speaker) void correct(workspace, 'Rename speaker', (st) => renameSpeaker(st, s.speaker, name), `“${s.speaker}” is now “${name.trim()}”.`);
                  }}
                  onMerge={(into) => void correct(workspace, 'Merge speakers', (st) => mergeSpeakers(st, [s.speaker], into), `“${s.speaker}” is now counted as “${into}”.`)}
                  onSeparate={(name) => void correct(workspace, 'Separate a speaker', (st) => separateName(st, name), `“${name}” is counted on its own again.`)}
                  isAlias={(name) => resolveSpeaker(structure, name) !== name}
                  turns={structure.turns.filter((t) => speakerOfTurn(structure, t) === s.speaker)}
                  text={text}
                  onReject={(t) => void correct(workspace, 'Not a turn', (st, tx) => rejectTurn(st, tx, t.start), `“${t.label}” on that line no longer begins a turn.`)}
                />
              ))}
            </tbody>
          </table>
        )}

        <h3>Not speech</h3>
        <p className="hint">
          Regions set aside stay in the text, dimmed in the reader, and are left out of speaker statistics, agreement units and the
          concordance. To set aside more, select it in the reader and choose Edit → Exclude the selection from speech (or the context menu).
        </p>
        {chrome && !chromeExcluded && (
          <p className="review-offer">
            <span>
              Before the first turn: {chrome.end.toLocaleString('en')} characters, “{shorten(text.slice(chrome.start, chrome.end), 70)}”.
            </span>{' '}
            <button
              type="button"
              onClick={() => void correct(workspace, 'Exclude from speech', (st, t) => addExclusion(st, t, chrome.start, chrome.end, 'chrome'), 'The text before the first turn is set aside as page chrome.')}
            >
              Exclude the text before the first turn
            </button>
          </p>
        )}
        {structure.exclusions.length === 0 ? (
          <p className="hint">Nothing is set aside.</p>
        ) : (
          <ul className="review-list" aria-label="Regions that are not speech">
            {structure.exclusions.map((e) => (
              <li key={`${e.start}-${e.end}`}>
                <span>
                  {EXCLUSION_KINDS[e.kind]}: “{shorten(text.slice(e.start, e.end), 60)}”
                </span>
                <button type="button" onClick={() => void correct(workspace, 'Count as speech again', (st, t) => removeExclusion(st, t, e.start, e.end), 'The region counts as speech again.')}>
                  Count as speech
                </button>
              </li>
            ))}
          </ul>
        )}

        {structure.rejected.length > 0 && (
          <>
            <h3>Lines that are not turns</h3>
            <ul className="review-list" aria-label="Lines that are not turns">
              {structure.rejected.map((line) => (
                <li key={line}>
                  <span>“{shorten(text.slice(line, text.indexOf('\n', line) === -1 ? text.length : text.indexOf('\n', line)), 60)}”</span>
                  <button type="button" onClick={() => void correct(workspace, 'Restore a turn', (st, t) => restoreTurn(st, t, line), 'The line begins a turn again.')}>
                    It is a turn
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Dialog>
  );
}
