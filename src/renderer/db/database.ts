import Dexie, { type EntityTable, type Table } from 'dexie';
import { legacyCoders, withCoderId, type LegacyAnnotation } from '../../shared/coders/legacy';
import type { Adjudication, Annotation, Category, Coder, DocumentRecord } from '../../shared/model';
import { detectStructure } from '../../shared/transcript/structure';
import type { StructureRecord } from '../../shared/transcript/structure-record';
import { packAll, type AnnotationCounts, type AnnotationPack } from './annotation-packs';
import { writeRevs, type RevPack } from './rev-packs';

/** Settings keys of this machine's coder (`coderId`) and of the name it had before v4 (`coder`). */
export const SETTING_KEYS = { coderId: 'coderId', legacyCoderName: 'coder', consensusCoderId: 'consensusCoderId' } as const;

/** What kind of record an outbox entry names. */
export type OutboxKind = 'annotation' | 'category' | 'coder' | 'document';

/**
 * A record changed here and not yet pushed to the local PouchDB. `key` is kind and id, so a
 * record changed ten times waits once; `stamp` tells a push whether the entry changed while it
 * was being pushed (then it stays).
 */
export interface OutboxEntry {
  key: string;
  kind: OutboxKind;
  id: string;
  /** The annotation's document (to find its pack); '' for other kinds. */
  documentId: string;
  stamp: string;
}

/** The revision of a CouchDB document that the library holds. */
export interface SyncRev {
  docId: string;
  rev: string;
}

/** A key/value setting (this machine's coder, preferences). */
export interface Setting {
  key: string;
  value: string;
}

/** The database name; tests open other names to stay isolated. */
export const DATABASE_NAME = 'discourse-workbench';

/** The highest schema version declared below. */
export const SCHEMA_VERSION = 7;

/**
 * IndexedDB versions from this one up were written by a newer workbench: Dexie stores schema
 * version N as N × 10 (and may bump the units digit itself when it repairs a schema).
 */
const FIRST_NEWER_NATIVE_VERSION = (SCHEMA_VERSION + 1) * 10;

/**
 * The workbench's IndexedDB database. Every schema version stays declared in full, with the
 * upgrader that brings older data forward; only queried fields are indexed.
 *
 * - v1: documents and annotations.
 * - v2: the codebook and settings tables; annotations get a `status` ('placed' for all
 *   existing ones) and the `[documentId+start]` index for reading order; documents get a
 *   `lastOpenedAt` field (empty for old ones).
 * - v3: annotations move from one record each into packs of a document's annotations
 *   (`annotationPacks`, see `annotation-packs.ts` for why), with per-document counts by
 *   category beside them (`annotationCounts`); the `annotations` table is removed after its
 *   records have been moved.
 * - v4: coders have ids (`coders` table: id, name, kind). The local coder's name (the `coder`
 *   setting) becomes a coder with a new UUID, kept in the `coderId` setting; every annotation
 *   gets `coderId` and `editorId` by the rule of `shared/coders/legacy.ts` (the local name the
 *   local id, other names name-based ids), and every name a coder record. Adjudication
 *   decisions get a table of their own (`adjudications`, by document).
 * - v5: transcript structures (`structures`, one per document: turns, aliases, regions that are
 *   not speech), detected for every document already in the library by the upgrade.
 * - v6: team sync. `syncOutbox`: what the writer changed since the last push (one entry per
 *   record, the latest state is read at push time); `syncRevs`: the CouchDB revision each
 *   synced record is at here, so that a change pulled twice is applied once. Nothing to move.
 * - v7: the revisions move into packs (`syncRevPacks`, see `rev-packs.ts` for why); the
 *   `syncRevs` table is removed after its records have been moved.
 */
