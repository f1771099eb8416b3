/**
 * Reading a page of the team's server (or waiting for its next change), run in
 * `sync-pull.worker.ts`: what a server sends is untrusted, so its bytes are fetched, measured,
 * parsed and checked here, off the interface
 * thread, within `SYNC_LIMITS` (a page of at most `maxPageBytes`, a text of at most
 * `maxTextChars`). The interface thread receives documents already checked, each with the
 * reason in words when it is refused, and the texts already matched against their hashes.
 */
import { SYNC_LIMITS } from '../../shared/limits';
import { fail, ok, type Result } from '../../shared/result';
import { TEXT_ATTACHMENT } from '../../shared/sync/couch-docs';
import { readPulledDoc, type PulledDoc } from '../../shared/sync/read-doc';
import { contentHash } from '../../shared/text/hash';

/** What the worker is asked: the changes after `since` (up to `limit`), or the documents `keys`. */
export interface PullPageRequest {
  /** The database's URL (`https://server/database`). */
  base: string;
  /** The `Authorization` header's value. */
  authorization: string;
  since?: string;
  limit?: number;
  keys?: string[];
  /** Hashes of the texts the library has (their attachments are not fetched). */
  knownHashes: string[];
  /** Bytes one answer may have (default `SYNC_LIMITS.maxPageBytes`; the tests use a small one). */
  maxBytes?: number;
  /**
   * Instead of a page: wait (CouchDB's long poll, at most `watchMs`) until something changes
   * after `since` ('now': from this moment); the answer says whether it did and the new checkpoint.
   */
  watchMs?: number;
}

/** One change, checked. */
export interface ReadChange {
  id: string;
  seq: number | string;
  /** The winning revision ('' for a removal the server gives none of). */
  rev: string;
  read: Result<PulledDoc>;
  /** For a text the library does not have: the text, or why it is refused. */
  text?: Result<string>;
}

/** The page, or the server's refusal (its HTTP status and reason). */
export type PullPage = { ok: true; changes: ReadChange[]; lastSeq: string; pending: number | null; /** The server had at least as many changes as asked for (more are likely). */ full: boolean } | { ok: false; status: number; reason: string };

/** Reads a response's body as text, or null when it is longer than `maxBytes` (reading stops there). */
async function boundedText(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * A request to the configured server only: never followed to another address (a redirect is an
 * error), and without the page's cookies. The worker asks nothing but `base` and what is under it.
 */
async function request(url: string, authorization: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, redirect: 'error', credentials: 'omit', headers: { Accept: 'application/json', Authorization: authorization, ...(init.headers ?? {}) } });
}

