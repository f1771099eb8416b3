import { addExclusion } from '../../../shared/transcript/corrections';
import type { DocumentRecord } from '../../../shared/model';
import type { ReaderHandle } from '../../reader/create-reader';
import { correct } from '../transcripts/corrections-ui';
import type { Workspace } from '../workspace/workspace';
import type { ReadingCommands } from './reading-target';
import { shorten } from './tagging';
import { speechOf, turnFor } from './transcript';

/**
 * The menu's reading commands for one reader: show a range, select the sentence or the turn at
 * the caret, set the selection aside as not speech. From the menu the reader may not have the
 * focus; it takes it, so the selection shows.
 */
export function readerCommands(workspace: Workspace, document: DocumentRecord, reader: () => ReaderHandle | null, openFind: () => void): ReadingCommands {
  return {
    show(range) {
      const r = reader();
      if (!r) return;
      r.scrollTo(range.start);
      r.select(range);
      r.view.focus();
    },
    find: openFind,
    selectSentence() {
      const r = reader();
      r?.view.focus();
      r?.selectSentence(workspace.structure?.turns);
    },
    selectTurn() {
      const r = reader();
      const turn = r && turnFor(workspace.structure, r.selection().start);
      if (!r || !turn) return workspace.say('The caret is not in a speaker’s turn.', 'error');
      r.view.focus();
      r.select(speechOf(document.text, turn));
    },
    excludeSelection() {
      const range = reader()?.selection() ?? { start: 0, end: 0 };
      void correct(
        workspace,
        'Exclude from speech',
        (st, t) => addExclusion(st, t, range.start, range.end, 'other'),
        `“${shorten(document.text.slice(range.start, range.end))}” is set aside as not speech.`,
      );
    },
  };
}
