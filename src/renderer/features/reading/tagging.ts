import { tagEdit } from '../../../shared/annotation-edits';
import type { Category } from '../../../shared/model';
import { snapToCodePoint } from '../../../shared/text/offsets';
import type { TextRange } from '../../reader/create-reader';
import { trimSpan } from '../../reader/sentence';
import type { Workspace } from '../workspace/workspace';

/** Shortens a quote for messages and lists: at most `max` characters, with an ellipsis. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = snapToCodePoint(flat, max - 1, -1);
  return `${flat.slice(0, cut)}…`;
}

/**
 * Tags the selection with a category: trims surrounding whitespace, refuses an empty
 * selection or a retired category with a sentence that says why, and runs the undoable edit.
 * Resolves to the new annotation's id, or null when nothing was tagged.
 */
export async function tagSelection(workspace: Workspace, selection: TextRange, category: Category): Promise<string | null> {
  const doc = workspace.document;
  if (!doc) return null;
  if (category.retired) {
    workspace.say(`“${category.label}” is retired; restore it in the codebook to tag with it.`, 'error');
    return null;
  }
  const { start, end } = trimSpan(doc.text, selection.start, selection.end);
  if (start >= end) {
    workspace.say('Nothing was tagged: select some text first (Shift+arrow keys, or the Select sentence command).', 'error');
    return null;
  }
  const safeStart = snapToCodePoint(doc.text, start, -1);
  const safeEnd = snapToCodePoint(doc.text, end, 1);
  const id = crypto.randomUUID();
  const edit = tagEdit(doc, safeStart, safeEnd, category, id, workspace.layer(), workspace.stamp());
  const done = await workspace.run(edit, `Tagged “${shorten(doc.text.slice(safeStart, safeEnd))}” as ${category.label}.`);
  // Instrumentation for `npm run bench` (bench/README.md): the tag's transaction has committed.
  if (done) performance.mark('tag:committed');
  return done ? id : null;
}
