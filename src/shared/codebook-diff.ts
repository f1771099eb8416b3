import { categoryProblem } from './codebook';
import type { Category } from './model';

/** The fields of a category that an imported codebook may disagree on. */
export const COMPARED_FIELDS = ['label', 'colour', 'definition', 'retired'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** A category both codebooks have (same id) but describe differently. */
export interface CategoryDifference {
  id: string;
  mine: Category;
  theirs: Category;
  fields: ComparedField[];
}

/** What differs between the library's codebook and one shipped in a file. */
export interface CodebookComparison {
  /** Same id, other label, colour, definition or retired state. */
  changed: CategoryDifference[];
  /** Shipped categories the library does not have (by id or by label). */
  added: Category[];
}

/**
 * The fields in which a file's version of a category differs from the library's: the one rule
 * of what counts as a codebook difference, for every kind of import (W3C files here, REFI-QDA
 * in `qdpx/plan.ts`). Colours compare without case.
 */
export function differingFields(mine: Category, theirs: Category): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => (f === 'colour' ? mine.colour.toLowerCase() !== theirs.colour.toLowerCase() : mine[f] !== theirs[f]));
}

/** Compares a shipped codebook with the library's: by id, and a shipped category whose label the library has counts as the same. */
export function compareCodebooks(mine: readonly Category[], theirs: readonly Category[]): CodebookComparison {
  const byId = new Map(mine.map((c) => [c.id, c]));
  const labels = new Set(mine.map((c) => c.label.trim().toLowerCase()));
  const changed: CategoryDifference[] = [];
  const added: Category[] = [];
  for (const t of theirs) {
    const m = byId.get(t.id);
    if (!m) {
      if (!labels.has(t.label.trim().toLowerCase())) added.push(t);
      continue;
    }
    const fields = differingFields(m, t);
    if (fields.length) changed.push({ id: t.id, mine: m, theirs: t, fields });
  }
  return { changed, added };
}

/** The library's category with the shipped values of the differing fields (key and order stay the library's). */
export function takeTheirs(difference: CategoryDifference): Category {
  const next = { ...difference.mine };
  for (const f of difference.fields) (next as Record<ComparedField, unknown>)[f] = difference.theirs[f];
  return next;
}

/**
 * The category changes of the user's choices, or why they cannot be applied (a shipped label
 * that another category of the library already has). `taken` holds the ids of the differences
 * and added categories for which the user chose the file's version.
 */
export function codebookChoices(
  library: readonly Category[],
  comparison: CodebookComparison,
  taken: ReadonlySet<string>,
): { changes: { before: Category | null; after: Category }[]; problems: string[] } {
  const changes: { before: Category | null; after: Category }[] = [];
  const problems: string[] = [];
  const result = new Map(library.map((c) => [c.id, c]));
  for (const d of comparison.changed) if (taken.has(d.id)) result.set(d.id, takeTheirs(d));
  let order = library.reduce((max, c) => Math.max(max, c.order + 1), 0);
  for (const a of comparison.added) if (taken.has(a.id)) result.set(a.id, { ...a, order: order++, shortcut: '' });
  for (const [id, after] of result) {
    const before = library.find((c) => c.id === id) ?? null;
    if (before === after) continue;
    const problem = categoryProblem(after, [...result.values()].filter((c) => c.id !== id));
    if (problem) problems.push(`${after.label}: ${problem}`);
    else changes.push({ before, after });
  }
  return { changes, problems };
}
