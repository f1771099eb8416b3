import type { Table } from 'dexie';
import { fnv1a32 } from '../../shared/text/hash';
import type { SyncRev } from './database';

/**
 * The CouchDB revisions the library holds (schema v7), packed like the annotations
 * (`annotation-packs.ts`, for the same reason: Chromium's cost per IndexedDB record): not one
 * record per synced document but a fixed number of records, each a Map from document id to
 * revision, chosen by a hash of the id. A pulled page of 2,000 documents rewrites at most
 * `REV_PACKS` records instead of putting 2,000; a single tag rewrites one.
 */
export const REV_PACKS = 64;

/** One stored pack of revisions, keyed by `pack`. */
export interface RevPack {
  /** 0 … REV_PACKS - 1, from `revPackOf(docId)`. */
  pack: number;
  /** Revision by CouchDB document id. */
  revs: Map<string, string>;
}

/** The pack a document id belongs to (FNV-1a of the id, so it never changes). */
export function revPackOf(docId: string): number {
  return fnv1a32(docId) % REV_PACKS;
}

/** The revisions held of these documents (Map by document id; the ones never synced are absent). */
export async function readRevs(table: Table<RevPack, number>, docIds: string[]): Promise<Map<string, string>> {
  const packs = [...new Set(docIds.map(revPackOf))];
  const found = await table.bulkGet(packs);
  const out = new Map<string, string>();
  for (const id of docIds) {
    const rev = found[packs.indexOf(revPackOf(id))]?.revs.get(id);
    if (rev !== undefined) out.set(id, rev);
  }
  return out;
}

/** Records revisions: one read-modify-write per touched pack. Call inside a transaction over the table. */
export async function writeRevs(table: Table<RevPack, number>, revs: SyncRev[]): Promise<void> {
  if (revs.length === 0) return;
  const byPack = new Map<number, SyncRev[]>();
  for (const r of revs) {
    const p = revPackOf(r.docId);
    const list = byPack.get(p);
    if (list) list.push(r);
    else byPack.set(p, [r]);
  }
  const packs = [...byPack.keys()];
  const current = await table.bulkGet(packs);
  await table.bulkPut(
    packs.map((pack, i) => {
      const map = new Map(current[i]?.revs ?? []);
      for (const r of byPack.get(pack)!) map.set(r.docId, r.rev);
      return { pack, revs: map };
    }),
  );
}
