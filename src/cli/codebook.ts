/**
 * The codebook the command line works with: the codebooks the files ship (merged by category
 * id, first file first) or, when none ships one, the app's default codebook; categories that
 * annotations use but the codebook lacks are added the way the app's import adds them.
 */
import { DEFAULT_CATEGORIES } from '../shared/codebook';
import type { AnchorResult } from '../shared/anchoring/types';
import type { Annotation, Category, DocumentRecord } from '../shared/model';
import { type AnchorAll, placeAnnotations } from '../shared/w3c/place';
import type { AnnotationFile } from './inputs';

const ORPHAN: AnchorResult = { kind: 'orphan', start: -1, end: -1, score: 0 };

/** An anchorer that places nothing: used to read annotations without any text. */
const NO_TEXT_ANCHORER: AnchorAll = {
  anchorAll: (hints) => ({
    results: hints.map(() => ORPHAN),
    counts: { exact: 0, moved: 0, fuzzy: 0, orphan: hints.length },
    widened: 0,
    stopped: 0,
  }),
};

/** A document with no text, standing for "not placed yet". */
const NO_DOCUMENT: DocumentRecord = {
  id: '',
  title: '',
  text: '',
  hash: '',
  sourceName: '',
  importedAt: '',
  lastOpenedAt: '',
};

/** The codebook and every file's annotations read into the model, not placed on any text. */
export interface ResolvedCodebook {
  categories: Category[];
  /**
   * Per file, per annotation: the model annotation with its category resolved, as an orphan
   * keeping the file's quote (empty `documentId`).
   */
  unplaced: Annotation[][];
}

/** The shipped codebooks merged by id (the first file to ship an id wins), or the defaults. */
export function baseCodebook(files: readonly AnnotationFile[]): Category[] {
  const merged: Category[] = [];
  const ids = new Set<string>();
  for (const f of files) {
    for (const c of f.parsed.categories) {
      if (ids.has(c.id)) continue;
      ids.add(c.id);
      merged.push(c);
    }
  }
  return merged.length > 0 ? merged : DEFAULT_CATEGORIES.map((c) => ({ ...c }));
}

/**
 * Resolves every annotation's category against the base codebook, adding the categories
 * that are missing (from a file's shipped codebook when it has them). Placing afterwards with
 * the returned `categories` creates no further category.
 */
export function resolveCodebook(files: readonly AnnotationFile[], now: string): ResolvedCodebook {
  let categories = baseCodebook(files);
  const unplaced = files.map((f) => {
    const placement = placeAnnotations(f.parsed.annotations, NO_DOCUMENT, categories, NO_TEXT_ANCHORER, {
      shipped: f.parsed.categories,
      now,
    });
    categories = [...categories, ...placement.newCategories];
    return placement.annotations;
  });
  return { categories, unplaced };
}
