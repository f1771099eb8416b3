/**
 * The REFI-QDA Web Worker: reads imported `.qdpx`/`.qdc` bytes (untrusted) and writes exports
 * off the interface thread. It serves the one request it gets; the caller then ends it, so
 * nothing of a hostile file outlives its task.
 */
import type { QdpxRequest, QdpxWorkerMessage } from './qdpx-protocol';
import { runQdpxTask } from './qdpx-task';

/** The part of a dedicated worker's global scope used here. */
interface Scope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: QdpxWorkerMessage, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as Scope;

scope.onmessage = (event) => {
  scope.onmessage = null;
  try {
    const value = runQdpxTask(event.data as QdpxRequest, (done, total) => scope.postMessage({ type: 'progress', done, total }));
    // An export's bytes are moved, not copied, back to the page.
    const bytes = (value as { bytes?: unknown }).bytes;
    scope.postMessage({ type: 'done', value }, bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : []);
  } catch (error) {
    scope.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
};