export class WorkbenchDatabase extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  annotationPacks!: Table<AnnotationPack, [string, number]>;
  annotationCounts!: EntityTable<AnnotationCounts, 'documentId'>;
  categories!: EntityTable<Category, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  coders!: EntityTable<Coder, 'id'>;
  adjudications!: EntityTable<Adjudication, 'id'>;
  structures!: EntityTable<StructureRecord, 'documentId'>;
  syncOutbox!: EntityTable<OutboxEntry, 'key'>;
  syncRevPacks!: Table<RevPack, number>;

  constructor(name = DATABASE_NAME) {
    // Strict durability: a committed transaction is on disk, not in OS buffers (Chromium ≥ 121
    // defaults to relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      documents: 'id, hash',
      annotations: 'id, documentId',
    });
    this.version(2)
      .stores({
        documents: 'id, hash',
        annotations: 'id, documentId, [documentId+start], [documentId+categoryId]',
        categories: 'id',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        await tx
          .table('annotations')
          .toCollection()
          .modify((annotation: Partial<Annotation>) => {
            if (annotation.status === undefined) annotation.status = 'placed';
            if (annotation.memo === undefined) annotation.memo = '';
          });
        await tx
          .table('documents')
          .toCollection()
          .modify((document: Partial<DocumentRecord>) => {
            if (document.lastOpenedAt === undefined) document.lastOpenedAt = '';
            if (document.sourceName === undefined) document.sourceName = '';
          });
      });
    this.version(3)
      .stores({
        documents: 'id, hash',
        annotations: null,
        annotationPacks: '[documentId+pack], documentId, pack',
        annotationCounts: 'documentId',
        categories: 'id',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        // Records of v3 and before have no coder ids yet; v4's upgrade gives them theirs.
        const { packs, counts } = packAll(await tx.table<Annotation, string>('annotations').toArray());
        await tx.table('annotationPacks').bulkAdd(packs);
        await tx.table('annotationCounts').bulkAdd(counts);
      });
    this.version(4)
      .stores({
        documents: 'id, hash',
        annotationPacks: '[documentId+pack], documentId, pack',
        annotationCounts: 'documentId',
        categories: 'id',
        settings: 'key',
        coders: 'id',
        adjudications: 'id, documentId',
      })
      .upgrade(async (tx) => {
        const settings = tx.table<Setting, string>('settings');
        const name = (await settings.get(SETTING_KEYS.legacyCoderName))?.value ?? '';
        const local: Coder | null = name === '' ? null : { id: crypto.randomUUID(), name, kind: 'person' };
        const named: LegacyAnnotation[] = [];
        await tx
          .table<{ annotations: LegacyAnnotation[] }>('annotationPacks')
          .toCollection()
          .modify((pack) => {
            named.push(...pack.annotations);
            pack.annotations = pack.annotations.map((a) => withCoderId(a, local));
          });
        await tx.table('coders').bulkPut(legacyCoders(named, local));
        if (local) await settings.put({ key: SETTING_KEYS.coderId, value: local.id });
        await settings.delete(SETTING_KEYS.legacyCoderName);
      });
    this.version(5)
      .stores({
        documents: 'id, hash',
        annotationPacks: '[documentId+pack], documentId, pack',
        annotationCounts: 'documentId',
        categories: 'id',
        settings: 'key',
        coders: 'id',
        adjudications: 'id, documentId',
        structures: 'documentId',
      })
      .upgrade(async (tx) => {
        // One document at a time, so a large library is never all in memory at once.
        const ids = (await tx.table<DocumentRecord, string>('documents').toCollection().primaryKeys()) as string[];
        for (const id of ids) {
          const d = await tx.table<DocumentRecord, string>('documents').get(id);
          if (d) await tx.table<StructureRecord, string>('structures').put({ documentId: d.id, structure: detectStructure(d.text, d.hash) });
        }
      });
    this.version(6).stores({
      documents: 'id, hash',
      annotationPacks: '[documentId+pack], documentId, pack',
      annotationCounts: 'documentId',
      categories: 'id',
      settings: 'key',
      coders: 'id',
      adjudications: 'id, documentId',
      structures: 'documentId',
      syncOutbox: 'key',
      syncRevs: 'docId',
    });
    this.version(7)
      .stores({
        documents: 'id, hash',
        annotationPacks: '[documentId+pack], documentId, pack',
        annotationCounts: 'documentId',
        categories: 'id',
        settings: 'key',
        coders: 'id',
        adjudications: 'id, documentId',
        structures: 'documentId',
        syncOutbox: 'key',
        syncRevs: null,
        syncRevPacks: 'pack',
      })
      .upgrade(async (tx) => {
        const revs = await tx.table<SyncRev, string>('syncRevs').toArray();
        await writeRevs(tx.table<RevPack, number>('syncRevPacks'), revs);
      });
  }
}

/** The IndexedDB version of database `name` as installed, or null when there is none (nothing is created). */
export function installedVersion(name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    let fresh = false;
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      // The database does not exist: do not create it here.
      fresh = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = () => (fresh ? resolve(null) : reject(request.error ?? new Error('IndexedDB could not be opened')));
    request.onblocked = () => reject(new Error('another window holds the database'));
  });
}

/** Why the workbench's database could not be opened. */
export type OpenFailure =
  | { reason: 'newer'; message: string }
  | { reason: 'unavailable'; message: string };

/**
 * Opens the workbench's database, refusing one written by a newer version of the workbench
 * before Dexie sees it: Dexie 4 would open it and add or change stores, so nothing here ever
 * touches such a database. Any other failure (a damaged store, no IndexedDB, no space) comes
 * back as `unavailable` with the browser's words.
 */
export async function openWorkbenchDatabase(name = DATABASE_NAME): Promise<{ ok: true; db: WorkbenchDatabase } | ({ ok: false } & OpenFailure)> {
  try {
    const installed = await installedVersion(name);
    if (installed !== null && installed >= FIRST_NEWER_NATIVE_VERSION) {
      return {
        ok: false,
        reason: 'newer',
        message: `The library was last opened by a newer version of the workbench (database version ${Math.floor(installed / 10)}; this version reads up to ${SCHEMA_VERSION}). Nothing was changed. Update the workbench to open it.`,
      };
    }
    const db = new WorkbenchDatabase(name);
    await db.open();
    return { ok: true, db };
  } catch (error) {
    return { ok: false, reason: 'unavailable', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Deletes the workbench's database: only for replacing one that cannot be opened, on the user's request. */
export async function deleteWorkbenchDatabase(name = DATABASE_NAME): Promise<void> {
  await Dexie.delete(name);
}
