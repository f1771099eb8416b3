import type { Edit } from '../../shared/edit';
import type { Adjudication, Annotation, Category, Coder, DocumentRecord } from '../../shared/model';
import type { StructureRecord } from '../../shared/transcript/structure-record';
import type { WorkspaceData } from '../../shared/workspace-file';
import {
  addCounts,
  countsRecord,
  applyToPack,
  byStartThenId,
  groupByPack,
  packAll,
  packOf,
  type AnnotationPack,
  type AnnotationWrites,
} from './annotation-packs';
import { WorkbenchDatabase, type OutboxEntry, type SyncRev } from './database';
import { writeRevs } from './rev-packs';

/** How an edit is written: by this machine's user (into the outbox when sync is on) or pulled from the team (with the revisions it brings). */
export interface WriteOptions {
  /** Pulled from the team's server: not put in the outbox; these revisions are recorded in the same transaction. */
  pulled?: SyncRev[];
}

/** The outbox entries of an edit's records (their latest state is read when they are pushed). */
export function outboxEntriesOf(edit: Edit, stamp: string): OutboxEntry[] {
  const out: OutboxEntry[] = [];
  for (const c of edit.annotations) {
    const r = (c.after ?? c.before)!;
    out.push({ key: `annotation:${r.id}`, kind: 'annotation', id: r.id, documentId: c.after?.documentId ?? r.documentId, stamp });
  }
  for (const c of edit.categories) out.push({ key: `category:${(c.after ?? c.before)!.id}`, kind: 'category', id: (c.after ?? c.before)!.id, documentId: '', stamp });
  for (const c of edit.coders ?? []) out.push({ key: `coder:${(c.after ?? c.before)!.id}`, kind: 'coder', id: (c.after ?? c.before)!.id, documentId: '', stamp });
  for (const c of edit.documents ?? []) if (c.after) out.push({ key: `document:${c.after.id}`, kind: 'document', id: c.after.id, documentId: c.after.id, stamp });
  return out;
}

/**
 * The only writer to the database. Each method is one Dexie transaction: it commits whole or
 * not at all, and a failure reaches the caller as a thrown error to show to the user.
 */
export class Repository {
  /** Set while team sync is on: every edit of this machine's user also fills the outbox. */
  outbox = false;

  constructor(readonly db: WorkbenchDatabase) {}

