/**
 * The page's side of the library search worker: starts it with the library, keeps it up to
 * date, runs one search at a time with progress and cancel. A search that does not stop within
 * `SEARCH_CANCEL_GRACE_MS` of its cancel (a pattern stuck in one long line), or a worker that
 * crashes, ends the worker; a fresh one is started and the library indexed again.
 */
import { SEARCH_CANCEL_GRACE_MS } from '../../shared/limits';
import { SearchEngine } from './search-engine';
import type { IndexedDocument, LibrarySearchRequest, LibrarySearchResult, SearchWorkerReply, SearchWorkerRequest } from './search-protocol';

/** The part of `Worker` used here, so tests can supply a stand-in. */
export interface SearchWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: SearchWorkerRequest): void;
  terminate(): void;
}

/** A stand-in worker running the engine in this thread, a turn later, with the real messages. */
export function inThreadSearchWorker(): SearchWorkerLike {
  let ended = false;
  const worker: SearchWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (!ended) void engine.receive(copy);
      }, 0);
    },
    terminate() {
      ended = true;
    },
  };
  const engine = new SearchEngine((reply) => {
    if (!ended) worker.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) }));
  });
  return worker;
}

/** Starts the search worker (Vite bundles it as a file of its own). */
export function createSearchWorker(): SearchWorkerLike {
  if (typeof Worker === 'undefined') return inThreadSearchWorker();
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'library search' });
}

/** How a search ended: its lines, or why there are none. */
export type SearchOutcome = ({ ok: true } & LibrarySearchResult) | { ok: false; error: string };

/** A search under way. */
export interface RunningSearch {
  result: Promise<SearchOutcome>;
  cancel(): void;
}

/** What the index is doing, for the status of the search view. */
export type IndexState = { kind: 'indexing' } | { kind: 'ready'; documents: number; ms: number };

/** One library search worker and the searches sent to it. */
export class SearchClient {
  private worker: SearchWorkerLike | null = null;
  private serial = 0;
  private pending = new Map<number, { resolve(outcome: SearchOutcome): void; onProgress?: (done: number, total: number, hits: number) => void }>();
  private readonly listeners = new Set<() => void>();
  state: IndexState = { kind: 'indexing' };

  constructor(
    /** The whole library as the worker indexes it (read when the worker starts). */
    private readonly load: () => Promise<IndexedDocument[]>,
    private readonly create: () => SearchWorkerLike = createSearchWorker,
  ) {}

  /** Starts the worker and indexes the library (again, after a restart). */
  start(): void {
    this.stop();
    const worker = this.create();
    this.worker = worker;
    this.setState({ kind: 'indexing' });
    worker.onmessage = (event) => this.onReply(event.data as SearchWorkerReply);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.restart(`the search stopped unexpectedly (${event.message || 'worker error'})`);
    };
    void this.load().then(
      (documents) => {
        if (this.worker === worker) worker.postMessage({ type: 'reset', documents });
      },
      () => this.setState({ kind: 'ready', documents: 0, ms: 0 }),
    );
  }

  /** Ends the worker; searches under way end as cancelled. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [, p] of this.pending) p.resolve({ ok: false, error: 'The search was stopped.' });
    this.pending.clear();
  }

  /** Adds or replaces documents in the index. */
  put(documents: IndexedDocument[]): void {
    if (documents.length) this.worker?.postMessage({ type: 'put', documents });
  }

  remove(ids: string[]): void {
    if (ids.length) this.worker?.postMessage({ type: 'remove', ids });
  }

  /** Runs a search; `onProgress` hears how far a scan got. */
  search(request: Omit<LibrarySearchRequest, 'type' | 'id'>, onProgress?: (done: number, total: number, hits: number) => void): RunningSearch {
    const id = ++this.serial;
    const result = new Promise<SearchOutcome>((resolve) => this.pending.set(id, { resolve, onProgress }));
    if (!this.worker) this.start();
    this.worker!.postMessage({ type: 'search', id, ...request });
    let grace: ReturnType<typeof setTimeout> | undefined;
    void result.then(() => clearTimeout(grace));
    return {
      result,
      cancel: () => {
        if (!this.pending.has(id)) return;
        this.worker?.postMessage({ type: 'cancel', id });
        grace = setTimeout(() => {
          if (this.pending.has(id)) this.restart('the search was cancelled');
        }, SEARCH_CANCEL_GRACE_MS);
      },
    };
  }

  /** Ends a stuck or crashed worker, answers what was pending, starts a fresh one. */
  private restart(why: string): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
    for (const p of pending) p.resolve({ ok: false, error: `The search was stopped: ${why}. The index is being rebuilt.` });
    this.start();
  }

  private onReply(reply: SearchWorkerReply): void {
    switch (reply.type) {
      case 'indexed':
        return this.setState({ kind: 'ready', documents: reply.documents, ms: reply.ms });
      case 'progress':
        return this.pending.get(reply.id)?.onProgress?.(reply.done, reply.total, reply.hits);
      case 'refused': {
        const p = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        return p?.resolve({ ok: false, error: reply.error });
      }
      case 'result': {
        const p = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        const { type: _type, ...result } = reply;
        return p?.resolve({ ok: true, ...result });
      }
    }
  }

  private setState(state: IndexState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }

  /** Hears changes of `state`. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
