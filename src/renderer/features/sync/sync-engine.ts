import { SYNC_LIMITS } from '../../../shared/limits';
import { coderDocId, type SyncDoc } from '../../../shared/sync/couch-docs';
import { checkSyncServer, type SyncServer } from '../../../shared/sync/server-url';
import { DESIGN_DOC_ID, DESIGN_DOC_VERSION, designDoc } from '../../../shared/sync/validate-doc-update';
import type { OutboxEntry } from '../../db/database';
import type { SyncStore } from '../../db/sync-store';
import type { Workspace } from '../workspace/workspace';
import { branchRevision } from './revisions';
import { settleIdentical } from './conflict-resolution';
import { pullBatch, type FeedChange } from './pull';
import { DocumentCache, pushItems } from './push';
import { SyncLog } from './sync-log';
import type { PouchConstructor, PouchDatabase, PouchEmitter, SyncChangeInfo } from './pouch-types';

/** What the indicator shows. */
export type SyncState = 'off' | 'syncing' | 'synced' | 'offline' | 'conflicts' | 'refused';

/** The engine's state for the interface. */
export interface SyncStatus {
  state: SyncState;
  /** The reason in words (refused, offline), or progress ("12 of 40 sent"). */
  detail: string;
  conflicts: number;
}

type Db = PouchDatabase;

/** The order in which records are pushed: who and what first, then what refers to them. */
const KIND_ORDER = { coder: 0, category: 1, document: 2, annotation: 3 } as const;

/**
 * Team sync: the outbox (filled by the writer) is pushed into a local PouchDB, which replicates
 * live with the team's CouchDB; what the local PouchDB receives is checked and applied through
 * the writer (`Workspace.applyPulled`, outside the undo history). Every step is resumable: the
 * outbox is emptied only after a push is written, the pull checkpoint is saved after the batch
 * is applied, and revisions already applied are skipped, so a page killed mid-sync loses
 * nothing and applies nothing twice. Conflicts are kept (CouchDB keeps every revision) and
 * listed until someone resolves them.
 */
export class SyncEngine {
  status: SyncStatus = { state: 'off', detail: '', conflicts: 0 };
  readonly log = new SyncLog(SYNC_LIMITS.maxLogEntries);
  server: SyncServer | null = null;
  private local: Db | null = null;
  private remote: Db | null = null;
  private replication: PouchEmitter | null = null;
  private readonly listeners = new Set<() => void>();
  private shared = new Set<string>();
  private conflicted = new Set<string>();
  private deferred = new Set<string>();
  private userOfCoder = new Map<string, string>();
  private hashes: Map<string, string> | null = null;
  private running = false;
  private wake: (() => void) | null = null;
  private feed: PouchEmitter | null = null;
  private unsubscribe: (() => void) | null = null;
  private cache: DocumentCache;
  /** Increases with every change of status, log or conflicts. */
  version = 0;

