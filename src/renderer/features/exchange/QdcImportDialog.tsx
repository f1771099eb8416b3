import { useEffect, useRef, useState } from 'react';
import { plural } from '../../../shared/plural';
import { codebookImportEdit } from '../../../shared/qdpx/apply';
import type { QdcImport } from '../../../shared/qdpx/import';
import { planQdcImport, type CodebookPlan } from '../../../shared/qdpx/plan';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';
import { runQdpxInWorker } from '../../workers/qdpx-client';
import { CodebookChoices, toggleChoice } from './ImportReview';
import { workerFailure } from './qdpx-exchange';
import { NotCarriedList, ProblemList } from './QdpxReport';
import { WorkProgress } from './WorkProgress';

interface Props {
  workspace: Workspace;
  fileName: string;
  bytes: Uint8Array;
  onDone(): void;
}

/**
 * Importing a REFI-QDA codebook (`.qdc`) into the codebook: read in the worker, then every
 * difference with the library's codebook and every new code listed with a choice, as for any
 * codebook import; confirm writes the choices as one undoable step.
 */
export function QdcImportDialog({ workspace, fileName, bytes, onDone }: Props) {
  const [reading, setReading] = useState(true);
  const [review, setReview] = useState<{ imported: QdcImport; plan: CodebookPlan } | null>(null);
  const [taken, setTaken] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);

  const cancel = () => {
    running.current?.abort();
    workspace.say(`Import of “${fileName}” cancelled: nothing was written.`);
    onDone();
  };

  useEffect(() => {
    const controller = new AbortController();
    running.current = controller;
    void runQdpxInWorker('read-qdc', { fileName, bytes }, { signal: controller.signal }).then((outcome) => {
      if (controller.signal.aborted) return;
      running.current = null;
      setReading(false);
      if (!outcome.ok) return setProblem(workerFailure(outcome, `Reading “${fileName}”`));
      if (!outcome.value.ok) {
        workspace.say(outcome.value.error, 'error');
        return onDone();
      }
      const plan = planQdcImport(outcome.value.value, workspace.codebook.list());
      setReview({ imported: outcome.value.value, plan });
      setTaken(new Set(plan.comparison.added.map((c) => c.id)));
    });
    return () => controller.abort();
    // Only on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const confirm = async () => {
    if (!review) return;
    const edit = codebookImportEdit(fileName, review.plan, workspace.codebook.list(), taken);
    if (!edit.ok) return setProblem(edit.error);
    setBusy(true);
    const n = edit.value.categories.length;
    const done = await workspace.run(edit.value, `Codebook “${fileName}” imported: ${n} ${n === 1 ? 'category' : 'categories'} added or changed. Undo with ${workspace.undoKey()}.`);
    setBusy(false);
    if (done) onDone();
  };

  const title = `Import REFI-QDA codebook “${fileName}”`;
  const plan = review?.plan;
  const chosen = plan ? plan.comparison.changed.filter((d) => taken.has(d.id)).length + plan.comparison.added.filter((c) => taken.has(c.id)).length : 0;
  return (
    <Dialog
      title={title}
      onClose={cancel}
      actions={
        review && (
          <button type="button" onClick={() => void confirm()} disabled={busy || chosen === 0}>
            Import {chosen} {chosen === 1 ? 'category' : 'categories'}
          </button>
        )
      }
    >
      {reading && <WorkProgress label="Reading the codebook" done={0} total={0} onCancel={cancel} />}
      {review && plan && (
        <section aria-label="Import report">
          <p>
            {plural(review.imported.categories.length, 'code')}
            {review.imported.origin ? `, written by ${review.imported.origin}` : ''}: {plan.matched.length} already in your codebook ({plan.comparison.changed.length}{' '}
            of them different), {plan.comparison.added.length} new. Nothing is written until you import.
          </p>
          {plan.comparison.changed.length + plan.comparison.added.length === 0 && <p>Your codebook already has every code of this file, as it is.</p>}
          {review.imported.groups.length > 0 && <p>{plural(review.imported.groups.length, 'code group')}: the codebook is flat, so their codes come over as categories and the groups do not.</p>}
          <CodebookChoices
            comparison={plan.comparison}
            taken={taken}
            onChange={(id, take) => {
              setProblem('');
              setTaken((t) => toggleChoice(t, id, take));
            }}
          />
          <NotCarriedList items={review.imported.notCarried} />
          <ProblemList problems={review.imported.problems} />
        </section>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
