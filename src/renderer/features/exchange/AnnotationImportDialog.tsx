import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import type { ParsedFile } from '../../../shared/w3c/import';
import { describeProblem } from '../../../shared/w3c/import';
import { shorten } from '../reading/tagging';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';
import { commitImport, documentsByHash, planImport, type ImportPlan } from './annotation-import';

interface Props {
  workspace: Workspace;
  fileName: string;
  parsed: ParsedFile;
  documents: DocumentRecord[];
  onDone(): void;
}

/**
 * Importing an annotation file: find its document (by content hash, else the user picks one),
 * show what will happen (placed exactly, moved, fuzzy, orphaned; problems; updates), and write
 * only after the user confirms, in one transaction.
 */
export function AnnotationImportDialog({ workspace, fileName, parsed, documents, onDone }: Props) {
  const matched = documentsByHash(parsed, documents);
  const [documentId, setDocumentId] = useState(matched[0]?.id ?? workspace.document?.id ?? documents[0]?.id ?? '');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = parsed.problems.map(describeProblem);

  const review = async (id: string) => {
    const document = documents.find((d) => d.id === id);
    if (!document) return;
    setBusy(true);
    workspace.say(`Placing ${parsed.annotations.length} annotations on “${document.title}”…`);
    // Let the status line paint before the (possibly long) anchoring work.
    await new Promise((r) => setTimeout(r, 0));
    try {
      setPlan(await planImport(workspace.repo, parsed, fileName, document, problems, matched.some((d) => d.id === id)));
    } catch (error) {
      workspace.failed(error, 'Reading the annotations');
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (matched.length > 0) void review(matched[0].id);
    // Only on opening: a hash match needs no question.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const confirm = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      await commitImport(workspace.repo, plan);
      workspace.dirty = true;
      if (workspace.document?.id === plan.document.id) await workspace.reload();
      else await workspace.open(plan.document.id);
      const c = plan.counts;
      workspace.say(
        `Imported ${plan.toWrite.length} annotations from “${fileName}”: ${c.exact} exact, ${c.moved} moved, ${c.fuzzy} fuzzy, ${c.orphan} orphaned.`,
      );
      onDone();
    } catch (error) {
      workspace.failed(error, 'Import of annotations');
      setBusy(false);
    }
  };

  if (documents.length === 0) {
    return (
      <Dialog title="Import annotations" onClose={onDone}>
        <p>The library has no documents. Import the text these annotations belong to first.</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Import annotations from “${fileName}”`}
      onClose={onDone}
      actions={
        plan && (
          <button type="button" onClick={() => void confirm()} disabled={busy || plan.toWrite.length + plan.newCategories.length === 0}>
            Import {plan.toWrite.length} annotation{plan.toWrite.length === 1 ? '' : 's'}
          </button>
        )
      }
    >
      <p>
        {parsed.annotations.length} annotation{parsed.annotations.length === 1 ? '' : 's'} read ({parsed.format} format)
        {problems.length > 0 ? `, ${problems.length} could not be read` : ''}.
      </p>
      {!plan && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void review(documentId);
          }}
        >
          <p>
            {matched.length === 0
              ? 'No document in the library has exactly the text these annotations were made on. Choose the copy to place them on; they will be re-anchored by their quotes.'
              : 'Choose the document to place them on.'}
          </p>
          <label className="field">
            <span>Document</span>
            <select value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            Place annotations
          </button>
        </form>
      )}
      {plan && (
        <section aria-label="Import report">
          <p>
            On “{plan.document.title}”{plan.matchedByHash ? ' (same text)' : ' (re-anchored on a different copy)'}:
          </p>
          {documents.length > 1 && (
            // A hash match is only a guess at the user's intent: they may want an edited copy.
            <button type="button" disabled={busy} onClick={() => setPlan(null)}>
              Place on another document…
            </button>
          )}
          <ul className="counts" aria-label="Placement counts">
            <li>exact: {plan.counts.exact}</li>
            <li>moved: {plan.counts.moved}</li>
            <li>fuzzy: {plan.counts.fuzzy}</li>
            <li>orphaned: {plan.counts.orphan}</li>
          </ul>
          {(plan.updated > 0 || plan.unchanged > 0) && (
            <p>
              {plan.updated} already here in an older version will be updated; {plan.unchanged} already here are left as they are.
            </p>
          )}
          {plan.newCategories.length > 0 && <p>New categories: {plan.newCategories.map((c) => c.label).join(', ')}.</p>}
          {plan.orphans.length > 0 && (
            <>
              <h3>Orphans (kept, shown in the panel to place by hand or delete)</h3>
              <ul className="orphans" aria-label="Orphaned annotations">
                {plan.orphans.map((a) => (
                  <li key={a.id}>“{shorten(a.exact, 80)}”</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {problems.length > 0 && (
        <>
          <h3>Problems (these annotations are not imported)</h3>
          <ul className="problems" aria-label="Problems">
            {problems.slice(0, 200).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
            {problems.length > 200 && <li>… and {problems.length - 200} more.</li>}
          </ul>
        </>
      )}
    </Dialog>
  );
}
