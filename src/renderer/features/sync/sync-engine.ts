import { SYNC_LIMITS } from '../../../shared/limits';
import { coderDocId, type SyncDoc } from '../../../shared/sync/couch-docs';
import { checkSyncServer, type SyncServer } from '../../../shared/sync/server-url';
import { DESIGN_DOC_ID, DESIGN_DOC_VERSION, designDoc } from '../../../shared/sync/validate-doc-update';
import type { OutboxEntry } from '../../db/database';
import type { SyncStore } from '../../db/sync-store';
import type { Workspace } from '../workspace/workspace';
import { settleIdentical, settleRejected } from './conflict-resolution';
import { pullBatch } from './pull';
import { readServerPage, waitForServerChange, type ServerPage } from './pull-client';
import { base64Utf8, DocumentCache, pushItems } from './push';
import { SyncLog } from './sync-log';
import { bulkFailure, type PouchConstructor, type PouchDatabase } from './pouch-types';

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
 * Team sync: the library is this machine's replica of the team's CouchDB, and PouchDB (its http
 * adapter) speaks CouchDB's protocol with the server. The outbox (filled by the writer in the
 * same transaction as every edit) is pushed to the server with the revision the library holds;
 * a record the server changed meanwhile becomes a CouchDB conflict (a branch written with
 * `new_edits: false`), never an overwrite. The server's changes feed is pulled page by page from
 * a checkpoint, checked and applied through the writer (`Workspace.applyPulled`, outside the
 * undo history, with the revisions in the same transaction). Every step is resumable: the outbox
 * is emptied only once the server has written a push, the checkpoint is saved after the page is
 * applied, and revisions already applied are skipped, so a page killed mid-sync loses nothing
 * and applies nothing twice. There is no second local copy of the project: writing every
 * document into a local PouchDB as well cost three times the 10 s budget of an initial sync.
 */
export class SyncEngine {
  status: SyncStatus = { state: 'off', detail: '', conflicts: 0 };
  readonly log = new SyncLog(SYNC_LIMITS.maxLogEntries);
  server: SyncServer | null = null;
  private remote: Db | null = null;
  private readonly listeners = new Set<() => void>();
  private shared = new Set<string>();
  private conflicted = new Set<string>();
  private deferred = new Set<string>();
  private userOfCoder = new Map<string, string>();
  private usersLoaded = false;
  private hashes: Map<string, string> | null = null;
  private running = false;
  private wake: (() => void) | null = null;
  /** Ends the wait for the server's next change (see `watch`). */
  private watching: AbortController | null = null;
  private unsubscribe: (() => void) | null = null;
  private cache: DocumentCache;
  /** Documents in the next page pulled (grows from `firstPullPage` to `maxPullPage`). */
  private pullPage: number = SYNC_LIMITS.firstPullPage;
  /** The next page of the changes feed, being fetched while the current one is applied. */
  private ahead: { since: string; page: Promise<ServerPage> } | null = null;
  /** The `Authorization` header for the pull worker (in memory while syncing, never stored). */
  private authorization = '';
  /** Set when something happened while the loop was busy: it goes round again instead of waiting. */
  private dirty = false;
  /** Records received and applied in this session (for the progress in words). */
  private received = 0;
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

