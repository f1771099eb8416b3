/**
 * The library search as the worker runs it: the positional index of the library's texts
 * (`shared/search`), their transcript structures, and searches run a step at a time with a turn
 * of the event loop in between, so that a `cancel` message is heard. Runs in the search worker,
 * and in this thread where there are no workers (unit tests).
 */
import { MAX_CONCORDANCE_ROWS, SEARCH_BUDGET_MS } from '../../shared/limits';
import { kwicRow, type KwicRow } from '../../shared/search/kwic';
import { librarySearchSteps } from '../../shared/search/library-search';
import { compileQuery } from '../../shared/search/query';
import { SearchIndex } from '../../shared/search/search-index';
import { isExcluded, type TranscriptStructure } from '../../shared/transcript/structure';
import { usableStructure } from '../../shared/transcript/structure-record';
import { nextTurn } from './next-turn';
import type { IndexedDocument, LibrarySearchRequest, SearchWorkerReply, SearchWorkerRequest } from './search-protocol';

/** Work between two turns of the event loop, at most (a cancel waits this long). */
const STEP_MS = 30;

/** The index and the searches of one worker. */
export class SearchEngine {
  private index = new SearchIndex();
  private readonly structures = new Map<string, TranscriptStructure>();
  /** Each document's slot in the index, found again when the index changed. */
  private readonly slots = new Map<string, number>();
  /** Searches running, by id: set to true to stop one. */
  private readonly cancelled = new Map<number, boolean>();
  /** Index changes and searches run one after another, in the order they came. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly post: (reply: SearchWorkerReply) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes a message: a cancel at once, everything else in turn. */
  receive(message: SearchWorkerRequest): Promise<void> {
    if (message.type === 'cancel') {
      if (this.cancelled.has(message.id)) this.cancelled.set(message.id, true);
      return Promise.resolve();
    }
    if (message.type === 'search') this.cancelled.set(message.id, false);
    this.queue = this.queue.then(() => this.handle(message)).catch(() => undefined);
    return this.queue;
  }

  private async handle(message: Exclude<SearchWorkerRequest, { type: 'cancel' }>): Promise<void> {
    switch (message.type) {
      case 'reset': {
        const started = this.now();
        this.index = new SearchIndex();
        this.structures.clear();
        await this.add(message.documents);
        this.post({ type: 'indexed', documents: this.index.size, ms: this.now() - started });
        return;
      }
      case 'put':
        await this.add(message.documents);
        return;
      case 'remove':
        for (const id of message.ids) {
          this.index.remove(id);
          this.structures.delete(id);
        }
        return;
      case 'search':
        return this.search(message);
    }
  }

  private async add(documents: readonly IndexedDocument[]): Promise<void> {
    let last = this.now();
    for (const d of documents) {
      if (!this.index.has(d.id, d.hash)) this.index.add({ id: d.id, hash: d.hash, text: d.text });
      this.structures.set(d.id, usableStructure(d.text, d.hash, d.stored));
      if (this.now() - last > STEP_MS) {
        await nextTurn();
        last = this.now();
      }
    }
  }

  private async search(request: LibrarySearchRequest): Promise<void> {
    const started = this.now();
    const { id } = request;
    try {
      if (this.cancelled.get(id)) return this.reply(request, [], 0, 0, false, true, false, started);
      const compiled = compileQuery(request.query, request.options);
      if (!compiled.ok) return this.post({ type: 'refused', id, error: compiled.error });
      const deadline = started + SEARCH_BUDGET_MS;
      const steps = librarySearchSteps(this.index, compiled.value, {
        documents: request.documents ? new Set(request.documents) : undefined,
        shouldStop: () => this.cancelled.get(id) === true || this.now() > deadline,
      });
      let last = this.now();
      let step = steps.next();
      while (!step.done) {
        if (this.now() - last > STEP_MS) {
          this.post({ type: 'progress', id, done: step.value.documentsDone, total: step.value.documentsTotal, hits: step.value.hits });
          await nextTurn();
          last = this.now();
        }
        step = steps.next();
      }
      const result = step.value;
      const rows: KwicRow[] = [];
      let total = 0;
      let excluded = 0;
      for (const hit of result.hits) {
        const structure = this.structures.get(hit.documentId) ?? null;
        if (!request.includeExcluded && structure && isExcluded(structure, hit.start)) {
          excluded++;
          continue;
        }
        total++;
        if (rows.length < MAX_CONCORDANCE_ROWS) {
          const text = this.index.entry(this.slotOf(hit.documentId))?.text ?? '';
          rows.push(kwicRow(hit.documentId, text, hit.start, hit.end, structure, request.context));
        }
      }
      this.reply(request, rows, total, excluded, result.complete, this.cancelled.get(id) === true, result.usedIndex, started);
    } finally {
      this.cancelled.delete(id);
    }
  }

  /** The slot of a document in the index (library order). */
  private slotOf(documentId: string): number {
    let slot = this.slots.get(documentId);
    if (slot === undefined || this.index.entry(slot)?.id !== documentId) {
      this.slots.clear();
      for (const e of this.index.allEntries()) this.slots.set(e.id, e.slot);
      slot = this.slots.get(documentId) ?? -1;
    }
    return slot;
  }

  private reply(request: LibrarySearchRequest, rows: KwicRow[], total: number, excluded: number, complete: boolean, cancelled: boolean, usedIndex: boolean, started: number): void {
    this.post({ type: 'result', id: request.id, rows, total, excluded, complete: complete && !cancelled, cancelled, usedIndex, ms: this.now() - started });
  }
}