  constructor(
    private readonly workspace: Workspace,
    private readonly store: SyncStore,
    /** Loads PouchDB (only when sync is used: it is not part of the start-up bundle). */
    private readonly loadPouch: () => Promise<PouchConstructor>,
  ) {
    this.cache = new DocumentCache(workspace);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  private set(state: SyncState, detail = ''): void {
    const conflicts = this.conflicted.size;
    const shown: SyncState = state === 'synced' && conflicts > 0 ? 'conflicts' : state;
    this.status = { state: shown, detail: shown === 'conflicts' && !detail ? `${conflicts} conflict${conflicts === 1 ? '' : 's'} to resolve` : detail, conflicts };
    this.notify();
  }

  /** The server settings remembered from the last session (never the password), or null. */
  async remembered(): Promise<SyncServer | null> {
    const json = await this.store.get('server');
    if (!json) return null;
    try {
      const value = JSON.parse(json) as SyncServer;
      return typeof value.url === 'string' && typeof value.database === 'string' && typeof value.user === 'string' ? value : null;
    } catch {
      return null;
    }
  }

  /** Hashes of the documents this library shares with the team. */
  async sharedHashes(): Promise<Set<string>> {
    try {
      const list: unknown = JSON.parse((await this.store.get('shared')) ?? '[]');
      return new Set(Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : []);
    } catch {
      return new Set();
    }
  }

  private pouch: PouchConstructor | null = null;

  private async remoteDb(server: SyncServer, password: string): Promise<Db> {
    this.pouch ??= await this.loadPouch();
    return new this.pouch(`${server.url}/${encodeURIComponent(server.database)}`, { auth: { username: server.user, password }, skip_setup: true });
  }

  /**
   * Asks the server whether these settings work: the database exists and the user may read it.
   * Resolves to null, or to what is wrong in words.
   */
  async test(server: SyncServer, password: string): Promise<string | null> {
    const remote = await this.remoteDb(server, password);
    try {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${SYNC_LIMITS.connectTimeoutMs / 1000} s`)), SYNC_LIMITS.connectTimeoutMs));
      await Promise.race([remote.info(), timeout]);
      return null;
    } catch (error) {
      return serverProblem(error, server);
    } finally {
      void remote.close().catch(() => undefined);
    }
  }

  /**
   * Starts syncing with these settings (remembered, except the password) and these shared
   * documents (their annotations are queued once for the team).
   */
  async start(server: SyncServer, password: string, sharedDocumentIds: string[]): Promise<void> {
    await this.stop();
    this.server = server;
    await this.store.set('server', JSON.stringify(server));
    // The desktop app keeps the password with main (safeStorage); a new server origin opens the
    // CSP's connect-src only for pages loaded after it, so the window reloads and resumes.
    const credentials = this.workspace.platform.syncCredentials;
    const checked = checkSyncServer(server);
    if (credentials && checked.ok) {
      const saved = await credentials.save({ origin: checked.value.origin, user: server.user, password });
      if (!saved.ok) this.log.add('here', `${saved.error}`);
      else if (saved.value) {
        await this.store.set('resume', JSON.stringify(sharedDocumentIds));
        await this.workspace.flush();
        window.location.reload();
        return;
      }
    }
    const previous = await this.sharedHashes();
    const documents = await this.workspace.read.documents();
    const chosen = documents.filter((d) => sharedDocumentIds.includes(d.id));
    this.shared = new Set(chosen.map((d) => d.hash));
    await this.store.set('shared', JSON.stringify([...this.shared]));
    this.conflicted = new Set(JSON.parse((await this.store.get(`conflicts:${server.database}`)) ?? '[]') as string[]);
    this.deferred = new Set(JSON.parse((await this.store.get(`deferred:${server.database}`)) ?? '[]') as string[]);
    this.workspace.setOutbox(true);
    // Newly shared documents: everything of them (and who codes here, and the codebook) goes out once.
    const stamp = crypto.randomUUID();
    const entries: OutboxEntry[] = [];
    for (const d of chosen.filter((x) => !previous.has(x.hash))) {
      entries.push({ key: `document:${d.id}`, kind: 'document', id: d.id, documentId: d.id, stamp });
      for (const a of await this.workspace.read.allAnnotationsOf(d.id)) entries.push({ key: `annotation:${a.id}`, kind: 'annotation', id: a.id, documentId: d.id, stamp });
    }
    for (const c of this.workspace.codebook.list()) entries.push({ key: `category:${c.id}`, kind: 'category', id: c.id, documentId: '', stamp });
    for (const c of this.workspace.coders.list()) if (c.id === this.workspace.localCoder?.id || c.kind === 'consensus') entries.push({ key: `coder:${c.id}`, kind: 'coder', id: c.id, documentId: '', stamp });
    await this.store.enqueue(entries);

    this.remote = await this.remoteDb(server, password);
    this.local = new this.pouch!(`workbench-sync-${server.database}`, { auto_compaction: false, adapter: 'indexeddb' });
    await this.loadCoderUsers();
    await this.installDesign();
    this.running = true;
    this.unsubscribe = this.workspace.history.subscribe(() => this.poke());
    this.feed = this.local.changes({ since: 'now', live: true }).on('change', () => this.poke());
    this.replicate();
    window.addEventListener('online', this.onOnline);
    this.set('syncing', 'Starting…');
    void this.loop();
  }

  private readonly onOnline = () => this.replicate();

  /**
   * At start in the desktop app: resumes syncing with the remembered server when main keeps its
   * password (after the reload that opened the CSP to it, or any later start).
   */
  async resume(): Promise<void> {
    const credentials = this.workspace.platform.syncCredentials;
    const server = await this.remembered();
    const checked = server ? checkSyncServer(server) : null;
    if (!credentials || !server || !checked?.ok) return;
    const password = await credentials.load(checked.value.origin, server.user);
    if (!password.ok || password.value === null) return;
    // The documents chosen before the reload, else those shared before.
    const chosen: unknown = JSON.parse((await this.store.get('resume')) || 'null');
    const hashes = await this.sharedHashes();
    const ids = Array.isArray(chosen) ? chosen.filter((id): id is string => typeof id === 'string') : (await this.workspace.read.documents()).filter((d) => hashes.has(d.hash)).map((d) => d.id);
    await this.store.set('resume', '');
    await this.start(server, password.value, ids);
  }

  /**
   * At start: once a server is configured, the outbox fills with every edit whether or not
   * syncing runs (the browser twin asks for the password again after a reload), so work done
   * meanwhile goes out when syncing starts again.
   */
  async prepare(): Promise<void> {
    if (await this.remembered()) this.workspace.setOutbox(true);
  }

  /** Stops syncing; the outbox keeps filling, and what is queued goes out when syncing starts again. */
  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    window.removeEventListener('online', this.onOnline);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.feed?.cancel();
    this.feed = null;
    this.replication?.cancel();
    this.replication = null;
    await this.local?.close().catch(() => undefined);
    await this.remote?.close().catch(() => undefined);
    this.local = null;
    this.remote = null;
    if (this.status.state !== 'off') this.set('off');
  }

  private poke(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private async loadCoderUsers(): Promise<void> {
    const rows = await this.local!.allDocs({ startkey: 'coder:', endkey: 'coder:\uffff', include_docs: true });
    for (const row of rows.rows) {
      const doc = row.doc as unknown as { coder?: { id?: string }; couchUser?: string } | undefined;
      if (doc?.coder?.id && typeof doc.couchUser === 'string') this.userOfCoder.set(doc.coder.id, doc.couchUser);
    }
  }

  /** Installs or updates the project's design document when this user may (a database admin); others are told in the log. */
  private async installDesign(): Promise<void> {
    try {
      const current = (await this.remote!.get(DESIGN_DOC_ID).catch(() => null)) as { _rev?: string; version?: number } | null;
      if (current && (current.version ?? 0) >= DESIGN_DOC_VERSION) return;
      await this.remote!.put({ ...designDoc(), ...(current?._rev ? { _rev: current._rev } : {}) });
      this.log.add('server', 'Installed the project’s rule of who may write what (validate_doc_update).');
    } catch {
      this.log.add('server', 'The project’s rule of who may write what is not installed, and only a database admin can install it (see the README, “Team sync”).');
    }
  }

  private replicate(): void {
    if (!this.local || !this.remote) return;
    this.replication?.cancel();
    const replication = this.local.sync(this.remote, {
      live: true,
      retry: true,
      batch_size: SYNC_LIMITS.replicationBatch,
      back_off_function: (delay: number) => (delay === 0 ? 500 : Math.min(delay * 2, 5_000)),
    });
    replication
      .on('active', () => this.set('syncing', 'Exchanging changes with the server…'))
      .on('paused', (error?: unknown) => {
        if (error) this.set('offline', `The server cannot be reached (${serverProblem(error, this.server!)}); changes wait here and go out when it can.`);
        else if (this.status.state !== 'refused') this.set('synced');
      })
      .on('change', (info: SyncChangeInfo) => {
        if (info.direction === 'pull' && info.change.docs_written) this.poke();
      })
      .on('denied', (error: unknown) => {
        const { id, reason } = deniedOf(error);
        this.log.add('server', `The server refused ${id}: ${reason}`);
        this.set('refused', reason);
      })
      .on('error', (error: unknown) => this.set('refused', serverProblem(error, this.server!)));
    this.replication = replication;
  }

  /** Pushes and pulls until stopped; waits for a change in between. */
  private async loop(): Promise<void> {
    while (this.running) {
      try {
        const pushed = await this.pushOnce();
        const pulled = await this.pullOnce();
        if (pushed || pulled) continue;
      } catch (error) {
        this.log.add('here', `Sync stopped for a moment: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, 2_000);
      });
    }
  }

  /** Pushes one batch of the outbox into the local PouchDB; resolves to whether there was one. */
  private async pushOnce(): Promise<boolean> {
    const local = this.local;
    const server = this.server;
    if (!local || !server) return false;
    const entries = (await this.store.outbox(SYNC_LIMITS.batchSize)).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    if (entries.length === 0) return false;
    const ids = await Promise.all(entries.map(async (e) => (e.kind === 'document' ? `text:${(await this.cache.get(e.id))?.doc.hash ?? ''}` : docIdFor(e))));
    const revs = await this.store.revsOf(ids);
    const items = await pushItems(entries, this.workspace, this.store, this.cache, this.shared, server.user, revs);
    const docs = items.flatMap((i) => (i.doc ? [{ ...i.doc, ...(i.doc._rev || !revs.get(i.doc._id) ? {} : { _rev: revs.get(i.doc._id) }) }] : []));
    const written: { docId: string; rev: string }[] = [];
    if (docs.length) {
      const results = await local.bulkDocs(docs as ({ _id: string } & Record<string, unknown>)[]);
      const branches: (SyncDoc & { _revisions: { start: number; ids: string[] } })[] = [];
      results.forEach((r, i) => {
        if ('ok' in r && r.ok) written.push({ docId: r.id, rev: r.rev });
        else if ('status' in r && r.status === 409) {
          // The record changed here and on the server since this library last held it: keep both as a conflict.
          const doc = docs[i] as SyncDoc;
          branches.push({ ...doc, ...branchRevision(revs.get(doc._id) ?? null) });
        } else this.log.add('here', `Could not queue ${docs[i]._id}: ${'message' in r ? r.message : 'unknown error'}`);
      });
      if (branches.length) {
        await local.bulkDocs(branches.map((d) => ({ ...d, _rev: `${d._revisions.start}-${d._revisions.ids[0]}` })) as unknown as ({ _id: string } & Record<string, unknown>)[], { new_edits: false });
        for (const b of branches) {
          written.push({ docId: b._id, rev: `${b._revisions.start}-${b._revisions.ids[0]}` });
          this.conflicted.add(b._id);
        }
        await this.saveSets();
      }
    }
    await this.store.pushed(entries, written);
    const left = await this.store.outboxSize();
    if (left > 0) this.set('syncing', `${left.toLocaleString('en')} changes still to send`);
    return true;
  }

  /** Applies one page of the local PouchDB's changes; resolves to whether there was one. */
  private async pullOnce(): Promise<boolean> {
    const local = this.local;
    const server = this.server;
    if (!local || !server) return false;
    const key = `seq:${server.database}`;
    const since = (await this.store.get(key)) ?? '0';
    const page = await local.changes({ since: Number.isNaN(Number(since)) ? since : Number(since), include_docs: true, conflicts: true, limit: SYNC_LIMITS.batchSize });
    const retry = this.deferred.size ? await local.allDocs({ keys: [...this.deferred].slice(0, SYNC_LIMITS.batchSize), include_docs: true, conflicts: true }) : null;
    const changes: FeedChange[] = page.results.filter((c) => !c.id.startsWith('_design/')).map((c) => ({ id: c.id, seq: c.seq, doc: c.doc, deleted: c.deleted }));
    const retried = retry ? retry.rows.flatMap((r) => ('doc' in r && r.doc ? [{ id: r.id, seq: 0, doc: r.doc }] : [])) : [];
    if (changes.length === 0 && page.results.length === 0) {
      if (retried.length === 0) return false;
    }
    const all = [...retried, ...changes];
    // The library's texts by hash, read again only when something waits for a text.
    if (!this.hashes || this.deferred.size > 0) this.hashes = new Map((await this.workspace.read.documents()).map((d) => [d.hash, d.id]));
    const pending = await this.store.pendingKeys();
    const result = await pullBatch(all, {
      documentByHash: this.hashes,
      userOfCoder: this.userOfCoder,
      revs: await this.store.revsOf(all.map((c) => c.id)),
      pending,
      readText: async (docId) => {
        try {
          const blob = await local.getAttachment(docId, 'text.txt');
          return blob instanceof Blob ? await blob.text() : null;
        } catch {
          return null;
        }
      },
    });
    await this.workspace.applyPulled(result.batch, result.revisions);
    for (const id of retried.map((r) => r.id)) this.deferred.delete(id);
    for (const id of result.deferred) this.deferred.add(id);
    for (const id of result.conflicted) if (!(await settleIdentical(local, id))) this.conflicted.add(id);
    for (const id of result.resolved) this.conflicted.delete(id);
    await this.saveSets();
    await this.store.set(key, String(page.last_seq));
    for (const r of result.refused) this.log.add('server', `Not applied: ${r.reason}`);
    for (const [editor, n] of result.fromWhom) this.log.add(this.workspace.coders.nameOf(editor), `${n.toLocaleString('en')} annotation${n === 1 ? '' : 's'} arrived`);
    if (result.batch.documents.length) this.log.add('team', `${result.batch.documents.length} shared document${result.batch.documents.length === 1 ? '' : 's'} arrived: ${result.batch.documents.map((d) => d.title).join(', ')}`);
    if (result.conflicted.length || result.resolved.length) this.set(this.status.state === 'conflicts' ? 'synced' : this.status.state, this.status.state === 'conflicts' ? '' : this.status.detail);
    // A deferred-only page does not count as progress (it would spin).
    return page.results.length > 0;
  }

  private async saveSets(): Promise<void> {
    if (!this.server) return;
    await this.store.set(`conflicts:${this.server.database}`, JSON.stringify([...this.conflicted]));
    await this.store.set(`deferred:${this.server.database}`, JSON.stringify([...this.deferred]));
  }

  /** Ids of the documents in conflict. */
  conflicts(): string[] {
    return [...this.conflicted];
  }

  /** The local PouchDB (for the conflict view), or null when sync is off. */
  database(): Db | null {
    return this.local;
  }

  /** Forgets a conflict once resolved here (the change replicates; the pull confirms it). */
  async resolved(docId: string): Promise<void> {
    this.conflicted.delete(docId);
    await this.saveSets();
    this.set(this.status.state === 'conflicts' ? 'synced' : this.status.state, '');
    this.poke();
  }

  /** The coder document id of this machine's coder (for the log). */
  localCoderDoc(): string {
    return coderDocId(this.workspace.localCoder?.id ?? '');
  }
}