    // The local PouchDB copy an earlier version kept is no longer used: its space is given back.
    if (typeof indexedDB !== 'undefined') indexedDB.deleteDatabase(`_pouch_workbench-sync-${server.database}`);
    this.remote = await this.remoteDb(server, password);
    this.authorization = `Basic ${base64Utf8(`${server.user}:${password}`)}`;
    this.usersLoaded = false;
    this.pullPage = SYNC_LIMITS.firstPullPage;
    this.ahead = null;
    this.received = 0;
    this.running = true;
    this.unsubscribe = this.workspace.history.subscribe(() => this.poke());
    window.addEventListener('online', this.onOnline);
    this.set('syncing', 'Starting…');
    void this.loop();
  }

  private readonly onOnline = () => this.poke();

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
    this.watching?.abort();
    this.watching = null;
    await this.remote?.close().catch(() => undefined);
    this.remote = null;
    this.authorization = '';
    this.ahead = null;
    if (this.status.state !== 'off') this.set('off');
  }

  private poke(): void {
    const w = this.wake;
    this.wake = null;
    if (w) w();
    else this.dirty = true;
  }

  /** Which CouchDB user codes as which coder, from the server's coder documents (pulled ones add to it). */
  private async loadCoderUsers(remote: Db): Promise<void> {
    const rows = await remote.allDocs({ startkey: 'coder:', endkey: 'coder:\uffff', include_docs: true });
    for (const row of rows.rows) {
      const doc = row.doc as unknown as { coder?: { id?: string }; couchUser?: string } | undefined;
      if (doc?.coder?.id && typeof doc.couchUser === 'string') this.userOfCoder.set(doc.coder.id, doc.couchUser);
    }
    this.usersLoaded = true;
  }

  /** Installs or updates the project's design document when this user may (a database admin); others are told in the log. */
  private async installDesign(remote: Db): Promise<void> {
    const current = (await remote.get(DESIGN_DOC_ID).catch((error: unknown) => (isNetworkFailure(error) ? Promise.reject(error) : null))) as { _rev?: string; version?: number } | null;
    if (current && (current.version ?? 0) >= DESIGN_DOC_VERSION) return;
    try {
      await remote.put({ ...designDoc(), ...(current?._rev ? { _rev: current._rev } : {}) });
      this.log.add('server', 'Installed the project’s rule of who may write what (validate_doc_update).');
    } catch (error) {
      if (isNetworkFailure(error)) throw error;
      this.log.add('server', 'The project’s rule of who may write what is not installed, and only a database admin can install it (see the README, “Team sync”).');
    }
  }

  /**
   * Wakes the loop whenever the server's database changes: CouchDB's long poll, one wait after
   * another, each in the pull worker (what the server answers is read there, within a small
   * budget). Ends when sync stops or a wait fails (the loop starts it again).
   */
  private watch(): void {
    const controller = new AbortController();
    this.watching = controller;
    const server = this.server!;
    const base = `${server.url}/${encodeURIComponent(server.database)}`;
    void (async () => {
      // From what the library has pulled: a change after it wakes the loop at once.
      let since = (await this.store.get(`seq:${server.database}`)) ?? 'now';
      while (this.running && this.watching === controller) {
        try {
          const next = await waitForServerChange({ base, authorization: this.authorization, since, knownHashes: [] }, controller.signal);
          since = next.lastSeq || since;
          if (next.changed) this.poke();
        } catch {
          if (this.watching === controller) this.watching = null;
          return;
        }
      }
    })();
  }

  /**
   * Pushes and pulls until stopped; waits for a change in between. A failure to reach the
   * server shows as offline and is tried again after 0.5, 1, 2 … `retryMaxMs` seconds (at once
   * when the machine is back online); a refusal of these credentials shows as refused.
   */
  private async loop(): Promise<void> {
    let delay = 0;
    let designChecked = false;
    while (this.running) {
      const remote = this.remote;
      if (!remote) break;
      try {
        if (!designChecked) {
          await this.installDesign(remote);
          designChecked = true;
        }
        if (!this.usersLoaded) await this.loadCoderUsers(remote);
        if (!this.watching) this.watch();
        // The outbox goes out first, whole (its own changes would otherwise come back page by page in between).
        const pushed = await this.pushOnce(remote);
        const pulled = pushed ? false : await this.pullOnce(remote);
        if (this.status.state === 'offline' || this.status.state === 'syncing') this.set(pushed || pulled ? 'syncing' : 'synced', pushed || pulled ? this.status.detail : '');
        delay = 0;
        if (pushed || pulled) continue;
      } catch (error) {
        if (!this.running) break;
        const problem = serverProblem(error, this.server!);
        if (isNetworkFailure(error)) this.set('offline', `The server cannot be reached (${problem}); changes wait here and go out when it can.`);
        else if (isAuthFailure(error)) this.set('refused', problem);
        else this.log.add('here', `Sync stopped for a moment: ${problem}`);
        this.watching?.abort();
        this.watching = null;
        delay = Math.min(delay ? delay * 2 : 500, SYNC_LIMITS.retryMaxMs);
      }
      if (!this.running) break;
      if (this.dirty && delay === 0) {
        this.dirty = false;
        continue;
      }
      this.dirty = false;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, delay || SYNC_LIMITS.idleCheckMs);
      });
    }
  }

  /** Pushes one batch of the outbox to the server; resolves to whether there was one. */
  private async pushOnce(remote: Db): Promise<boolean> {
    const server = this.server;
    if (!server) return false;
    const entries = (await this.store.outbox(SYNC_LIMITS.batchSize)).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    if (entries.length === 0) return false;
    const ids = await Promise.all(entries.map(async (e) => (e.kind === 'document' ? `text:${(await this.cache.get(e.id))?.doc.hash ?? ''}` : docIdFor(e))));
    const revs = await this.store.revsOf(ids);
    const items = await pushItems(entries, this.workspace, this.store, this.cache, this.shared, server.user, revs);
    const docs = items.flatMap((i) => (i.doc ? [{ ...i.doc, ...(i.doc._rev || !revs.get(i.doc._id) ? {} : { _rev: revs.get(i.doc._id) }) }] : []));
    const written: { docId: string; rev: string }[] = [];
    if (docs.length) {
      // Who, what and which texts in a request before the annotations that refer to them, so that
      // the server's feed has them first and a receiver never waits for them (one request would
      // not say in which order the server writes them).
      const first = docs.filter((d) => !d._id.startsWith('urn:uuid:'));
      const rest = docs.filter((d) => d._id.startsWith('urn:uuid:'));
      const send = async (list: typeof docs) => (list.length ? remote.bulkDocs(list as ({ _id: string } & Record<string, unknown>)[]) : []);
      const results = [...(await send(first)), ...(await send(rest))];
      docs.splice(0, docs.length, ...first, ...rest);
      const rejected: SyncDoc[] = [];
      results.forEach((r, i) => {
        const failure = bulkFailure(r);
        if (!failure && 'rev' in r) written.push({ docId: r.id, rev: r.rev });
        else if (failure?.kind === 'conflict') rejected.push(docs[i] as SyncDoc);
        else if (failure?.kind === 'refused') {
          this.log.add('server', `The server refused ${docs[i]._id}: ${failure.reason}`);
          this.set('refused', failure.reason);
        } else if (failure) this.log.add('here', `Could not send ${docs[i]._id}: ${failure.reason}`);
      });
      if (rejected.length) {
        const settled = await settleRejected(remote, rejected, revs);
        written.push(...settled.written);
        for (const id of settled.conflicted) this.conflicted.add(id);
        for (const id of settled.lost) this.log.add('here', `${id} was changed on the server since this library held it; its deletion here is not sent, the server’s version stays.`);
        for (const r of settled.refused) {
          this.log.add('server', `The server refused ${r.id}: ${r.reason}`);
          this.set('refused', r.reason);
        }
        if (settled.conflicted.length) await this.saveSets();
      }
    }
    await this.store.pushed(entries, written);
    const left = await this.store.outboxSize();
    if (this.status.state !== 'refused') this.set('syncing', left > 0 ? `${left.toLocaleString('en')} changes still to send` : 'Exchanging changes with the server…');
    return true;
  }

  /** One page of the server's changes feed after `since` (or the documents `keys`), fetched and checked in the pull worker. */
  private fetchPage(since: string, limit: number, keys?: string[]): Promise<ServerPage> {
    const server = this.server!;
    return readServerPage({ base: `${server.url}/${encodeURIComponent(server.database)}`, authorization: this.authorization, since, limit, keys, knownHashes: [...(this.hashes?.keys() ?? [])] });
  }

  /** Applies one page of the server's changes feed; resolves to whether there was one. */
  private async pullOnce(remote: Db): Promise<boolean> {
    const server = this.server;
    if (!server) return false;
    const key = `seq:${server.database}`;
    const since = (await this.store.get(key)) ?? '0';
    // The library's texts by hash, read again only when something waits for a text.
    if (!this.hashes || this.deferred.size > 0) this.hashes = new Map((await this.workspace.read.documents()).map((d) => [d.hash, d.id]));
    const ahead = this.ahead;
    this.ahead = null;
    const page = ahead?.since === since ? await ahead.page : await this.fetchPage(since, this.pullPage);
    // A full page: the next one is fetched while this one is applied.
    if (page.full) {
      const fetching = this.fetchPage(page.lastSeq, Math.min(this.pullPage * 2, SYNC_LIMITS.maxPullPage));
      fetching.catch(() => undefined);
      this.ahead = { since: page.lastSeq, page: fetching };
    }
    const retried = this.deferred.size ? (await this.fetchPage('', 0, [...this.deferred].slice(0, SYNC_LIMITS.batchSize))).changes : [];
    if (page.changes.length === 0 && retried.length === 0 && page.lastSeq === since) return false;
    const all = [...retried, ...page.changes];
    const pending = await this.store.pendingKeys();
    const result = pullBatch(all, {
      documentByHash: this.hashes,
      userOfCoder: this.userOfCoder,
      revs: await this.store.revsOf(all.map((c) => c.id)),
      pending,
    });
    const { setAside } = await this.workspace.applyPulled(result.batch, result.revisions);
    if (setAside > 0) this.log.add('here', `${setAside.toLocaleString('en')} undo step${setAside === 1 ? ' was' : 's were'} set aside: a teammate changed what ${setAside === 1 ? 'it' : 'they'} touched, and undoing would overwrite their change.`);
    for (const id of retried.map((r) => r.id)) this.deferred.delete(id);
    for (const id of result.deferred) this.deferred.add(id);
    for (const id of result.conflicted) if (!(await settleIdentical(remote, id))) this.conflicted.add(id);
    for (const id of result.resolved) this.conflicted.delete(id);
    await this.saveSets();
    if (page.lastSeq) await this.store.set(key, page.lastSeq);
    this.pullPage = Math.min(this.pullPage * 2, SYNC_LIMITS.maxPullPage);
    this.received += result.revisions.length;
    for (const r of result.refused) this.log.add('server', `Not applied: ${r.reason}`);
    for (const [editor, n] of result.fromWhom) this.log.add(this.workspace.coders.nameOf(editor), `${n.toLocaleString('en')} annotation${n === 1 ? '' : 's'} arrived`);
    if (result.batch.documents.length) this.log.add('team', `${result.batch.documents.length} shared document${result.batch.documents.length === 1 ? '' : 's'} arrived: ${result.batch.documents.map((d) => d.title).join(', ')}`);
    if (page.changes.length > 0 && this.status.state !== 'refused') {
      const more = page.pending !== null && page.pending > 0 ? `, ${page.pending.toLocaleString('en')} more on the server` : '';
      this.set('syncing', `${this.received.toLocaleString('en')} changes received${more}`);
    } else if (result.conflicted.length || result.resolved.length) this.set(this.status.state === 'conflicts' ? 'synced' : this.status.state, this.status.state === 'conflicts' ? '' : this.status.detail);
    // A deferred-only page does not count as progress (it would spin).
    return page.changes.length > 0 || page.lastSeq !== since;
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

  /** The team's database (for the conflict view: the versions are read from the server), or null when sync is off. */
  database(): Db | null {
    return this.remote;
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

/** Whether a failure is the server not being reachable (offline, refused connection, no answer). */
function isNetworkFailure(error: unknown): boolean {
  const e = (error ?? {}) as { status?: unknown; message?: unknown; name?: unknown };
  if (typeof e.status === 'number' && e.status >= 400) return false;
  return e.name === 'TypeError' || /fetch|network|connection|timed? ?out/i.test(typeof e.message === 'string' ? e.message : String(error));
}

/** Whether the server refused these credentials or this user's access to the database. */
function isAuthFailure(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 401 || status === 403;
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
