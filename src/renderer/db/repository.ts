import Dexie from 'dexie';
import type { Edit } from '../../shared/edit';
import type { Annotation, Category, DocumentRecord } from '../../shared/model';
import { WorkbenchDatabase } from './database';

/**
 * The only writer to the database. Each method is one Dexie transaction: it commits whole or
 * not at all, and a failure reaches the caller as a thrown error to show to the user.
 */
export class Repository {
  constructor(readonly db: WorkbenchDatabase) {}

  /** Applies an edit's `after` side in one transaction. */
  async applyEdit(edit: Edit): Promise<void> {
    await this.db.transaction('rw', this.db.documents, this.db.annotations, this.db.categories, async () => {
      const docs = edit.documents ?? [];
      const putD = docs.flatMap((c) => (c.after ? [c.after] : []));
      const delD = docs.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));
      if (putD.length) await this.db.documents.bulkPut(putD);
      const putA = edit.annotations.flatMap((c) => (c.after ? [c.after] : []));
      const delA = edit.annotations.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));
      const putC = edit.categories.flatMap((c) => (c.after ? [c.after] : []));
      const delC = edit.categories.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));
      if (putA.length) await this.db.annotations.bulkPut(putA);
      if (delA.length) await this.db.annotations.bulkDelete(delA);
      if (putC.length) await this.db.categories.bulkPut(putC);
      if (delC.length) await this.db.categories.bulkDelete(delC);
      if (delD.length) await this.db.documents.bulkDelete(delD);
    });
  }

  /** The annotations of one document in reading order. */
  annotationsOf(documentId: string): Promise<Annotation[]> {
    return this.db.annotations
      .where('[documentId+start]')
      .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
      .toArray();
  }

  /** Every annotation of a document (for deleting it with them). */
  allAnnotationsOf(documentId: string): Promise<Annotation[]> {
    return this.db.annotations.where('documentId').equals(documentId).toArray();
  }

  /** Number of annotations of a document, per category id. */
  async countsOf(documentId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    await this.db.annotations.where('documentId').equals(documentId).each((a) => {
      counts[a.categoryId] = (counts[a.categoryId] ?? 0) + 1;
    });
    return counts;
  }

  /**
   * Annotation counts per document and category for the whole library, read from the
   * `[documentId+categoryId]` index keys only (no records are loaded).
   */
  async libraryCounts(): Promise<Map<string, Record<string, number>>> {
    const keys = (await this.db.annotations.orderBy('[documentId+categoryId]').keys()) as unknown as [string, string][];
    const counts = new Map<string, Record<string, number>>();
    for (const [documentId, categoryId] of keys) {
      const row = counts.get(documentId) ?? {};
      row[categoryId] = (row[categoryId] ?? 0) + 1;
      counts.set(documentId, row);
    }
    return counts;
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
  async seedOnce(categories: readonly Category[], sample: DocumentRecord): Promise<void> {
    await this.db.transaction('rw', this.db.settings, this.db.categories, this.db.documents, async () => {
      if (await this.db.settings.get('seeded')) return;
      if ((await this.db.categories.count()) === 0) await this.db.categories.bulkAdd([...categories]);
      if (!(await this.db.documents.where('hash').equals(sample.hash).first())) await this.db.documents.add(sample);
      await this.db.settings.put({ key: 'seeded', value: new Date().toISOString() });
    });
  }

  /** Adds or replaces annotations and categories in one transaction (imports). */
  async putAll(annotations: Annotation[], categories: Category[]): Promise<void> {
    await this.db.transaction('rw', this.db.annotations, this.db.categories, async () => {
      if (categories.length) await this.db.categories.bulkPut(categories);
      if (annotations.length) await this.db.annotations.bulkPut(annotations);
    });
  }

  /** Annotations with these ids that already exist. */
  async existingAnnotations(ids: string[]): Promise<Map<string, Annotation>> {
    const found = await this.db.annotations.bulkGet(ids);
    return new Map(found.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  }

  async getSetting(key: string): Promise<string | undefined> {
    return (await this.db.settings.get(key))?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  /** Everything in the workspace, read in one transaction so the snapshot is consistent. */
  snapshot(): Promise<{ documents: DocumentRecord[]; annotations: Annotation[]; categories: Category[] }> {
    return this.db.transaction('r', this.db.documents, this.db.annotations, this.db.categories, async () => ({
      documents: await this.db.documents.toArray(),
      annotations: await this.db.annotations.toArray(),
      categories: await this.db.categories.toArray(),
    }));
  }

  /** Replaces the whole workspace in one transaction (restore from backup or workspace file). */
  async replaceAll(data: { documents: DocumentRecord[]; annotations: Annotation[]; categories: Category[] }): Promise<void> {
    await this.db.transaction('rw', this.db.documents, this.db.annotations, this.db.categories, async () => {
      await Promise.all([this.db.documents.clear(), this.db.annotations.clear(), this.db.categories.clear()]);
      await this.db.documents.bulkAdd(data.documents);
      await this.db.annotations.bulkAdd(data.annotations);
      await this.db.categories.bulkAdd(data.categories);
    });
  }
}
