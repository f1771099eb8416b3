/**
 * Fitting a REFI-QDA import to the library, as a plan the user confirms before anything is
 * written: which categories are the library's own (and where they differ), which are new, which
 * documents the library already has (same canonical text), and the annotations to add with
 * their document and category ids mapped. Pure: the UI shows the plan, lets the user settle each
 * codebook difference, and applies it through the workspace history in one step.
 *
 * A code is the library's category when (in this order) the category's id is the code's GUID
 * (the file came from this library, or was imported before), the GUID the export derives from
 * the category's id is the code's GUID (the workbench wrote the file), or the labels are the
 * same ignoring case. Each library category is matched at most once.
 */
import type { Annotation, Category, DocumentRecord } from '../model';
import type { ImportedCategory } from './codebook-read';
import { derivedGuid, uuidV5, WORKBENCH_GUID_NAMESPACE } from './guid';
import type { QdcImport, QdpxImport } from './import-types';

/** What the plan needs to know of the library. */
export interface LibraryState {
  documents: readonly DocumentRecord[];
  categories: readonly Category[];
  /** Ids of the annotations already in the library. */
  annotationIds: ReadonlySet<string>;
}

/** A field where a file's code and the library's category differ. */
export interface CategoryDifference {
  field: 'label' | 'definition' | 'colour';
  library: string;
  file: string;
}

/** A code that is a library category. */
export interface CategoryMatch {
  imported: ImportedCategory;
  existing: Category;
  by: 'id' | 'guid' | 'label';
  differences: CategoryDifference[];
}

/** The codebook part of a plan. */
export interface CodebookPlan {
  matched: CategoryMatch[];
  /** Categories to add, ready to write (ids, labels, orders fitted to the library). */
  added: Category[];
  /** Imported category id (the code's GUID) → library category id. */
  ids: Map<string, string>;
}

/** A document the library already has: the same canonical text. */
export interface DocumentMatch {
  imported: DocumentRecord;
  existing: DocumentRecord;
}

/** The whole plan of a project import. */
export interface QdpxPlan {
  codebook: CodebookPlan;
  addedDocuments: DocumentRecord[];
  matchedDocuments: DocumentMatch[];
  /** Annotations to add, on library (or added) documents and categories. */
  annotations: Annotation[];
  /** Annotations whose id the library already has (the file was imported before): left out. */
  duplicates: Annotation[];
}

function differences(imported: Category, existing: Category): CategoryDifference[] {
  const out: CategoryDifference[] = [];
  if (imported.label.trim() !== existing.label.trim()) out.push({ field: 'label', library: existing.label, file: imported.label });
  if (imported.definition.trim() !== existing.definition.trim() && imported.definition.trim() !== '') {
    out.push({ field: 'definition', library: existing.definition, file: imported.definition });
  }
  if (imported.colour.toLowerCase() !== existing.colour.toLowerCase()) out.push({ field: 'colour', library: existing.colour, file: imported.colour });
  return out;
}