  /**
   * Applies an edit's `after` side in one transaction, with its outbox entries (sync on) or the
   * revisions it was pulled at (`options.pulled`), so that a sync killed at any point neither
   * loses a change nor applies one twice.
   */
  async applyEdit(edit: Edit, options: WriteOptions = {}): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.documents, db.annotationPacks, db.annotationCounts, db.categories, db.coders, db.adjudications, db.structures, db.syncOutbox, db.syncRevPacks], async () => {
      if (options.pulled) {
        await writeRevs(db.syncRevPacks, options.pulled);
      } else if (this.outbox) {
        const entries = outboxEntriesOf(edit, crypto.randomUUID());
        if (entries.length) await db.syncOutbox.bulkPut(entries);
      }
      const decisions = edit.adjudications ?? [];
      const putJ = decisions.flatMap((c) => (c.after ? [c.after] : []));
      const delJ = decisions.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));
      if (putJ.length) await db.adjudications.bulkPut(putJ);
      if (delJ.length) await db.adjudications.bulkDelete(delJ);
      // Coders are only ever added or renamed (see shared/coders/rules.ts), but an undone import removes those it added.
      const coders = edit.coders ?? [];
      const putK = coders.flatMap((c) => (c.after ? [c.after] : []));
      const delK = coders.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));
      if (putK.length) await db.coders.bulkPut(putK);
      if (delK.length) await db.coders.bulkDelete(delK);
      const docs = edit.documents ?? [];
      const putD = docs.flatMap((c) => (c.after ? [c.after] : []));
      const delD = docs.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));
      if (putD.length) await db.documents.bulkPut(putD);
      const putC = edit.categories.flatMap((c) => (c.after ? [c.after] : []));
      const delC = edit.categories.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));
      await this.writeAnnotations({
        put: edit.annotations.flatMap((c) => (c.after ? [c.after] : [])),
        // A changed record is removed from where it was (its document could differ), then put.
        delete: edit.annotations.flatMap((c) => (c.before ? [{ documentId: c.before.documentId, id: c.before.id }] : [])),
      });
      if (putC.length) await db.categories.bulkPut(putC);
      if (delC.length) await db.categories.bulkDelete(delC);
      if (delD.length) await db.documents.bulkDelete(delD);
      const structures = edit.structures ?? [];
      const putS = structures.flatMap((c) => (c.after ? [c.after] : []));
      const delS = structures.flatMap((c) => (!c.after && c.before ? [c.before.documentId] : []));
      if (putS.length) await db.structures.bulkPut(putS);
      if (delS.length) await db.structures.bulkDelete(delS);
    });
  }

  /** The stored transcript structure of a document, if any (check it with `readStructure`). */
  async structure(documentId: string): Promise<StructureRecord | undefined> {
    return this.db.structures.get(documentId);
  }

  /** Every stored transcript structure. */
  structures(): Promise<StructureRecord[]> {
    return this.db.structures.toArray();
  }

  /**
   * Writes annotation changes into their packs and keeps the counts in step: one
   * read-modify-write per touched pack. Call inside a transaction over both tables.
   */
  private async writeAnnotations(writes: AnnotationWrites): Promise<void> {
    const db = this.db;
    const groups = [...groupByPack(writes).values()];
    if (groups.length === 0) return;
    const documentIds = [...new Set(groups.map((g) => g.key[0]))];
    // Both reads in one round trip, then all writes without waiting in between.
    const [current, counts] = await Promise.all([
      db.annotationPacks.bulkGet(groups.map((g) => g.key)),
      db.annotationCounts.bulkGet(documentIds),
    ]);
    const deltas = new Map<string, Map<string, number>>(documentIds.map((id) => [id, new Map()]));
    const puts: AnnotationPack[] = [];
    const empties: [string, number][] = [];
    groups.forEach((g, i) => {
      const { annotations, delta } = applyToPack(current[i]?.annotations ?? [], g.put, g.delete);
      if (annotations.length) puts.push({ documentId: g.key[0], pack: g.key[1], annotations });
      else if (current[i]) empties.push(g.key);
      const sum = deltas.get(g.key[0])!;
      for (const [k, v] of delta) sum.set(k, (sum.get(k) ?? 0) + v);
    });
    const nextCounts = documentIds.map((documentId, i) => ({ documentId, counts: addCounts(counts[i]?.counts ?? {}, deltas.get(documentId)!) }));
    const keep = nextCounts.filter((c) => Object.keys(c.counts).length > 0);
    const drop = nextCounts.filter((c) => Object.keys(c.counts).length === 0).map((c) => c.documentId);
    await Promise.all([
      puts.length ? db.annotationPacks.bulkPut(puts) : null,
      empties.length ? db.annotationPacks.bulkDelete(empties) : null,
      keep.length ? db.annotationCounts.bulkPut(keep) : null,
      drop.length ? db.annotationCounts.bulkDelete(drop) : null,
    ]);
  }

  /** Every annotation of a document, in no particular order (one read of its packs). */
  async allAnnotationsOf(documentId: string): Promise<Annotation[]> {
    const packs = await this.db.annotationPacks.where('documentId').equals(documentId).toArray();
    return packs.flatMap((p) => p.annotations);
  }

  /** The annotations of one document in reading order (start, then id). */
  async annotationsOf(documentId: string): Promise<Annotation[]> {
    return (await this.allAnnotationsOf(documentId)).sort(byStartThenId);
  }

  /** Number of annotations of a document, per category id. */
  async countsOf(documentId: string): Promise<Record<string, number>> {
    return countsRecord((await this.db.annotationCounts.get(documentId))?.counts);
  }

  /** Annotation counts per document and category for the whole library (small records only). */
  async libraryCounts(): Promise<Map<string, Record<string, number>>> {
    const rows = await this.db.annotationCounts.toArray();
    return new Map(rows.map((r) => [r.documentId, countsRecord(r.counts)]));
  }

  /** Every coder (person or consensus), in no particular order. */
  coders(): Promise<Coder[]> {
    return this.db.coders.toArray();
  }

  /** The adjudication decisions on one document, in no particular order. */
  adjudicationsOf(documentId: string): Promise<Adjudication[]> {
    return this.db.adjudications.where('documentId').equals(documentId).toArray();
  }

  /** The codebook, in no particular order (sort with `sortCategories`). */
  categories(): Promise<Category[]> {
    return this.db.categories.toArray();
  }

  /** All documents, without sorting. */
  documents(): Promise<DocumentRecord[]> {
    return this.db.documents.toArray();
  }

  document(id: string): Promise<DocumentRecord | undefined> {
    return this.db.documents.get(id);
  }

  /** The document with this content hash, if the library has one. */
  documentByHash(hash: string): Promise<DocumentRecord | undefined> {
    return this.db.documents.where('hash').equals(hash).first();
  }

  /** Adds documents in one transaction. */
  async addDocuments(documents: DocumentRecord[]): Promise<void> {
    await this.db.transaction('rw', this.db.documents, () => this.db.documents.bulkAdd(documents));
  }

  /** Records when a document was opened (not undoable: it is not the user's data). */
  async touchDocument(id: string, lastOpenedAt: string): Promise<void> {
    await this.db.documents.update(id, { lastOpenedAt });
  }

  /**
   * First run: puts the default codebook and the sample document in, once. A library the
   * user emptied stays empty (the `seeded` setting remembers).
   */
  async seedOnce(categories: readonly Category[], sample: DocumentRecord, sampleStructure?: StructureRecord): Promise<void> {
    await this.db.transaction('rw', [this.db.settings, this.db.categories, this.db.documents, this.db.structures], async () => {
      if (await this.db.settings.get('seeded')) return;
      if ((await this.db.categories.count()) === 0) await this.db.categories.bulkAdd([...categories]);
      if (!(await this.db.documents.where('hash').equals(sample.hash).first())) {
        await this.db.documents.add(sample);
        if (sampleStructure) await this.db.structures.put(sampleStructure);
      }
      await this.db.settings.put({ key: 'seeded', value: new Date().toISOString() });
    });
  }

  /** Adds or replaces annotations and categories in one transaction (imports). */
  async putAll(annotations: Annotation[], categories: Category[]): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.annotationPacks, db.annotationCounts, db.categories], async () => {
      if (categories.length) await db.categories.bulkPut(categories);
      await this.writeAnnotations({ put: annotations, delete: [] });
    });
  }

  /**
   * Annotations with these ids that already exist, on any document. Reads only the packs the
   * ids can be in (a pack number is the same for an id on every document).
   */
  async existingAnnotations(ids: string[]): Promise<Map<string, Annotation>> {
    const wanted = new Set(ids);
    const packs = await this.db.annotationPacks.where('pack').anyOf([...new Set(ids.map(packOf))]).toArray();
    const found = new Map<string, Annotation>();
    for (const p of packs) for (const a of p.annotations) if (wanted.has(a.id)) found.set(a.id, a);
    return found;
  }

  async getSetting(key: string): Promise<string | undefined> {
    return (await this.db.settings.get(key))?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  /** Everything in the workspace, read in one transaction so the snapshot is consistent. */
  snapshot(): Promise<WorkspaceData & { structures: StructureRecord[] }> {
    const db = this.db;
    return db.transaction('r', [db.documents, db.annotationPacks, db.categories, db.coders, db.adjudications, db.structures], async () => ({
      documents: await db.documents.toArray(),
      annotations: (await db.annotationPacks.toArray()).flatMap((p) => p.annotations),
      categories: await db.categories.toArray(),
      coders: await db.coders.toArray(),
      adjudications: await db.adjudications.toArray(),
      structures: await db.structures.toArray(),
    }));
  }

  /** Replaces the whole workspace in one transaction (restore from backup or workspace file). */
  async replaceAll(data: WorkspaceData): Promise<void> {
    const db = this.db;
    // Packed first: two annotations with one id make it throw before anything is touched.
    const { packs, counts } = packAll(data.annotations);
    await db.transaction('rw', [db.documents, db.annotationPacks, db.annotationCounts, db.categories, db.coders, db.adjudications, db.structures], async () => {
      await Promise.all([db.documents.clear(), db.annotationPacks.clear(), db.annotationCounts.clear(), db.categories.clear(), db.coders.clear(), db.adjudications.clear(), db.structures.clear()]);
      await db.documents.bulkAdd(data.documents);
      await db.annotationPacks.bulkAdd(packs);
      await db.annotationCounts.bulkAdd(counts);
      await db.categories.bulkAdd(data.categories);
      await db.coders.bulkPut(data.coders);
      await db.adjudications.bulkPut(data.adjudications);
      // Documents without a structure (files from before structures were kept) get theirs
      // detected when they are opened or searched.
      if (data.structures?.length) await db.structures.bulkAdd(data.structures);
    });
  }
}