async function refusal(response: Response): Promise<{ ok: false; status: number; reason: string }> {
  const body = await boundedText(response, 64 * 1024).catch(() => null);
  let reason = response.statusText || `HTTP ${response.status}`;
  try {
    const parsed = JSON.parse(body ?? '') as { reason?: unknown; error?: unknown };
    if (typeof parsed.reason === 'string') reason = parsed.reason.slice(0, 500);
    else if (typeof parsed.error === 'string') reason = parsed.error.slice(0, 500);
  } catch {
    // not JSON: the status text says it
  }
  return { ok: false, status: response.status, reason };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface RawChange {
  id?: unknown;
  seq?: unknown;
  deleted?: unknown;
  changes?: { rev?: unknown }[];
  doc?: unknown;
}

function asChanges(json: unknown, keyed: boolean): { rows: RawChange[]; lastSeq: string; pending: number | null } | string {
  if (typeof json !== 'object' || json === null) return 'the server’s answer is not a JSON object';
  const body = json as { results?: unknown; rows?: unknown; last_seq?: unknown; pending?: unknown };
  const list = keyed ? body.rows : body.results;
  if (!Array.isArray(list)) return `the server’s answer has no ${keyed ? 'rows' : 'results'}`;
  const rows: RawChange[] = keyed
    ? (list as { id?: unknown; key?: unknown; value?: { rev?: unknown; deleted?: unknown }; doc?: unknown }[]).map((r) => ({ id: r.id ?? r.key, seq: 0, deleted: r.value?.deleted, changes: [{ rev: r.value?.rev }], doc: r.doc }))
    : (list as RawChange[]);
  const lastSeq = body.last_seq;
  return { rows, lastSeq: typeof lastSeq === 'string' || typeof lastSeq === 'number' ? String(lastSeq) : '', pending: typeof body.pending === 'number' ? body.pending : null };
}

async function readText(base: string, authorization: string, id: string, hash: string): Promise<Result<string>> {
  const response = await request(`${base}/${encodeURIComponent(id)}/${TEXT_ATTACHMENT}`, authorization, { headers: { Accept: '*/*' } });
  if (!response.ok) {
    await response.body?.cancel();
    return fail(`${id} has no ${TEXT_ATTACHMENT} attachment`);
  }
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  const text = await boundedText(response, SYNC_LIMITS.maxTextChars * 3);
  if (text === null || text.length > SYNC_LIMITS.maxTextChars) return fail(`${id}: the text is longer than ${SYNC_LIMITS.maxTextChars.toLocaleString('en')} characters`);
  if (contentHash(text) !== hash) return fail(`${id}: the text does not match its hash`);
  return ok(text);
}

/** Fetches one page (halving it while it is over the budget; a single document over it is refused by id). */
async function fetchPage(req: PullPageRequest, limit: number): Promise<PullPage> {
  const keyed = Boolean(req.keys);
  const query = `include_docs=true&conflicts=true${keyed ? '' : `&style=all_docs&limit=${limit}&since=${encodeURIComponent(req.since ?? '0')}`}`;
  const response = keyed
    ? await request(`${req.base}/_all_docs?${query}`, req.authorization, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ keys: req.keys }) })
    : await request(`${req.base}/_changes?${query}`, req.authorization);
  if (!response.ok) return refusal(response);
  const text = await boundedText(response, req.maxBytes ?? SYNC_LIMITS.maxPageBytes);
  if (text === null) {
    if (!keyed && limit > 1) return fetchPage(req, Math.floor(limit / 2));
    if (keyed && (req.keys?.length ?? 0) > 1) {
      const half = Math.ceil(req.keys!.length / 2);
      const [a, b] = [await fetchPage({ ...req, keys: req.keys!.slice(0, half) }, limit), await fetchPage({ ...req, keys: req.keys!.slice(half) }, limit)];
      if (!a.ok) return a;
      if (!b.ok) return b;
      return { ok: true, changes: [...a.changes, ...b.changes], lastSeq: '', pending: null, full: false };
    }
    return oversized(req);
  }
  const json = parseJson(text);
  if (json === undefined) return { ok: false, status: 502, reason: 'the server’s answer is not JSON' };
  const parsed = asChanges(json, keyed);
  if (typeof parsed === 'string') return { ok: false, status: 502, reason: parsed };
  const known = new Set(req.knownHashes);
  const changes: ReadChange[] = [];
  // Texts are fetched up to the page's byte budget: past it the page ends before the next text
  // (its checkpoint the change before), and the next page begins with it.
  let textBytes = 0;
  let previousSeq: number | string | null = null;
  for (const row of parsed.rows) {
    const id = typeof row.id === 'string' ? row.id : '';
    if (id.startsWith('_design/') || (keyed && !row.doc)) continue;
    const seq = typeof row.seq === 'number' || typeof row.seq === 'string' ? row.seq : 0;
    const raw = row.doc ?? { _id: id, _deleted: true };
    const rev = typeof (raw as { _rev?: unknown })._rev === 'string' ? (raw as { _rev: string })._rev : typeof row.changes?.[0]?.rev === 'string' ? row.changes[0].rev : '';
    // A document's own size matters only when the whole answer could hold one over the limit.
    const read = readPulledDoc(raw, row.doc && text.length > SYNC_LIMITS.maxDocChars ? JSON.stringify(row.doc).length : 0);
    // The W3C copy inside an annotation's document is for people reading the database; the
    // library keeps its own fields, so the copy does not cross to the interface thread.
    if (read.ok && !read.value.deleted && read.value.doc.type === 'annotation') read.value.doc.w3c = {};
    const change: ReadChange = { id, seq, rev, read };
    if (read.ok && !read.value.deleted && read.value.doc.type === 'text' && !known.has(read.value.doc.hash)) {
      const length = read.value.doc._attachments?.[TEXT_ATTACHMENT]?.length ?? 0;
      if (!keyed && textBytes > 0 && previousSeq !== null && textBytes + length > (req.maxBytes ?? SYNC_LIMITS.maxPageBytes)) {
        return { ok: true, changes, lastSeq: String(previousSeq), pending: null, full: true };
      }
      change.text = await readText(req.base, req.authorization, id, read.value.doc.hash);
      textBytes += change.text.ok ? change.text.value.length : 0;
      known.add(read.value.doc.hash);
    }
    changes.push(change);
    previousSeq = seq;
  }
  return { ok: true, changes, lastSeq: parsed.lastSeq, pending: parsed.pending, full: !keyed && parsed.rows.length >= limit };
}

