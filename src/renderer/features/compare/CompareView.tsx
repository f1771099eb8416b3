import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { adjudicateEdit, decisionFor } from '../../../shared/adjudication/adjudicate';
import { COMPARE_RULE } from '../../../shared/compare/rules';
import type { Adjudication, Annotation, Category, DocumentRecord } from '../../../shared/model';
import type { TextRange } from '../../reader/create-reader';
import { trimSpan } from '../../reader/sentence';
import type { DocumentComparison } from '../../workers/compare-client';
import { TaskCancelled } from '../../workers/task-client';
import { useVirtualWindow } from '../annotations/use-virtual-window';
import { annotationsOfDocuments } from '../exchange/exports';
import type { DocumentSession } from '../workspace/document-session';
import { layerOrder } from '../workspace/layer-view';
import { useCoders, useCompareState } from '../workspace/use-stores';
import type { Workspace } from '../workspace/workspace';
import type { Decision } from './AdjudicationForm';
import { compareDocuments } from './comparisons';
import type { KindFilter } from './compare-state';
import { DifferenceItem, type ListedDifference } from './DifferenceItem';
import { useSessionComparison } from './use-session-comparison';

interface Props {
  workspace: Workspace;
  document: DocumentRecord;
  session: DocumentSession;
  categories: Category[];
  /** The reader's selection (for a written version). */
  selection(): TextRange;
  /** Shows an annotation of the open document in the reader. */
  onGo(annotation: Annotation): void;
}

const KIND_LABELS: [KindFilter, string][] = [
  ['', 'every difference'],
  ['category', 'different categories'],
  ['boundary', 'different boundaries'],
  ['missing', 'marked by some only'],
  ['open', 'not decided yet'],
  ['decided', 'decided'],
  ['unresolved', 'unresolved'],
];

/**
 * Where coders differ, for the open document or the whole library: every place with different
 * categories, different boundaries or spans only some coders marked (see `COMPARE_RULE`),
 * computed in the comparison worker; each jumps to the text and shows the coders' versions side
 * by side, with the adjudication that writes the consensus layer.
 */
