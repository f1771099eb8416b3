import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { plural } from '../../../shared/plural';
import type { ParsedFile } from '../../../shared/w3c/import';
import { describeProblem } from '../../../shared/w3c/import';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';
import { PlacementCancelled } from '../../workers/place-client';
import { documentsByHash, importEdit, planImport, type ImportPlan } from './annotation-import';
import { CodebookChoices, PlacementReview, toggleChoice } from './ImportReview';

interface Props {
  workspace: Workspace;
  fileName: string;
  parsed: ParsedFile;
  documents: DocumentRecord[];
  onDone(): void;
}


/**
 * Importing an annotation file: find its document (by content hash, else the user picks one),
 * show what will happen (placed exactly, moved, fuzzy, orphaned; codebook differences, each the
 * user's choice; problems; updates), and write only after the user confirms, as one undoable
 * step. Afterwards the placements worth checking stay listed, each with a jump to the text.
 */
export function AnnotationImportDialog({ workspace, fileName, parsed, documents, onDone }: Props) {
  const matched = documentsByHash(parsed, documents);
  const [documentId, setDocumentId] = useState(matched[0]?.id ?? workspace.document?.id ?? documents[0]?.id ?? '');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [taken, setTaken] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState(false);
  const [problem, setProblem] = useState('');
  /** While placing: how far it is, and how to stop it. */
  const [placing, setPlacing] = useState<{ done: number; total: number; stop: AbortController } | null>(null);
  const problems = parsed.problems.map(describeProblem);

  const review = async (id: string) => {
    const document = documents.find((d) => d.id === id);
    if (!document) return;
    setBusy(true);
    const stop = new AbortController();
    setPlacing({ done: 0, total: parsed.annotations.length, stop });
    workspace.say(`Placing ${plural(parsed.annotations.length, 'annotation')} on “${document.title}”…`);
    try {
      const next = await planImport(workspace.read, workspace.codebook.list(), parsed, fileName, document, problems, matched.some((d) => d.id === id), {
        signal: stop.signal,
        onProgress: (done, total) => setPlacing((p) => p && { ...p, done, total }),
      });
      setPlan(next);
      setTaken(new Set(next.codebook.added.map((c) => c.id)));
      workspace.say(`Placed ${plural(parsed.annotations.length, 'annotation')} on “${document.title}” for review: nothing is written until you confirm.`);
    } catch (error) {
      if (error instanceof PlacementCancelled) workspace.say(`Placing the annotations of “${fileName}” was stopped: nothing was written.`);
      else workspace.failed(error, 'Reading the annotations');
    } finally {
      setBusy(false);
      setPlacing(null);
    }
  };

  useEffect(() => {
    if (matched.length > 0) void review(matched[0].id);
    // Only on opening: a hash match needs no question.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const close = () => {
    if (!imported) workspace.say(`Import of “${fileName}” cancelled: nothing was written.`);
    onDone();
  };

  const confirm = async () => {
    if (!plan) return;
    const edit = importEdit(plan, workspace.codebook.list(), taken);
    if (!edit.ok) return setProblem(edit.error);
    setBusy(true);
    const c = plan.counts;
    const done = await workspace.runImport(
      edit.value,
      `Imported ${plural(plan.toWrite.length, 'annotation')} from “${fileName}”: ${c.exact} exact, ${c.moved} moved, ${c.fuzzy} fuzzy, ${c.orphan} orphaned. Undo with ${workspace.undoKey()}.`,
      plan.document.id,
    );
    setBusy(false);
    if (!done) return;
    const toReview = plan.items.some((i) => i.kind !== 'exact' && i.effect !== 'unchanged');
    if (toReview) setImported(true);
    else onDone();
  };

  if (documents.length === 0) {
    return (
      <Dialog title="Import annotations" onClose={onDone}>
        <p>The library has no documents. Import the text these annotations belong to first.</p>
      </Dialog>
    );
  }

  if (imported && plan) {
    return (
      <Dialog title={`Imported from “${fileName}”: check the placements`} onClose={onDone}>
        <p>
          {plural(plan.toWrite.length, 'annotation')} imported on “{plan.document.title}”. Approximate placements are marked
          “check placement” in the panel until you confirm or correct them.
        </p>
        <PlacementReview
          items={plan.items}
          text={plan.document.text}
          onShow={(a) => {
            onDone();
            workspace.reveal(a.id);
          }}
        />
      </Dialog>
    );
  }

  const codebookChanges = plan ? plan.codebook.changed.filter((d) => taken.has(d.id)).length + plan.codebook.added.filter((a) => taken.has(a.id)).length : 0;
  const nothing = !plan || plan.toWrite.length + plan.newCategories.length + codebookChanges === 0;
  return (
    <Dialog
      title={`Import annotations from “${fileName}”`}
      onClose={close}
      actions={
        plan && (
          <button type="button" onClick={() => void confirm()} disabled={busy || nothing}>
            Import {plural(plan.toWrite.length, 'annotation')}
          </button>
        )
      }
    >
      <p>
        {plural(parsed.annotations.length, 'annotation')} read ({parsed.format} format)
        {problems.length > 0 ? `, ${problems.length} could not be read` : ''}.
      </p>
      {placing && (
        <div className="progress-line">
          <label>
            Placing annotations: {placing.done.toLocaleString('en')} of {placing.total.toLocaleString('en')}
            <progress max={Math.max(1, placing.total)} value={placing.done} />
          </label>
          <button type="button" onClick={() => placing.stop.abort()}>
            Stop placing
          </button>
        </div>
      )}
      {!plan && !placing && (
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
          {plan.newCategories.length > 0 && <p>New categories the annotations use: {plan.newCategories.map((c) => c.label).join(', ')}.</p>}
          {plan.adjustments.length > 0 && (
            <ul className="notes" aria-label="Adjusted to the import's limits">
              {plan.adjustments.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          )}
          <CodebookChoices
            comparison={plan.codebook}
            taken={taken}
            onChange={(id, take) => {
              setProblem('');
              setTaken((t) => toggleChoice(t, id, take));
            }}
          />
          {problem && (
            <p className="problem" role="alert">
              {problem}
            </p>
          )}
          <PlacementReview items={plan.items} text={plan.document.text} />
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
