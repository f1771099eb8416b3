import type { Edit } from '../../../shared/edit';
import { SearchClient, type SearchWorkerLike } from '../../workers/search-client';
import type { IndexedDocument } from '../../workers/search-protocol';
import type { Workspace } from '../workspace/workspace';

/**
 * Keeps the library search worker's index in step with the library: the whole library when it
 * starts (read once, indexed in the worker), then each document imported, deleted or restored
 * and each transcript correction as the history applies it (done, undone or redone).
 */
export class LibraryIndex {
  readonly client: SearchClient;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly workspace: Workspace,
    createWorker?: () => SearchWorkerLike,
  ) {
    this.client = new SearchClient(() => this.loadAll(), createWorker);
  }

  /** Starts the worker and follows the library; returns the function that stops both. */
  start(): () => void {
    this.client.start();
    this.stopListening = this.workspace.subscribeEdits((edit) => void this.follow(edit));
    return () => {
      this.stopListening?.();
      this.client.stop();
    };
  }

  private async loadAll(): Promise<IndexedDocument[]> {
    const [documents, structures] = await Promise.all([this.workspace.read.documents(), this.workspace.read.structures()]);
    const byId = new Map(structures.map((s) => [s.documentId, s.structure]));
    return documents.map((d) => ({ id: d.id, hash: d.hash, text: d.text, stored: byId.get(d.id) }));
  }

  /** Re-reads the documents an edit touched (once it is written) and tells the worker. */
  private async follow(edit: Edit): Promise<void> {
    const ids = new Set<string>();
    for (const c of edit.documents ?? []) {
      // A rename changes neither text nor structure.
      if (c.before && c.after && c.before.hash === c.after.hash) continue;
      ids.add((c.after ?? c.before)!.id);
    }
    for (const c of edit.structures ?? []) ids.add((c.after ?? c.before)!.documentId);
    if (ids.size === 0) return;
    await this.workspace.history.settled();
    const put: IndexedDocument[] = [];
    const removed: string[] = [];
    for (const id of ids) {
      const [document, record] = await Promise.all([this.workspace.read.document(id), this.workspace.read.structure(id)]);
      if (!document) removed.push(id);
      else put.push({ id, hash: document.hash, text: document.text, stored: record?.structure });
    }
    this.client.remove(removed);
    this.client.put(put);
  }
}
