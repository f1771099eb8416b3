import { useEffect, useMemo, useRef, useState } from 'react';
import type { AgreementReport } from '../../../shared/agreement/report';
import { KAPPA_WEIGHTS, LEVELS, type KappaWeights, type Level } from '../../../shared/agreement/types';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { agreementOffThread } from '../../workers/agreement-client';
import { packLayer, type AgreementDocument, type AgreementUnits } from '../../workers/agreement-task';
import type { CategoryRef } from '../../../shared/agreement/layers';
import { TaskCancelled } from '../../workers/task-client';
import { annotationsOfDocuments, structuresOfDocuments } from '../exchange/exports';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import { Dialog } from '../status/Dialog';
import { layerOrder } from '../workspace/layer-view';
import type { Workspace } from '../workspace/workspace';
import { AgreementResults } from './AgreementResults';

const UNIT_CHOICES: [AgreementUnits, string][] = [
  ['char', 'characters (unitizing α, no predefined units)'],
  ['sentence', 'sentences'],
  ['paragraph', 'paragraphs'],
  ['turn', 'speaker turns'],
];

/** A document of the chosen scope with its annotations and reviewed transcript structure (when stored). */
interface ScopeDocument {
  document: DocumentRecord;
  annotations: Annotation[];
  structure?: TranscriptStructure;
}

/** The documents of the chosen scope, each with its annotations. */
async function documentsOf(workspace: Workspace, scope: 'document' | 'library'): Promise<ScopeDocument[]> {
  const documents = scope === 'document' && workspace.document ? [workspace.document] : await workspace.read.documents();
  const [all, structures] = await Promise.all([annotationsOfDocuments(workspace, documents), structuresOfDocuments(workspace, documents)]);
  const byDoc = new Map<string, Annotation[]>(documents.map((d) => [d.id, []]));
  for (const a of all) byDoc.get(a.documentId)?.push(a);
  return documents.map((d) => ({ document: d, annotations: byDoc.get(d.id) ?? [], structure: structures.get(d.id) }));
}

/** The categories of the request: the codebook, then, by id, those only the annotations name (labelled by their id). */
function categoriesOf(workspace: Workspace, docs: { annotations: Annotation[] }[]): CategoryRef[] {
  const codebook = workspace.codebook.list().map((c) => ({ id: c.id, label: c.label, order: c.order }));
  const known = new Set(codebook.map((c) => c.id));
  const unknown = new Set<string>();
  for (const d of docs) for (const a of d.annotations) if (!known.has(a.categoryId)) unknown.add(a.categoryId);
  const after = codebook.reduce((m, c) => Math.max(m, c.order + 1), 0);
  return [...codebook, ...[...unknown].sort().map((id, i) => ({ id, label: id, order: after + i }))];
}

/** The documents for the worker: per document, each chosen coder's placed annotations, packed. */
function layersOf(docs: ScopeDocument[], coderIds: readonly string[], nameOf: (id: string) => string, categoryIds: readonly string[]): AgreementDocument[] {
  return docs.map(({ document, annotations, structure }) => {
    const byCoder = new Map<string, Annotation[]>(coderIds.map((id) => [id, []]));
    for (const a of annotations) if (a.status === 'placed' && a.end > a.start) byCoder.get(a.coderId)?.push(a);
    return { text: document.text, layers: coderIds.map((id) => packLayer(id, nameOf(id), byCoder.get(id) ?? [], categoryIds)), ...(structure ? { structure } : {}) };
  });
}

type Run =
  | { state: 'idle' }
  | { state: 'running'; started: number; abort: AbortController }
  /** `interval`: the bootstrap interval of alpha on units is still being computed (shown when ready). */
  | { state: 'done'; report: AgreementReport; scope: string; interval: 'computing' | 'done' | 'failed' }
  | { state: 'failed'; error: string };

/**
 * The agreement panel: for the open document or the whole library, on units (sentences,
 * paragraphs, speaker turns) or on characters (unitizing alpha), at a level, for the chosen
 * coders; computed in the agreement worker with progress and cancel, shown with its basis and
 * the rules behind each figure.
 */
