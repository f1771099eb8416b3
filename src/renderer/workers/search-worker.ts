/**
 * The library search worker: keeps the positional index of the library's texts and runs
 * searches off the interface thread, so that a slow regular expression never freezes the page
 * (the page can end this worker and start another).
 */
import { SearchEngine } from './search-engine';
import type { SearchWorkerReply, SearchWorkerRequest } from './search-protocol';

/** The part of a dedicated worker's global scope used here. */
interface Scope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: SearchWorkerReply): void;
}

const scope = globalThis as unknown as Scope;
const engine = new SearchEngine((reply) => scope.postMessage(reply));
scope.onmessage = (event) => void engine.receive(event.data as SearchWorkerRequest);
