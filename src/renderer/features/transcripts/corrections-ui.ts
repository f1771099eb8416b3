import { CorrectionError } from '../../../shared/transcript/corrections';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import type { Workspace } from '../workspace/workspace';

/**
 * Runs one correction of the open document's structure as an undoable step: `make` builds the
 * corrected structure from the current one; a correction that cannot be made is said in the
 * status line and changes nothing. Resolves to success.
 */
export async function correct(workspace: Workspace, label: string, make: (current: TranscriptStructure, text: string) => TranscriptStructure, announce: string): Promise<boolean> {
  const structure = workspace.structure;
  const document = workspace.document;
  if (!structure || !document) {
    workspace.say('Open a document first.', 'error');
    return false;
  }
  let next: TranscriptStructure;
  try {
    next = make(structure, document.text);
  } catch (error) {
    if (error instanceof CorrectionError) {
      workspace.say(error.message, 'error');
      return false;
    }
    throw error;
  }
  return workspace.correctStructure(label, next, `${announce} Undo with ${workspace.undoKey()}.`);
}
