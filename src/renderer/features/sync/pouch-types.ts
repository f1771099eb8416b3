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
export type BulkResult = { ok: true; id: string; rev: string } | { error: true | string; id: string; status?: number; message?: string; name?: string };

/** One change of a changes feed. */
export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: PouchMeta & Record<string, unknown>;
}

/** A live feed or replication that can be stopped. */
export interface PouchEmitter {
  on(event: string, listener: (...args: never[]) => void): this;
  cancel(): void;
}

/** What `sync` emits on `change`. */
export interface SyncChangeInfo {
  direction: 'push' | 'pull';
  change: { docs_read: number; docs_written: number };
}

/** A PouchDB database (local, in IndexedDB; or remote, over HTTP). */
export interface PouchDatabase {
  info(): Promise<unknown>;
  close(): Promise<void>;
  get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<PouchMeta & Record<string, unknown>>;
  put(doc: { _id: string; _rev?: string } & Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
  allDocs(options: { keys?: string[]; startkey?: string; endkey?: string; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: { id: string; key: string; doc?: (PouchMeta & Record<string, unknown>) | null; error?: string }[] }>;
  bulkDocs(docs: ({ _id: string } & Record<string, unknown>)[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
  changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
  changes(options: { since: number | string | 'now'; live: true }): PouchEmitter;
  getAttachment(id: string, name: string): Promise<Blob | ArrayBuffer>;
  sync(remote: PouchDatabase, options: { live: boolean; retry: boolean; batch_size?: number; back_off_function?: (delay: number) => number }): PouchEmitter;
}

/** The PouchDB constructor. */
export type PouchConstructor = new (name: string, options?: { auth?: { username: string; password: string }; skip_setup?: boolean; auto_compaction?: boolean; adapter?: 'indexeddb' | 'idb' }) => PouchDatabase;

/** The constructor with its plugin registry. */
export type PouchStatic = PouchConstructor & { plugin(plugin: unknown): void };

/**
 * Loads PouchDB with the `indexeddb` adapter for the local database (it writes replicated
 * documents several times faster than the default `idb` one).
 */
export async function loadPouch(): Promise<PouchConstructor> {
  const [core, adapter] = await Promise.all([import('pouchdb-browser'), import('pouchdb-adapter-indexeddb')]);
  const PouchDB = core.default as PouchStatic;
  PouchDB.plugin(adapter.default);
  return PouchDB;
}
