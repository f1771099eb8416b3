/**
 * The undoable edit of a confirmed REFI-QDA import: everything it brings in (new documents, the
 * codebook as the user settled it, the annotations) as ONE `Edit`, so one undo takes the whole
 * import back. Pure: the app runs the edit through the workspace history.
 */
import type { Edit } from '../edit';
import type { Category } from '../model';
import { plural } from '../plural';
import { fail, ok, type Result } from '../result';
import { codebookChanges, type CodebookPlan, type QdpxPlan } from './plan';

/** What a project import adds, in words: "13 annotations and 2 documents". */
export function describeProjectImport(plan: QdpxPlan): string {
  const parts = [plural(plan.annotations.length, 'annotation')];
  if (plan.addedDocuments.length > 0) parts.push(plural(plan.addedDocuments.length, 'document'));
  return parts.join(' and ');
}

/**
 * The edit of a project import: the new documents, the required categories and the codebook
 * choices (`taken`, as in `codebookChoices`), and the annotations not already in the library.
 * Fails, changing nothing, when the choices cannot be applied (a label another category has).
 */
export function projectImportEdit(fileName: string, plan: QdpxPlan, library: readonly Category[], taken: ReadonlySet<string>): Result<Edit> {
  const codebook = codebookChanges(plan.codebook, library, taken);
  if (codebook.problems.length > 0) return fail(`The codebook choices cannot be applied: ${codebook.problems.join(' ')}`);
  return ok({
    label: `Import of ${describeProjectImport(plan)} from “${fileName}”`,
    annotations: plan.annotations.map((a) => ({ before: null, after: a })),
    categories: codebook.changes,
    documents: plan.addedDocuments.map((d) => ({ before: null, after: d })),
  });
}

/** The edit of a codebook (`.qdc`) import with the user's choices, or why it cannot be made. */
export function codebookImportEdit(fileName: string, plan: CodebookPlan, library: readonly Category[], taken: ReadonlySet<string>): Result<Edit> {
  const codebook = codebookChanges(plan, library, taken);
  if (codebook.problems.length > 0) return fail(`The codebook choices cannot be applied: ${codebook.problems.join(' ')}`);
  const n = codebook.changes.length;
  return ok({ label: `Import of the codebook “${fileName}” (${n.toLocaleString('en')} ${n === 1 ? 'category' : 'categories'} added or changed)`, annotations: [], categories: codebook.changes });
}
