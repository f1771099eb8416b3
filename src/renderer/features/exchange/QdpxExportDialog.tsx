import { useRef, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';
import { exportProject } from './qdpx-exchange';
import { WorkProgress } from './WorkProgress';

interface Props {
  workspace: Workspace;
  /** Every document of the library. */
  documents: DocumentRecord[];
  onDone(): void;
}

type Scope = 'document' | 'library' | 'chosen';

/**
 * Exporting as a REFI-QDA project (`.qdpx`) for QualCoder, ATLAS.ti, MAXQDA or NVivo: the open
 * document, the whole library or chosen documents, with their annotations, coders and memos and
 * the codebook. The project is written in the worker (progress, cancel); the desktop app saves
 * it atomically, the browser as a download.
 */
export function QdpxExportDialog({ workspace, documents, onDone }: Props) {
  const open = workspace.document;
  const [scope, setScope] = useState<Scope>(open ? 'document' : 'library');
  const [chosen, setChosen] = useState<Set<string>>(new Set(open ? [open.id] : []));
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState('');
  const running = useRef<AbortController | null>(null);

  const selected = scope === 'document' && open ? [open] : scope === 'library' ? documents : documents.filter((d) => chosen.has(d.id));
  const name = scope === 'document' && open ? open.title : scope === 'library' ? 'Library' : selected.length === 1 ? selected[0].title : `${selected.length} documents`;

  const run = async () => {
    const controller = new AbortController();
    running.current = controller;
    setWorking(true);
    setProblem('');
    try {
      const said = await exportProject(workspace, selected, name, { signal: controller.signal });
      if (said) workspace.say(said);
      onDone();
    } catch (error) {
      if (controller.signal.aborted) {
        workspace.say('Export as REFI-QDA project cancelled: nothing was written.');
        return onDone();
      }
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      running.current = null;
      setWorking(false);
    }
  };

  return (
    <Dialog
      title="Export as REFI-QDA project"
      onClose={working ? undefined : onDone}
      actions={
        <button type="button" onClick={() => void run()} disabled={working || selected.length === 0}>
          Export {selected.length === 1 ? '1 document' : `${selected.length} documents`}
        </button>
      }
    >
      <p>
        A <code>.qdpx</code> project that QualCoder, ATLAS.ti, MAXQDA and NVivo import: the texts, every placed annotation with its coder and memo
        (positions in Unicode code points), and the codebook. Orphans have no place in the text and are left out.
      </p>
      <fieldset className="choice">
        <legend>Documents</legend>
        {open && (
          <label className="check">
            <input type="radio" name="qdpx-scope" checked={scope === 'document'} onChange={() => setScope('document')} disabled={working} /> the open document (“{open.title}”)
          </label>
        )}
        <label className="check">
          <input type="radio" name="qdpx-scope" checked={scope === 'library'} onChange={() => setScope('library')} disabled={working} /> the whole library ({documents.length})
        </label>
        <label className="check">
          <input type="radio" name="qdpx-scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} disabled={working} /> chosen documents
        </label>
      </fieldset>
      {scope === 'chosen' && (
        <fieldset className="choice document-choice">
          <legend>Documents to export</legend>
          {documents.map((d) => (
            <label key={d.id} className="check">
              <input
                type="checkbox"
                checked={chosen.has(d.id)}
                disabled={working}
                onChange={(e) =>
                  setChosen((c) => {
                    const next = new Set(c);
                    if (e.target.checked) next.add(d.id);
                    else next.delete(d.id);
                    return next;
                  })
                }
              />{' '}
              {d.title}
            </label>
          ))}
        </fieldset>
      )}
      {working && <WorkProgress label="Writing the project" done={0} total={0} onCancel={() => running.current?.abort()} />}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
