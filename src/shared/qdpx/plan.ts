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
 * same ignoring case. Each library category is matched at most once. Where a matched code
 * differs, the difference is stated as every codebook import states it (`codebook-diff.ts`).
 */
import { codebookChoices, differingFields, takeTheirs, type CodebookComparison } from '../codebook-diff';
import type { Change } from '../edit';
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

/** A code that is a library category. */
export interface CategoryMatch {
  imported: ImportedCategory;
  existing: Category;
  by: 'id' | 'guid' | 'label';
}

/** The codebook part of a plan. */
export interface CodebookPlan {
  matched: CategoryMatch[];
  /**
   * The file's codebook against the library's, in the form every codebook import presents
   * (`codebook-diff.ts`, shown by the app's `CodebookChoices`): `changed` holds the matched
   * categories whose file version differs (ids the library's), `added` the new categories that
   * no coding of the file uses; each is the user's choice.
   */
  comparison: CodebookComparison;
  /** New categories that codings of the file use: added with the import, without a choice. */
  required: Category[];
  /** Imported category id (the code's GUID) → library category id. */
  ids: Map<string, string>;
}

/**
 * The file's version of a library category: its label, and its colour and definition where
 * the file gives them (REFI-QDA has no retired state, so the library's stays).
 */
function fileVersion(item: ImportedCategory, existing: Category): Category {
  const definition = item.category.definition.trim() === '' ? existing.definition : item.category.definition;
  return { ...existing, label: item.category.label, definition, colour: item.colourGiven ? item.category.colour : existing.colour };
}

/** Records a match and, when the file's version differs, the difference. */
function match(plan: CodebookPlan, item: ImportedCategory, existing: Category, by: CategoryMatch['by']): void {
  plan.matched.push({ imported: item, existing, by });
  plan.ids.set(item.category.id, existing.id);
  const theirs = fileVersion(item, existing);
  const fields = differingFields(existing, theirs);
  if (fields.length > 0) plan.comparison.changed.push({ id: existing.id, mine: existing, theirs, fields });
}

/**
 * Matches a file's categories to the library's codebook (see the module comment). `used` holds
 * the ids of the imported categories that codings use: new ones among them are `required`, the
 * other new ones the user's choice.
 */
export function planCodebook(imported: readonly ImportedCategory[], library: readonly Category[], used: ReadonlySet<string> = new Set()): CodebookPlan {
  const byId = new Map(library.map((c) => [c.id, c]));
  const byGuid = new Map(library.map((c) => [derivedGuid('category', c.id), c]));
  const byLabel = new Map(library.map((c) => [c.label.trim().toLowerCase(), c]));
  const taken = new Set<string>();
  const labels = new Set(library.map((c) => c.label.trim().toLowerCase()));
  const plan: CodebookPlan = { matched: [], comparison: { changed: [], added: [] }, required: [], ids: new Map() };
  const pending: ImportedCategory[] = [];
  const fresh: { category: Category; used: boolean }[] = [];
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
    match(plan, item, hit[0], hit[1]);
  }
  for (const item of pending) {
    const existing = byLabel.get(item.category.label.trim().toLowerCase());
    if (existing && !taken.has(existing.id)) {
      taken.add(existing.id);
      match(plan, item, existing, 'label');
      continue;
    }
    let id = item.category.id;
    for (let n = 2; byId.has(id) || addedIds.has(id); n++) id = `${item.category.id}-${n}`;
    addedIds.add(id);
    let label = item.category.label;
    for (let n = 2; labels.has(label.trim().toLowerCase()); n++) label = `${item.category.label} (${n})`;
    labels.add(label.trim().toLowerCase());
    fresh.push({ category: { ...item.category, id, label }, used: used.has(item.category.id) });
    plan.ids.set(item.category.id, id);
  }
  // The required categories come first in the codebook, then the optional ones.
  let order = library.reduce((max, c) => Math.max(max, c.order + 1), 0);
  for (const f of fresh) if (f.used) plan.required.push({ ...f.category, order: order++ });
  for (const f of fresh) if (!f.used) plan.comparison.added.push({ ...f.category, order: order++ });
  const rank = new Map(plan.matched.map((m) => [m.existing.id, m.imported.category.order]));
  plan.matched.sort((a, b) => a.imported.category.order - b.imported.category.order);
  plan.comparison.changed.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return plan;
}

/** Every difference and every new category of a plan: the choices that take the file's version throughout. */
export function takeEverything(plan: CodebookPlan): Set<string> {
  return new Set([...plan.comparison.changed.map((d) => d.id), ...plan.comparison.added.map((c) => c.id)]);
}

/**
 * The categories an import uses once the user's choices are applied (`taken`: ids of the
 * differences and new categories for which the file's version was chosen): the matched
 * categories as chosen, the required new ones, and the chosen optional ones.
 */
export function settledCategories(plan: CodebookPlan, taken: ReadonlySet<string>): Category[] {
  const changed = new Map(plan.comparison.changed.map((d) => [d.id, d]));
  const matched = plan.matched.map((m) => {
    const difference = changed.get(m.existing.id);
    return difference && taken.has(difference.id) ? takeTheirs(difference) : m.existing;
  });
  return [...matched, ...plan.required, ...plan.comparison.added.filter((c) => taken.has(c.id))];
}

/**
 * The codebook changes of an import with the user's choices, or why they cannot be applied:
 * the required new categories, then what `codebookChoices` makes of the choices (the one rule
 * for every codebook import).
 */
export function codebookChanges(plan: CodebookPlan, library: readonly Category[], taken: ReadonlySet<string>): { changes: Change<Category>[]; problems: string[] } {
  const choices = codebookChoices([...library, ...plan.required], plan.comparison, taken);
  return { changes: [...plan.required.map((c) => ({ before: null, after: c })), ...choices.changes], problems: choices.problems };
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

/** Plans the import of a codebook (`.qdc`). */
export function planQdcImport(imported: QdcImport, library: readonly Category[]): CodebookPlan {
  return planCodebook(imported.categories, library, new Set());
}

/** Plans the import of a project into `library`. */
export function planQdpxImport(imported: QdpxImport, library: LibraryState): QdpxPlan {
  const codebook = planCodebook(imported.categories, library.categories, new Set(imported.annotations.map((a) => a.categoryId)));
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
