/**
 * The part of PouchDB's API that team sync uses, typed here (the DefinitelyTyped package
 * declares a global `Buffer` that breaks the Node-typed builds of this project), and its loader.
 */

/** A stored document's metadata as PouchDB returns it. */
export interface PouchMeta {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  _deleted?: boolean;
}

/** One result of `bulkDocs`. */
export type BulkResult = { ok: true; id: string; rev: string } | { error: true | string; id: string; status?: number; message?: string; name?: string; reason?: string };

/**
 * What a failed item of `bulkDocs` means. Over HTTP the items are CouchDB's own (`error:
 * "conflict" | "forbidden" | "unauthorized"`, with `reason`), from a local database PouchDB's
 * errors (`status`, `message`): both are read here.
 */
export function bulkFailure(result: BulkResult): { kind: 'conflict' | 'refused' | 'other'; reason: string } | null {
  if ('ok' in result && result.ok) return null;
  const r = result as Extract<BulkResult, { error: true | string }>;
  const reason = r.reason ?? r.message ?? (typeof r.error === 'string' ? r.error : 'unknown error');
  if (r.status === 409 || r.error === 'conflict' || r.name === 'conflict') return { kind: 'conflict', reason };
  if (r.status === 401 || r.status === 403 || r.error === 'forbidden' || r.error === 'unauthorized') return { kind: 'refused', reason };
  return { kind: 'other', reason };
}

/** The team's database, over HTTP (PouchDB's http adapter speaking CouchDB's protocol). */
export interface PouchDatabase {
  info(): Promise<unknown>;
  close(): Promise<void>;
  get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<PouchMeta & Record<string, unknown>>;
  put(doc: { _id: string; _rev?: string } & Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
  allDocs(options: { keys?: string[]; startkey?: string; endkey?: string; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: { id: string; key: string; doc?: (PouchMeta & Record<string, unknown>) | null; error?: string }[] }>;
  bulkDocs(docs: ({ _id: string } & Record<string, unknown>)[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
  getAttachment(id: string, name: string): Promise<Blob | ArrayBuffer>;
}

/** The PouchDB constructor. */
export type PouchConstructor = new (url: string, options?: { auth?: { username: string; password: string }; skip_setup?: boolean }) => PouchDatabase;

/** Loads PouchDB (only its http adapter is used: the library itself is the local replica). */
export async function loadPouch(): Promise<PouchConstructor> {
  const core = await import('pouchdb-browser');
  return core.default as PouchConstructor;
}
