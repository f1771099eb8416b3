import { useEffect, useRef, useState } from 'react';
import { plural } from '../../../shared/plural';
import { describeProjectImport, projectImportEdit } from '../../../shared/qdpx/apply';
import type { QdpxImport } from '../../../shared/qdpx/import';
import type { QdpxPlan } from '../../../shared/qdpx/plan';
import type { Reading } from '../../../shared/qdpx/readings';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';
import { runQdpxInWorker, type QdpxWorkerLike } from '../../workers/qdpx-client';
import { CodebookChoices, toggleChoice } from './ImportReview';
import { planAgainstLibrary, workerFailure } from './qdpx-exchange';
import { NotCarriedList, ProblemList, SourceList } from './QdpxReport';
import { WorkProgress } from './WorkProgress';

interface Props {
  workspace: Workspace;
  fileName: string;
  bytes: Uint8Array;
  onDone(): void;
  /** The worker to read in (tests pass a stand-in); the real one by default. */
  createWorker?: () => QdpxWorkerLike;
}

/** What the dialog has: the file as read, and the plan against the library. */
interface Review {
  imported: QdpxImport;
  plan: QdpxPlan;
}

/**
 * Importing a REFI-QDA project: the file is read in the worker (progress, cancel), then the
 * report is shown before anything is written: per source the reading of positions used and how
 * many codings it placed (another reading can be chosen where there were candidates), what
 * cannot be carried over, the documents new to the library and those it has (same text), the
 * codebook differences with a choice each. Confirm writes it all as one undoable step.
 */
export function QdpxImportDialog({ workspace, fileName, bytes, onDone, createWorker }: Props) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>({ done: 0, total: 0 });
  const [review, setReview] = useState<Review | null>(null);
  const [readings, setReadings] = useState<ReadonlyMap<string, Reading>>(new Map());
  const [taken, setTaken] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);
  const done = useRef(false);

  const read = async (chosen: ReadonlyMap<string, Reading>, first: boolean) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setProgress({ done: 0, total: 0 });
    setProblem('');
    const outcome = await runQdpxInWorker(
      'read-qdpx',
      { fileName, bytes, now: new Date().toISOString(), readings: [...chosen] },
      { signal: controller.signal, createWorker, onProgress: (d, t) => running.current === controller && setProgress({ done: d, total: t }) },
    );
    if (running.current !== controller) return;
    running.current = null;
    setProgress(null);
    if (!outcome.ok) {
      if (outcome.reason === 'cancelled' && first) return cancel();
      if (outcome.reason !== 'cancelled') setProblem(workerFailure(outcome, `Reading “${fileName}”`));
      return;
    }
    if (!outcome.value.ok) {
      workspace.say(outcome.value.error, 'error');
      return onDone();
    }
    const imported = outcome.value.value;
    const plan = await planAgainstLibrary(workspace, imported);
    setReadings(chosen);
    setReview({ imported, plan });
    // New categories are offered as additions (on by default); differences keep the library's.
    if (first) setTaken(new Set(plan.codebook.comparison.added.map((c) => c.id)));
  };

  useEffect(() => {
    void read(new Map(), true).catch((error: unknown) => {
      workspace.failed(error, `Reading “${fileName}”`);
      onDone();
    });
    return () => running.current?.abort();
    // Only on opening; later readings are the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const cancel = () => {
    running.current?.abort();
    if (!done.current) workspace.say(`Import of “${fileName}” cancelled: nothing was written.`);
    onDone();
  };

  const confirm = async () => {
    if (!review) return;
    const edit = projectImportEdit(fileName, review.plan, workspace.codebook.list(), taken);
    if (!edit.ok) return setProblem(edit.error);
    setBusy(true);
    const { plan } = review;
    const open = plan.addedDocuments[0]?.id ?? plan.matchedDocuments[0]?.existing.id;
    const ok = await workspace.runImport(edit.value, `Imported ${describeProjectImport(plan)} from “${fileName}”. Undo with ${workspace.undoKey()}.`, open);
    setBusy(false);
    if (!ok) return;
    done.current = true;
    onDone();
  };

  const title = `Import REFI-QDA project “${fileName}”`;
  if (!review) {
    return (
      <Dialog title={title} onClose={cancel}>
        {progress && <WorkProgress label="Reading and placing sources" done={progress.done} total={progress.total} onCancel={cancel} />}
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
      </Dialog>
    );
  }

  const { imported, plan } = review;
  const chosenChanges = plan.codebook.comparison.changed.filter((d) => taken.has(d.id)).length + plan.codebook.comparison.added.filter((c) => taken.has(c.id)).length;
  const nothing = plan.annotations.length + plan.addedDocuments.length + plan.codebook.required.length + chosenChanges === 0;
  return (
    <Dialog
      title={title}
      onClose={cancel}
      actions={
        <button type="button" onClick={() => void confirm()} disabled={busy || progress !== null || nothing}>
          Import {describeProjectImport(plan)}
        </button>
      }
    >
      <section aria-label="Import report">
        <p>
          Project “{imported.projectName || fileName}”{imported.origin ? `, written by ${imported.origin}` : ''}: {plural(imported.sources.length, 'source')},{' '}
          {plural(imported.annotations.length, 'coding')}
          {imported.coders.length > 0 ? ` by ${imported.coders.map((c) => `“${c}”`).join(', ')}` : ''}. Nothing is written until you import.
        </p>
        <ul className="counts" aria-label="What the import adds">
          <li>new documents: {plan.addedDocuments.length > 0 ? plan.addedDocuments.map((d) => `“${d.title}”`).join(', ') : 'none'}</li>
          {plan.matchedDocuments.length > 0 && (
            <li>
              already in the library (same text): {plan.matchedDocuments.map((m) => (m.imported.title === m.existing.title ? `“${m.existing.title}”` : `“${m.imported.title}” is your “${m.existing.title}”`)).join(', ')}
            </li>
          )}
          <li>annotations to add: {plan.annotations.length.toLocaleString('en')}</li>
          {plan.duplicates.length > 0 && <li>already in the library, left as they are: {plan.duplicates.length.toLocaleString('en')}</li>}
          {plan.codebook.required.length > 0 && <li>new categories the codings use: {plan.codebook.required.map((c) => `“${c.label}”`).join(', ')}</li>}
          {imported.groups.length > 0 && <li>code groups: {imported.groups.length} (the codebook is flat: their codes come over as categories, the groups do not)</li>}
        </ul>
        {progress && <WorkProgress label="Reading the sources again" done={progress.done} total={progress.total} onCancel={() => running.current?.abort()} />}
        <SourceList sources={imported.sources} busy={progress !== null || busy} onChoose={(guid, reading) => void read(new Map(readings).set(guid, reading), false)} />
        <NotCarriedList items={imported.notCarried} />
        <CodebookChoices
          comparison={plan.codebook.comparison}
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
        <ProblemList problems={imported.problems} />
      </section>
    </Dialog>
  );
}