/** Matches a file's categories to the library's codebook (see the module comment). */
export function planCodebook(imported: readonly ImportedCategory[], library: readonly Category[]): CodebookPlan {
  const byId = new Map(library.map((c) => [c.id, c]));
  const byGuid = new Map(library.map((c) => [derivedGuid('category', c.id), c]));
  const byLabel = new Map(library.map((c) => [c.label.trim().toLowerCase(), c]));
  const taken = new Set<string>();
  const labels = new Set(library.map((c) => c.label.trim().toLowerCase()));
  const plan: CodebookPlan = { matched: [], added: [], ids: new Map() };
  let order = library.reduce((max, c) => Math.max(max, c.order + 1), 0);
  const pending: ImportedCategory[] = [];
  const addedIds = new Set<string>();
  // Identity first, for every code, so that a label match never takes a category another code is.
  for (const item of imported) {
    const candidates: [Category | undefined, CategoryMatch['by']][] = [
      [byId.get(item.guid), 'id'],
      [byGuid.get(item.guid), 'guid'],
    ];
    const hit = candidates.find(([c]) => c !== undefined && !taken.has(c.id));
    if (!hit || !hit[0]) {
      pending.push(item);
      continue;
    }
    taken.add(hit[0].id);
    plan.matched.push({ imported: item, existing: hit[0], by: hit[1], differences: differences(item.category, hit[0]) });
    plan.ids.set(item.category.id, hit[0].id);
  }
  for (const item of pending) {
    const existing = byLabel.get(item.category.label.trim().toLowerCase());
    if (existing && !taken.has(existing.id)) {
      taken.add(existing.id);
      plan.matched.push({ imported: item, existing, by: 'label', differences: differences(item.category, existing) });
      plan.ids.set(item.category.id, existing.id);
      continue;
    }
    let id = item.category.id;
    for (let n = 2; byId.has(id) || addedIds.has(id); n++) id = `${item.category.id}-${n}`;
    addedIds.add(id);
    let label = item.category.label;
    for (let n = 2; labels.has(label.trim().toLowerCase()); n++) label = `${item.category.label} (${n})`;
    labels.add(label.trim().toLowerCase());
    plan.added.push({ ...item.category, id, label, order: order++ });
    plan.ids.set(item.category.id, id);
  }
  plan.matched.sort((a, b) => a.imported.category.order - b.imported.category.order);
  return plan;
}

/**
 * The categories an import uses, with every difference settled by `take` (the UI asks the user;
 * the command line takes the file's): matched categories with the chosen values, then the added
 * ones.
 */
export function settledCategories(plan: CodebookPlan, take: (match: CategoryMatch, difference: CategoryDifference) => 'library' | 'file'): Category[] {
  const matched = plan.matched.map((m) => {
    const category = { ...m.existing };
    for (const d of m.differences) {
      if (take(m, d) !== 'file') continue;
      if (d.field === 'label') category.label = d.file;
      else if (d.field === 'definition') category.definition = d.file;
      else category.colour = d.file;
    }
    return category;
  });
  return [...matched, ...plan.added];
}

/** Plans the import of a codebook (`.qdc`). */
export function planQdcImport(imported: QdcImport, library: readonly Category[]): CodebookPlan {
  return planCodebook(imported.categories, library);
}

/** Plans the import of a project into `library`. */
export function planQdpxImport(imported: QdpxImport, library: LibraryState): QdpxPlan {
  const codebook = planCodebook(imported.categories, library.categories);
  const byHash = new Map(library.documents.map((d) => [d.hash, d]));
  const libraryIds = new Set(library.documents.map((d) => d.id));
  const documentIds = new Map<string, string>();
  const addedDocuments: DocumentRecord[] = [];
  const matchedDocuments: DocumentMatch[] = [];
  for (const doc of imported.documents) {
    const existing = byHash.get(doc.hash);
    if (existing) {
      documentIds.set(doc.id, existing.id);
      if (libraryIds.has(existing.id)) matchedDocuments.push({ imported: doc, existing });
      continue;
    }
    // An id the library uses for another text (a GUID clash) gets a fresh one.
    const id = libraryIds.has(doc.id) ? uuidV5(WORKBENCH_GUID_NAMESPACE, `document:${doc.id}:${doc.hash}`) : doc.id;
    const added = { ...doc, id };
    addedDocuments.push(added);
    documentIds.set(doc.id, id);
    // Two sources with the same text in one file become one document.
    byHash.set(doc.hash, added);
  }
  const annotations: Annotation[] = [];
  const duplicates: Annotation[] = [];
  for (const a of imported.annotations) {
    const mapped = {
      ...a,
      documentId: documentIds.get(a.documentId) ?? a.documentId,
      categoryId: codebook.ids.get(a.categoryId) ?? a.categoryId,
    };
    (library.annotationIds.has(a.id) ? duplicates : annotations).push(mapped);
  }
  return { codebook, addedDocuments, matchedDocuments, annotations, duplicates };
}
