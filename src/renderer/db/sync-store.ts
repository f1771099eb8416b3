import type { Annotation } from '../../shared/model';
import { packOf } from './annotation-packs';
import type { OutboxEntry, SyncRev, WorkbenchDatabase } from './database';
import { readRevs, writeRevs } from './rev-packs';

/**
 * Team sync's bookkeeping beside the library: the outbox the writer fills, the revisions the
 * library holds, and the checkpoint of what was pulled. Library records themselves change only
 * through the workspace's writer.
 */
export class SyncStore {
  constructor(private readonly db: WorkbenchDatabase) {}

  /**
   * Up to `limit` outbox entries: coders, categories and texts first (the annotations that
   * follow refer to them, and a receiver waits for them), then annotations.
   */
  async outbox(limit: number): Promise<OutboxEntry[]> {
    const first = await this.db.syncOutbox.where('key').startsWithAnyOf(['coder:', 'category:', 'document:']).limit(limit).toArray();
    if (first.length >= limit) return first;
    return [...first, ...(await this.db.syncOutbox.where('key').startsWith('annotation:').limit(limit - first.length).toArray())];
  }

  /** The keys of every entry waiting (kind:id). */
  async pendingKeys(): Promise<Set<string>> {
    return new Set(await this.db.syncOutbox.toCollection().primaryKeys());
  }

  /** Number of entries waiting. */
  outboxSize(): Promise<number> {
    return this.db.syncOutbox.count();
  }

  /** Puts entries in the outbox (sharing a document: everything of it is pushed once). */
  async enqueue(entries: OutboxEntry[]): Promise<void> {
    await this.db.syncOutbox.bulkPut(entries);
  }

  /**
   * Records what a push wrote to the local PouchDB and removes those outbox entries, in one
   * transaction; an entry whose stamp changed meanwhile (the record was edited again) stays.
   */
  async pushed(entries: OutboxEntry[], revs: SyncRev[]): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.syncOutbox, db.syncRevPacks, async () => {
      const now = await db.syncOutbox.bulkGet(entries.map((e) => e.key));
      const done = entries.filter((e, i) => now[i]?.stamp === e.stamp).map((e) => e.key);
      if (done.length) await db.syncOutbox.bulkDelete(done);
      await writeRevs(db.syncRevPacks, revs);
    });
  }

  /** The revisions the library holds of these documents (Map by document id). */
  revsOf(docIds: string[]): Promise<Map<string, string>> {
    return readRevs(this.db.syncRevPacks, docIds);
  }

  /** Annotations by id on one document (reads only the packs the ids are in). */
  async annotationsOn(documentId: string, ids: string[]): Promise<Map<string, Annotation>> {
    const keys = [...new Set(ids.map(packOf))].map((p): [string, number] => [documentId, p]);
    const packs = await this.db.annotationPacks.bulkGet(keys);
    const wanted = new Set(ids);
    const out = new Map<string, Annotation>();
    for (const p of packs) for (const a of p?.annotations ?? []) if (wanted.has(a.id)) out.set(a.id, a);
    return out;
  }

  /** A sync setting (checkpoint, shared documents); undefined when unset. */
  async get(key: string): Promise<string | undefined> {
    return (await this.db.settings.get(`sync:${key}`))?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db.settings.put({ key: `sync:${key}`, value });
  }
}