export function AgreementDialog({ workspace, onClose }: { workspace: Workspace; onClose(): void }) {
  const [scope, setScope] = useState<'document' | 'library'>(workspace.document ? 'document' : 'library');
  const [units, setUnits] = useState<AgreementUnits>('char');
  const [level, setLevel] = useState<Level>('nominal');
  const [weights, setWeights] = useState<KappaWeights>('none');
  const [docs, setDocs] = useState<ScopeDocument[] | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    setDocs(null);
    void workspace.flush().then(() => documentsOf(workspace, scope)).then((d) => live && setDocs(d));
    return () => {
      live = false;
    };
  }, [workspace, scope]);
  useEffect(() => () => abortRef.current?.abort(), []);
  useEffect(() => {
    if (run.state !== 'running') return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [run.state]);

  const present = useMemo(() => {
    const counts = new Map<string, number>();
    for (const d of docs ?? []) for (const a of d.annotations) counts.set(a.coderId, (counts.get(a.coderId) ?? 0) + 1);
    return { ids: layerOrder(counts.keys(), workspace.coders.list(), workspace.localCoder?.id ?? null), counts };
  }, [docs, workspace]);
  const coders = (chosen ?? present.ids.filter((id) => workspace.coders.get(id)?.kind !== 'consensus')).filter((id) => present.ids.includes(id));

  const compute = async () => {
    if (!docs) return;
    const abort = new AbortController();
    abortRef.current = abort;
    setRun({ state: 'running', started: Date.now(), abort });
    const label = scope === 'document' ? `“${docs[0]?.document.title ?? ''}”` : `the library (${docs.length} documents, joined)`;
    try {
      const categories = categoriesOf(workspace, docs);
      const ids = categories.map((c) => c.id);
      const request = () => ({ documents: layersOf(docs, coders, (id) => workspace.coders.nameOf(id), ids), categories, units, level, weights });
      // The figures first; then, on units, the bootstrap interval (the slow part) in a second run.
      const result = await agreementOffThread({ ...request(), bootstrap: false }, { signal: abort.signal });
      if (!result.ok) {
        setRun({ state: 'failed', error: result.error });
        return;
      }
      const first = result.value;
      setRun({ state: 'done', report: first, scope: label, interval: first.units ? 'computing' : 'done' });
      if (!first.units) return;
      const withInterval = await agreementOffThread({ ...request(), bootstrap: true, unitsOnly: true }, { signal: abort.signal });
      const interval = withInterval.ok ? withInterval.value.units?.interval ?? null : null;
      setRun({ state: 'done', report: { ...first, units: { ...first.units, interval } }, scope: label, interval: interval ? 'done' : 'failed' });
    } catch (error) {
      setRun((r) =>
        r.state === 'done'
          ? { ...r, interval: 'failed' }
          : error instanceof TaskCancelled
            ? { state: 'idle' }
            : { state: 'failed', error: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      abortRef.current = null;
    }
  };

  return (
    <Dialog title="Inter-coder agreement" onClose={onClose}>
      <form
        className="agreement-form"
        onSubmit={(e) => {
          e.preventDefault();
          void compute();
        }}
      >
        <label className="field">
          <span>Where</span>
          <select value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'library')}>
            {workspace.document && <option value="document">this document (“{workspace.document.title}”)</option>}
            <option value="library">the whole library</option>
          </select>
        </label>
        <label className="field">
          <span>Units</span>
          <select value={units} onChange={(e) => setUnits(e.target.value as AgreementUnits)}>
            {UNIT_CHOICES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Level</span>
          <select value={level} disabled={units === 'char'} onChange={(e) => setLevel(e.target.value as Level)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Cohen's κ weights</span>
          <select value={weights} disabled={units === 'char'} onChange={(e) => setWeights(e.target.value as KappaWeights)}>
            {KAPPA_WEIGHTS.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="compare-coders">
          <legend>Coders</legend>
          {docs === null ? (
            <span className="hint">Reading the annotations…</span>
          ) : present.ids.length === 0 ? (
            <span className="hint">No annotations here yet.</span>
          ) : (
            present.ids.map((id) => (
              <label key={id}>
                <input type="checkbox" checked={coders.includes(id)} onChange={(e) => setChosen(e.target.checked ? present.ids.filter((c) => c === id || coders.includes(c)) : coders.filter((c) => c !== id))} />
                {workspace.coders.nameOf(id)} ({present.counts.get(id)?.toLocaleString('en')})
              </label>
            ))
          )}
        </fieldset>
        <div className="annotation-actions">
          <button type="submit" disabled={docs === null || run.state === 'running' || (run.state === 'done' && run.interval === 'computing') || coders.length === 0}>
            Compute
          </button>
          {(run.state === 'running' || (run.state === 'done' && run.interval === 'computing')) && (
            <button type="button" onClick={() => abortRef.current?.abort()}>
              Cancel
            </button>
          )}
        </div>
      </form>
      <div role="status" className="hint">
        {run.state === 'running' && (
          <>
            <progress aria-label="Computing agreement" /> Computing in the background… {Math.max(0, Math.round((now - run.started) / 1000))} s
          </>
        )}
        {run.state === 'failed' && <span className="problem">{run.error}</span>}
        {coders.length === 1 && run.state !== 'running' && 'With one coder, agreement has no value: choose at least two.'}
      </div>
      {run.state === 'done' && <AgreementResults report={run.report} scope={run.scope} interval={run.interval} />}
    </Dialog>
  );
}
