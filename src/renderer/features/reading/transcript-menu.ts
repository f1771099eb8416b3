import type { Category, DocumentRecord } from '../../../shared/model';
import { rejectTurn, removeExclusion } from '../../../shared/transcript/corrections';
import { excludedLength, type TranscriptStructure } from '../../../shared/transcript/structure';
import type { TextRange } from '../../reader/create-reader';
import { correct } from '../transcripts/corrections-ui';
import type { Workspace } from '../workspace/workspace';
import type { MenuEntry } from './PopupMenu';
import type { ReadingCommands } from './reading-target';
import { shorten } from './tagging';
import { turnFor } from './transcript';

/** What the transcript entries of the reader's context menu need. */
export interface TranscriptMenuContext {
  workspace: Workspace;
  document: DocumentRecord;
  structure: TranscriptStructure | null;
  selection: TextRange;
  active: readonly Category[];
  commands: ReadingCommands | null;
  tagTurn(category: Category): void;
  onReviewSpeakers(): void;
}

/**
 * The context menu's entries for transcripts: tag or select the turn at the caret, set the
 * selection aside as not speech (or count it as speech again), say that a label line is not a
 * turn, and open the speaker review.
 */
export function transcriptMenuEntries(c: TranscriptMenuContext): MenuEntry[] {
  const { structure, selection, document } = c;
  const turn = turnFor(structure, selection.start);
  const lineOf = (offset: number) => document.text.lastIndexOf('\n', offset - 1) + 1;
  const onLabelLine = turn !== null && lineOf(selection.start) === lineOf(turn.start);
  const selected = selection.end > selection.start;
  const excluded = structure !== null && selected && excludedLength(structure, selection.start, selection.end) > 0;
  return [
    ...(turn ? c.active.map((cat) => ({ label: `Tag the turn as ${cat.label}`, hint: cat.shortcut ? `Shift+${cat.shortcut.toUpperCase()}` : undefined, onSelect: () => c.tagTurn(cat) })) : []),
    ...(turn ? [{ label: 'Select the turn', hint: 'Alt+T', onSelect: () => c.commands?.selectTurn() }] : []),
    ...(selected ? [{ label: 'Exclude from speech', onSelect: () => c.commands?.excludeSelection() }] : []),
    ...(excluded
      ? [
          {
            label: 'Count as speech again',
            onSelect: () => void correct(c.workspace, 'Count as speech again', (st, t) => removeExclusion(st, t, selection.start, selection.end), 'The selection counts as speech again.'),
          },
        ]
      : []),
    ...(turn && onLabelLine
      ? [{ label: `Not a turn: “${shorten(turn.label, 30)}”`, onSelect: () => void correct(c.workspace, 'Not a turn', (st, t) => rejectTurn(st, t, turn.start), 'The line no longer begins a turn.') }]
      : []),
    ...(structure?.turns.length ? [{ label: 'Speakers and turns…', onSelect: c.onReviewSpeakers }] : []),
  ];
}
