import { useEffect, useId, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { checkSyncServer, type SyncServer } from '../../../shared/sync/server-url';
import { Dialog } from '../status/Dialog';
import type { Workspace } from '../workspace/workspace';
import { ConflictList } from './ConflictList';
import { useSync } from './sync-context';
import type { SyncEngine } from './sync-engine';

/**
 * Settings → Team sync: the server, the database, the user and password (in the browser twin
 * kept in memory for the session only; in the desktop app by main, with safeStorage), a connection test, the documents shared with the team, and what arrived
 * from whom; conflicts to resolve are listed below.
 */
export function TeamSyncDialog({ engine, workspace, onClose }: { engine: SyncEngine; workspace: Workspace; onClose(): void }) {
  useSync();
  const [server, setServer] = useState<SyncServer>(engine.server ?? { url: '', database: '', user: '' });
  const [password, setPassword] = useState('');
  const [documents, setDocuments] = useState<DocumentRecord[]>([]);
  const [shared, setShared] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const sharedId = useId();

  useEffect(() => {
    let live = true;
    void Promise.all([engine.remembered(), engine.sharedHashes(), workspace.read.documents()]).then(([remembered, hashes, docs]) => {
      if (!live) return;
      if (remembered && !engine.server) setServer(remembered);
      setDocuments([...docs].sort((a, b) => a.title.localeCompare(b.title)));
      setShared(new Set(docs.filter((d) => hashes.has(d.hash)).map((d) => d.id)));
    });
    return () => {
      live = false;
    };
  }, [engine, workspace]);

  const checked = checkSyncServer(server);
  const field = (key: keyof SyncServer) => (e: React.ChangeEvent<HTMLInputElement>) => setServer({ ...server, [key]: e.target.value });

  const test = async () => {
    if (!checked.ok) return setMessage({ text: checked.error, error: true });
    setBusy(true);
    const problem = await engine.test(checked.value, password);
    setBusy(false);
    setMessage(problem ? { text: `The connection failed: ${problem}.`, error: true } : { text: `Connected: ${checked.value.user} can use ${checked.value.database} on ${checked.value.url}.`, error: false });
  };
  const start = async () => {
    if (!checked.ok) return setMessage({ text: checked.error, error: true });
    if (!workspace.localCoder) return setMessage({ text: 'Enter your name first (the Coder button), so that your annotations say who made them.', error: true });
    setBusy(true);
    try {
      await engine.start(checked.value, password, [...shared]);
      setMessage({ text: `Team sync is on with ${checked.value.database}.`, error: false });
    } catch (error) {
      setMessage({ text: `Team sync could not start: ${error instanceof Error ? error.message : String(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  const on = engine.status.state !== 'off';

  return (
    <Dialog
      title="Team sync"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void test()} disabled={busy}>
            Test connection
          </button>
          {on ? (
            <button type="button" onClick={() => void engine.stop()}>
              Stop syncing
            </button>
          ) : (
            <button type="button" onClick={() => void start()} disabled={busy}>
              Start syncing
            </button>
          )}
        </>
      }
    >
      <p className="hint">Share this library’s coding with your team through a CouchDB server. Each of you signs in as yourself; the server keeps every coder’s layer their own.</p>
      <div className="sync-fields">
        <label className="field">
          <span>Server URL</span>
          <input type="url" value={server.url} onChange={field('url')} placeholder="https://couch.example.org" disabled={on} autoComplete="url" />
        </label>
        <label className="field">
          <span>Database</span>
          <input value={server.database} onChange={field('database')} disabled={on} />
        </label>
        <label className="field">
          <span>User</span>
          <input value={server.user} onChange={field('user')} disabled={on} autoComplete="username" />
        </label>
        <label className="field">
          <span>Password</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} disabled={on} autoComplete="current-password" />
        </label>
      </div>
      {server.url !== '' && !checked.ok && <p className="hint">{checked.error}</p>}
      <p className="hint">
        {workspace.platform.syncCredentials
          ? 'The desktop app keeps the password encrypted with your system’s keychain, never in the library.'
          : 'The password is kept for this session only: the browser forgets it when the page closes.'}
      </p>
      <fieldset className="sync-shared" aria-describedby={sharedId} disabled={on}>
        <legend>Shared documents</legend>
        <p id={sharedId} className="hint">
          Your annotations (and the consensus layer) on these documents go to the team; what the team shares arrives here.
        </p>
        {documents.map((d) => (
          <label key={d.id} className="field inline">
            <input
              type="checkbox"
              checked={shared.has(d.id)}
              onChange={(e) => {
                const next = new Set(shared);
                if (e.target.checked) next.add(d.id);
                else next.delete(d.id);
                setShared(next);
              }}
            />
            <span>{d.title}</span>
          </label>
        ))}
      </fieldset>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'sync-error' : 'sync-ok'}>
          {message.text}
        </p>
      )}
      <p role="status" className="sync-now">
        Status: {engine.status.state}
        {engine.status.detail ? ` — ${engine.status.detail}` : ''}
      </p>
      <ConflictList engine={engine} workspace={workspace} />
      <h3>What arrived</h3>
      {engine.log.entries().length === 0 ? (
        <p className="hint">Nothing yet.</p>
      ) : (
        <ul className="sync-log" aria-label="Sync log">
          {engine.log.entries().map((e) => (
            <li key={e.serial}>
              <time dateTime={e.at}>{e.at.slice(11, 19)}</time> <strong>{e.who}</strong>: {e.what}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