function docIdFor(entry: OutboxEntry): string {
  if (entry.kind === 'annotation') return `urn:uuid:${entry.id}`;
  return `${entry.kind}:${entry.id}`;
}

function deniedOf(error: unknown): { id: string; reason: string } {
  const e = (error ?? {}) as { id?: unknown; reason?: unknown; message?: unknown; doc?: { id?: unknown; message?: unknown } };
  const id = typeof e.id === 'string' ? e.id : typeof e.doc?.id === 'string' ? e.doc.id : 'a document';
  const reason = typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message : typeof e.doc?.message === 'string' ? e.doc.message : 'no reason given';
  return { id, reason };
}

/** A server failure in words. */
export function serverProblem(error: unknown, server: SyncServer): string {
  const e = (error ?? {}) as { status?: unknown; message?: unknown; reason?: unknown; name?: unknown };
  if (e.status === 401) return `the server did not accept the user ${server.user} and this password`;
  if (e.status === 403) return `${server.user} may not use the database ${server.database}${typeof e.reason === 'string' ? ` (${e.reason})` : ''}`;
  if (e.status === 404) return `the server has no database ${server.database} (an admin creates it; see the README)`;
  const message = typeof e.message === 'string' ? e.message : typeof e.reason === 'string' ? e.reason : String(error);
  return /fetch|network/i.test(message) ? `no connection to ${server.url}` : message;
}