/** The one change after `since` is larger than a page may be: it is skipped with the reason, by its id. */
async function oversized(req: PullPageRequest): Promise<PullPage> {
  const reason = `larger than ${(req.maxBytes ?? SYNC_LIMITS.maxPageBytes).toLocaleString('en')} bytes, the limit for what one answer of the server may bring`;
  if (req.keys) return { ok: true, changes: req.keys.map((id) => ({ id, seq: 0, rev: '', read: fail(`${id} is ${reason}`) })), lastSeq: '', pending: null, full: false };
  const response = await request(`${req.base}/_changes?style=all_docs&limit=1&since=${encodeURIComponent(req.since ?? '0')}`, req.authorization);
  if (!response.ok) return refusal(response);
  const text = await boundedText(response, 64 * 1024);
  const json = text === null ? undefined : parseJson(text);
  const parsed = json === undefined ? 'the server’s answer is not JSON of a sensible size' : asChanges(json, false);
  if (typeof parsed === 'string') return { ok: false, status: 502, reason: parsed };
  const changes: ReadChange[] = parsed.rows.map((row) => {
    const id = typeof row.id === 'string' ? row.id.slice(0, SYNC_LIMITS.maxIdChars) : 'a document';
    return { id, seq: typeof row.seq === 'number' || typeof row.seq === 'string' ? row.seq : 0, rev: '', read: fail(`${id} is ${reason}`) };
  });
  return { ok: true, changes, lastSeq: parsed.lastSeq, pending: parsed.pending, full: true };
}

/** Waits for the next change after `since` (long poll); `full` says whether one came, `lastSeq` where the feed is. */
async function watch(req: PullPageRequest): Promise<PullPage> {
  const since = req.since ?? 'now';
  const quiet: PullPage = { ok: true, changes: [], lastSeq: since, pending: null, full: false };
  // CouchDB answers by itself after `timeout`; a server that does not (pouchdb-server keeps the
  // request open with blank lines) is left a moment later, as if it had answered "nothing".
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), (req.watchMs ?? 0) + 2_000);
  let text: string | null;
  try {
    const response = await request(`${req.base}/_changes?feed=longpoll&limit=1&timeout=${req.watchMs}&since=${encodeURIComponent(since)}`, req.authorization, { signal: abort.signal });
    if (!response.ok) return refusal(response);
    // One change without its document: small, whatever the server would like to send.
    text = await boundedText(response, 64 * 1024);
  } catch (error) {
    if (abort.signal.aborted) return quiet;
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const json = text === null ? undefined : parseJson(text);
  const parsed = json === undefined ? 'the server’s answer to waiting for changes is not JSON of a sensible size' : asChanges(json, false);
  if (typeof parsed === 'string') return { ok: false, status: 502, reason: parsed };
  return { ok: true, changes: [], lastSeq: parsed.lastSeq, pending: null, full: parsed.rows.length > 0 };
}

/** The task: one page of changes (or the documents asked for by id), checked; or waiting for the next change. */
export async function syncPullTask(req: PullPageRequest): Promise<PullPage> {
  if (req.watchMs !== undefined) return watch(req);
  return fetchPage(req, Math.max(1, Math.min(req.limit ?? SYNC_LIMITS.maxPullPage, SYNC_LIMITS.maxPullPage)));
}
