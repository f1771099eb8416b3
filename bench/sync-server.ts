/** The bench's sync server: pouchdb-server on loopback with two coders and the project's rule (bundled by sync-figures.mjs). */
import { designDoc } from '../src/shared/sync/validate-doc-update';
import { ADMIN_PASSWORD, basicAuth, startPouchServer, type PouchServer } from '../test/sync/pouchdb-server';

/** Starts the server with users `coder-a` (password `a`) and `coder-b` (`b`), both adjudicators, and installs the rule. */
export async function startBenchServer(): Promise<PouchServer> {
  const server = await startPouchServer({ users: [{ name: 'coder-a', password: 'a', roles: ['adjudicator'] }, { name: 'coder-b', password: 'b', roles: ['adjudicator'] }] });
  const res = await fetch(`${server.url}/${server.database}/${encodeURIComponent(designDoc()._id)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...basicAuth('admin', ADMIN_PASSWORD) }, body: JSON.stringify(designDoc()) });
  if (!res.ok) throw new Error(`installing the design document: ${res.status}`);
  return server;
}

/** Number of documents on the server (cheap: the database's info). */
export async function serverDocuments(server: PouchServer): Promise<number> {
  const res = await fetch(`${server.url}/${server.database}`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  return ((await res.json()) as { doc_count: number }).doc_count;
}

/** Number of annotation documents on the server. */
export async function serverAnnotations(server: PouchServer): Promise<number> {
  const res = await fetch(`${server.url}/${server.database}/_all_docs?startkey=%22urn%3A%22&endkey=%22urn%3A%EF%BF%B0%22`, { headers: basicAuth('admin', ADMIN_PASSWORD) });
  return ((await res.json()) as { rows: unknown[] }).rows.length;
}
