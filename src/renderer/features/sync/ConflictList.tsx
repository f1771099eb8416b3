import { useEffect, useState } from 'react';
import { describeConflict } from '../../../shared/sync/conflicts';
import type { Workspace } from '../workspace/workspace';
import { conflictVersions, resolveConflict, type ConflictVersions } from './conflict-resolution';
import type { SyncEngine } from './sync-engine';

/**
 * The conflicts to resolve: for each document two people changed while offline, its versions
 * side by side (what differs, in words) and a button to keep each. Keeping one writes it as the
 * document's next revision and deletes the others, a change that replicates to everyone.
 */
export function ConflictList({ engine, workspace }: { engine: SyncEngine; workspace: Workspace }) {
  const [versions, setVersions] = useState<ConflictVersions[]>([]);
  const [problem, setProblem] = useState('');
  const [unread, setUnread] = useState(0);
  const ids = engine.conflicts().join(' ');
  useEffect(() => {
    const db = engine.database();
    if (!db || ids === '') {
      setVersions([]);
      return;
    }
    let live = true;
    void Promise.all(ids.split(' ').map((id) => conflictVersions(db, id))).then((found) => {
      if (!live) return;
      setVersions(found.filter((v): v is ConflictVersions => v !== null && v.sides.length > 1));
      // The versions are read from the server: when it cannot be reached, say so.
      setUnread(found.filter((v) => v === null).length);
    });
    return () => {
      live = false;
    };
  }, [engine, ids]);
  if (versions.length === 0) {
    return unread > 0 ? (
      <section aria-label="Conflicts to resolve">
        <h3>Conflicts to resolve</h3>
        <p role="status">
          The versions of {unread === 1 ? 'one conflict are' : `${unread} conflicts are`} on the team’s server; they show here when it can be reached.
        </p>
      </section>
    ) : null;
  }
  const label = (id: string) => workspace.codebook.get(id)?.label ?? id;
  const keep = async (docId: string, rev: string) => {
    const db = engine.database();
    if (!db) return;
    try {
      await resolveConflict(db, docId, rev, workspace.localCoder?.id ?? '');
      await engine.resolved(docId);
      setProblem('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section aria-label="Conflicts to resolve">
      <h3>Conflicts to resolve</h3>
      {problem && <p role="alert">{problem}</p>}
      {versions.map((v) => {
        const annotations = v.sides.map((side) => side.annotation);
        const first = annotations.find((a) => a !== null) ?? null;
        const isAnnotation = first !== null || v.docId.startsWith('urn:');
        const quote = first?.exact ?? v.sides[0].summary ?? v.docId;
        const differences = isAnnotation ? describeConflict(annotations, label) : [{ field: 'record', label: v.docId.startsWith('category:') ? 'Category' : 'Record', values: v.sides.map((side) => side.summary) }];
        const places = v.sides.length === 2 ? 'two places' : `${v.sides.length} places`;
        return (
          <div key={v.docId} className="sync-conflict" role="group" aria-label={`Conflict on “${quote.slice(0, 40)}”`}>
            <p>
              “{quote.slice(0, 80)}” was changed in {places} while offline.
            </p>
            <table>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    {v.sides.map((side, i) => (
                      <th scope="col" key={side.rev}>
                        Version {i + 1} (by {workspace.coders.nameOf(side.annotation?.editorId ?? '')})
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {differences.map((d) => (
                    <tr key={d.field}>
                      <th scope="row">{d.label}</th>
                      {d.values.map((value, i) => (
                        <td key={v.sides[i].rev}>{value}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            <div className="dialog-actions">
              {v.sides.map((side, i) => (
                <button type="button" key={side.rev} onClick={() => void keep(v.docId, side.rev)}>
                  Keep version {i + 1}
                </button>
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