export function CompareView({ workspace, document, session, categories, selection, onGo }: Props) {
  const state = useCompareState(workspace);
  const settings = state.settings;
  const coders = useCoders(workspace);
  const historyVersion = useSyncExternalStore((l) => workspace.history.subscribe(l), () => workspace.history.version);
  const localId = workspace.localCoder?.id ?? null;
  const library = settings.scope === 'library';
  const [documentCoders, setDocumentCoders] = useState(() => [...session.coderCounts().keys()]);
  useEffect(() => session.subscribe(() => setDocumentCoders([...session.coderCounts().keys()])), [session]);
  const available = useMemo(() => layerOrder(library ? coders.map((c) => c.id) : documentCoders, coders, localId), [library, coders, documentCoders, localId]);
  const chosen = useMemo(
    () => (settings.coders ?? available.filter((id) => workspace.coders.get(id)?.kind !== 'consensus')).filter((id) => available.includes(id)),
    [settings.coders, available, workspace],
  );
  const nameOf = useCallback((id: string) => workspace.coders.nameOf(id), [workspace]);
  const laneOf = useCallback((id: string) => Math.max(0, available.indexOf(id)), [available]);
  const byCategory = useMemo(() => new Map(categories.map((c) => [c.id, c])), [categories]);
  const categoryLabel = useCallback((id: string) => byCategory.get(id)?.label ?? id, [byCategory]);

  // This document: the shared session comparison. The library: computed on request, kept in the state.
  const own = useSessionComparison(session, document, chosen, !library);
  const [running, setRunning] = useState<{ done: number; total: number; abort: AbortController } | null>(null);
  const [problem, setProblem] = useState('');
  const key = chosen.join('\u0000');
  const compareLibrary = useCallback(async () => {
    const abort = new AbortController();
    setRunning({ done: 0, total: 0, abort });
    setProblem('');
    try {
      await workspace.flush();
      const documents = await workspace.read.documents();
      const lists = await annotationsOfDocuments(workspace, documents);
      const byDoc = new Map<string, Annotation[]>(documents.map((d) => [d.id, []]));
      for (const a of lists) byDoc.get(a.documentId)?.push(a);
      const results = await compareDocuments(documents.map((d) => ({ document: d, annotations: byDoc.get(d.id) ?? [] })), chosen, {
        signal: abort.signal,
        onProgress: (done, total) => setRunning({ done, total, abort }),
      });
      workspace.compare.keepLibrary({ key, historyVersion: workspace.history.version, results });
    } catch (error) {
      setProblem(error instanceof TaskCancelled ? 'The comparison was cancelled.' : error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(null);
    }
  }, [workspace, chosen, key]);
  useEffect(() => {
    if (library && chosen.length > 1 && state.library?.key !== key && !running) void compareLibrary();
    // Only when the scope or the coders change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [library, key]);
  useEffect(() => () => running?.abort.abort(), [running]);

  const kept = state.library;
  const results = useMemo((): DocumentComparison[] | null => {
    if (library) return kept?.key === key ? kept.results : null;
    return own.state === 'done' ? [{ documentId: document.id, comparison: own.comparison }] : null;
  }, [library, kept, key, own, document.id]);
  const [documents, setDocuments] = useState<Map<string, DocumentRecord>>(new Map([[document.id, document]]));
  const [decisions, setDecisions] = useState<Map<string, Adjudication[]>>(new Map());
  const resultIds = useMemo(() => (results ?? []).map((r) => r.documentId).join(' '), [results]);
  useEffect(() => {
    let live = true;
    const ids = resultIds === '' ? [] : resultIds.split(' ');
    void Promise.all(ids.map(async (id) => [id, await workspace.read.adjudicationsOf(id), id === document.id ? document : await workspace.read.document(id)] as const)).then((rows) => {
      if (!live) return;
      setDecisions(new Map(rows.map(([id, list]) => [id, list])));
      setDocuments(new Map(rows.flatMap(([id, , d]) => (d ? [[id, d] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [workspace, resultIds, historyVersion, document]);

  const listed = useMemo((): ListedDifference[] => {
    const out: ListedDifference[] = [];
    for (const r of results ?? []) {
      const d = documents.get(r.documentId);
      if (!d) continue;
      r.comparison.differences.forEach((difference, i) => out.push({ key: `${r.documentId}:${i}:${difference.start}:${difference.end}`, documentId: d.id, documentTitle: d.title, text: d.text, difference }));
    }
    return out;
  }, [results, documents]);
  const decisionOf = useCallback((item: ListedDifference) => decisionFor(item.difference, decisions.get(item.documentId) ?? []), [decisions]);
  const shown = useMemo(
    () =>
      listed.filter((item) => {
        const d = item.difference;
        if (settings.coder && !d.versions.some((v) => v.coderId === settings.coder && v.annotation)) return false;
        switch (settings.kind) {
          case '':
            return true;
          case 'open':
            return decisionOf(item) === null;
          case 'decided':
            return decisionOf(item) !== null;
          case 'unresolved':
            return decisionOf(item)?.decision === 'unresolved';
          default:
            return d.kinds.includes(settings.kind);
        }
      }),
    [listed, settings.coder, settings.kind, decisionOf],
  );

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const scroller = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => shown.map((s) => s.key), [shown]);
  const pinned = useMemo(() => shown.flatMap((s, i) => (expanded.has(s.key) ? [i] : [])), [shown, expanded]);
  const win = useVirtualWindow(keys, scroller, list, pinned);
  const onToggle = useCallback((item: ListedDifference) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(item.key)) next.add(item.key);
      return next;
    });
  }, []);
  const onShow = useCallback(
    (item: ListedDifference) => {
      const first = item.difference.versions.find((v) => v.annotation)?.annotation;
      if (!first) return;
      if (item.documentId === document.id) {
        const a = session.get(first.id);
        if (a) onGo(a);
        return;
      }
      void workspace.open(item.documentId).then(() => workspace.reveal(first.id));
    },
    [workspace, document.id, session, onGo],
  );
  const onDecide = useCallback(
    (item: ListedDifference, decision: Decision) => {
      const d = item.difference;
      let choice = decision.choice;
      if (choice.decision === 'written' && !('start' in choice)) {
        const range = selection();
        const { start, end } = trimSpan(document.text, range.start, range.end);
        if (start >= end) {
          workspace.say('Select the text of the new version in the reader first, then choose Decide.', 'error');
          return;
        }
        choice = { decision: 'written', start, end, categoryId: choice.categoryId };
      }
      const consensus = workspace.consensus();
      const consensusAnnotations = new Map(session.list().filter((a) => a.coderId === consensus.coder.id).map((a) => [a.id, a]));
      const rule = decision.ruleCategoryId ? (byCategory.get(decision.ruleCategoryId) ?? null) : null;
      const edit = adjudicateEdit({
        doc: document,
        place: { start: d.start, end: d.end, versions: d.versions },
        choice,
        reason: decision.reason,
        consensus,
        previous: decisionOf(item),
        consensusAnnotations,
        ruleFor: rule,
        stamp: workspace.stamp(),
        newId: () => crypto.randomUUID(),
        nameOf,
      });
      void workspace.run(edit, `${edit.label.replace('Adjudicate: ', 'Decided: ')}${rule ? `; the reason is now a rule of ${rule.label}` : ''}. The consensus layer has it. Undo with ${workspace.undoKey()}.`);
    },
    [workspace, document, session, selection, byCategory, decisionOf, nameOf],
  );

  const total = (results ?? []).reduce((n, r) => n + r.comparison.differences.length, 0);
  const agreements = (results ?? []).reduce((n, r) => n + r.comparison.agreements, 0);
  const stale = library && state.library?.key === key && state.library.historyVersion !== historyVersion;
  const status =
    chosen.length < 2
      ? 'Choose at least two coders to compare.'
      : running
        ? `Comparing${running.total ? ` (${running.done} of ${running.total} documents)` : ''}…`
        : problem || (!library && own.state === 'failed' ? own.error : '') || (results === null ? 'Comparing…' : `${total.toLocaleString('en')} places differ, ${agreements.toLocaleString('en')} agree${stale ? ' (the library has changed since: compare again)' : ''}.`);

  return (
    <section className="panel compare" aria-label="Compare coders" ref={scroller} tabIndex={-1}>
      <div className="panel-head">
        <h2>Compare coders</h2>
        <button type="button" onClick={() => workspace.compare.show('annotations')}>
          Back to annotations
        </button>
      </div>
      <div className="compare-controls">
        <label className="field inline">
          <span>Where</span>
          <select value={settings.scope} onChange={(e) => workspace.compare.set({ scope: e.target.value as 'document' | 'library' })}>
            <option value="document">this document</option>
            <option value="library">the whole library</option>
          </select>
        </label>
        <label className="field inline">
          <span>Show</span>
          <select aria-label="Show differences" value={settings.kind} onChange={(e) => workspace.compare.set({ kind: e.target.value as KindFilter })}>
            {KIND_LABELS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>Marked by</span>
          <select aria-label="Filter differences by coder" value={settings.coder} onChange={(e) => workspace.compare.set({ coder: e.target.value })}>
            <option value="">any coder</option>
            {chosen.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="compare-coders">
          <legend>Coders compared</legend>
          {available.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(e) => workspace.compare.set({ coders: e.target.checked ? available.filter((c) => c === id || chosen.includes(c)) : chosen.filter((c) => c !== id) })}
              />
              {nameOf(id)}
              {id === localId ? ' (you)' : workspace.coders.get(id)?.kind === 'consensus' ? ' (consensus)' : ''}
            </label>
          ))}
        </fieldset>
        {library && (
          <button type="button" disabled={running !== null || chosen.length < 2} onClick={() => void compareLibrary()}>
            Compare again
          </button>
        )}
        {running && (
          <button type="button" onClick={() => running.abort.abort()}>
            Cancel
          </button>
        )}
      </div>
      <p className="hint" role="status">
        {status}
      </p>
      <details className="rule">
        <summary>How places are compared</summary>
        <p>{COMPARE_RULE}</p>
      </details>
      {shown.length === 0 ? (
        results !== null && chosen.length > 1 && <p className="empty">{total === 0 ? 'The coders agree everywhere they marked something.' : 'No difference matches this filter.'}</p>
      ) : (
        <ol className="annotation-list" aria-label="Places where the coders differ" ref={list} style={{ paddingTop: win.before, paddingBottom: win.after }}>
          {win.rows.map(({ index, gap }) => {
            const item = shown[index];
            return (
              <DifferenceItem
                key={item.key}
                item={item}
                posInSet={index + 1}
                setSize={shown.length}
                gap={gap}
                measureRef={win.measure}
                expanded={expanded.has(item.key)}
                inOpenDocument={item.documentId === document.id}
                showDocument={library}
                decision={decisionOf(item)}
                categories={categories}
                categoryLabel={categoryLabel}
                nameOf={nameOf}
                laneOf={laneOf}
                onToggle={onToggle}
                onShow={onShow}
                onDecide={onDecide}
              />
            );
          })}
        </ol>
      )}
    </section>
  );
}
