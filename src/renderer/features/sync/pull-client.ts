/**
 * Asking the pull worker for a page of the team's server: each page in a worker of its own
 * (nothing of what a server sent outlives its page), within `SYNC_LIMITS.pullPageMs`. A refusal
 * by the server comes back as an error carrying its HTTP status, so that the engine tells
 * "offline" from "refused".
 */
import { SYNC_LIMITS } from '../../../shared/limits';
import { inProcessWorker } from '../../workers/in-process-worker';
import type { WorkerLike } from '../../workers/run-in-worker';
import { syncPullTask, type PullPageRequest, type ReadChange } from '../../workers/sync-pull-task';
import { runTask } from '../../workers/task-client';

/** Starts a pull worker (where there are no Web Workers, the unit tests' jsdom, the task runs in-process). */
export function createPullWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker(syncPullTask).create();
  return new Worker(new URL('../../workers/sync-pull.worker.ts', import.meta.url), { type: 'module', name: 'team sync pull' });
}

/** A page, read and checked. */
export interface ServerPage {
  changes: ReadChange[];
  lastSeq: string;
  pending: number | null;
  /** More changes are likely after this page. */
  full: boolean;
}

/** Reads one page in a worker; rejects with an Error carrying `status` when the server refused. */
export async function readServerPage(request: PullPageRequest, createWorker: () => WorkerLike = createPullWorker, signal?: AbortSignal): Promise<ServerPage> {
  const page = await runTask<Awaited<ReturnType<typeof syncPullTask>>>('Reading the team’s server', createWorker, request, SYNC_LIMITS.pullPageMs, { signal });
  if (!page.ok) throw Object.assign(new Error(page.reason), { status: page.status, reason: page.reason });
  return { changes: page.changes, lastSeq: page.lastSeq, pending: page.pending, full: page.full };
}

/**
 * Waits in a worker until the server's database changes after `since` (at most
 * `SYNC_LIMITS.watchMs`); resolves to whether it did and the feed's new checkpoint. `signal` ends
 * the wait (the worker is stopped).
 */
export async function waitForServerChange(request: Omit<PullPageRequest, 'watchMs' | 'limit' | 'keys'>, signal: AbortSignal, createWorker: () => WorkerLike = createPullWorker): Promise<{ changed: boolean; lastSeq: string }> {
  const page = await readServerPage({ ...request, watchMs: SYNC_LIMITS.watchMs }, createWorker, signal);
  return { changed: page.full, lastSeq: page.lastSeq };
}
