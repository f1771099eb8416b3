/**
 * Placing imported annotations on a document: code-point positions become UTF-16 offsets
 * against the document's text, the re-anchorer finds each span (position checked against the
 * quote, then exact and approximate quote search), and categories are matched to the codebook.
 */
import type { AnchorCounts, AnchorHint, AnchorKind, AnchorResult } from '../anchoring/types';
import type { Annotation, Category, DocumentRecord } from '../model';
import { CONTEXT_LENGTH } from '../model';
import { OffsetMap, prefixBefore, suffixAfter } from '../text/offsets';
import { tidySpan } from '../text/span';
import { CategoryResolver } from './category-resolver';
import type { ImportedAnnotation } from './import-types';

/** The part of the re-anchorer (`anchoring/anchor.ts`, made for `doc.text`) this needs. */
export interface AnchorAll {
  anchorAll(hints: AnchorHint[]): { results: AnchorResult[]; counts: AnchorCounts; widened?: number; stopped?: number };
}

/** Optional inputs of `placeAnnotations`. */
export interface PlaceOptions {
  /** The codebook shipped in the file: used for categories the library does not have yet. */
  shipped?: Category[];
  /** ISO UTC time for annotations whose file gave no created/modified time. */
  now?: string;
}

/** What placing produced: model annotations, anchoring counts, and categories to add. */
export interface Placement {
  annotations: Annotation[];
  /** How each annotation was placed (parallel to `annotations`). */
  kinds: AnchorKind[];
  counts: AnchorCounts;
  newCategories: Category[];
  /** Spans widened to whole characters (a quote cut a surrogate pair); 0 when none. */
  widened: number;
  /** Annotations whose search stopped at the work bound. */
  stopped: number;
}

/** The hint for one imported annotation, with its position converted to UTF-16 units. */
export function hintFor(imported: ImportedAnnotation, map: OffsetMap): AnchorHint {
  const text = map.text;
  const pos = imported.position;
  const inText = pos !== null && pos.end <= map.codePointLength;
  const start = inText ? map.toUnits(pos.start) : undefined;
  const end = inText ? map.toUnits(pos.end) : undefined;
  const quote = imported.quote;
  if (quote) return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start, end };
  if (start !== undefined && end !== undefined) {
    // Only a position: the text there is the quote.
    return {
      exact: text.slice(start, end),
      prefix: prefixBefore(text, start, CONTEXT_LENGTH),
      suffix: suffixAfter(text, end, CONTEXT_LENGTH),
      start,
      end,
    };
  }
  return { exact: '', prefix: '', suffix: '' };
}

/** Counts per kind. */
function countKinds(kinds: AnchorKind[]): AnchorCounts {
  const counts: AnchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const k of kinds) counts[k]++;
  return counts;
}

/**
 * Places imported annotations on `doc`. Placed annotations get the span the anchorer found
 * and a quote and context re-read from the text; the rest become orphans (start = end = 0)
 * that keep their quote. Categories unknown to `categories` are returned as `newCategories`
 * (from the shipped codebook when it has them, else generated with an extra colour).
 */
export function placeAnnotations(
  imported: ImportedAnnotation[],
  doc: DocumentRecord,
  categories: Category[],
  anchorer: AnchorAll,
  options: PlaceOptions = {},
): Placement {
  const map = new OffsetMap(doc.text);
  const hints = imported.map((a) => hintFor(a, map));
  const { results, widened = 0, stopped = 0 } = anchorer.anchorAll(hints);
  const resolver = new CategoryResolver(categories, options.shipped ?? []);
  const fallbackTime = options.now ?? '1970-01-01T00:00:00.000Z';
  const text = doc.text;
  const annotations = imported.map((a, i): Annotation => {
    const result = results[i];
    const hint = hints[i];
    let placed = result !== undefined && result.kind !== 'orphan' && result.start >= 0;
    // Placed: the span found, with quote and context re-read from the text. Orphan: the quote kept.
    // An approximate match can start or end on a space next to the words: it is trimmed.
    const span = placed ? (result.kind === 'fuzzy' ? tidySpan(text, result.start, result.end) : result) : { start: 0, end: 0 };
    if (placed && span.start >= span.end) placed = false;
    const start = placed ? span.start : 0;
    const end = placed ? span.end : 0;
    const fuzzy = placed && result.kind === 'fuzzy';
    return {
      id: a.id,
      documentId: doc.id,
      categoryId: resolver.resolve(a.categoryId, a.categoryLabel),
      start,
      end,
      exact: placed ? text.slice(start, end) : hint.exact,
      prefix: placed ? prefixBefore(text, start, CONTEXT_LENGTH) : hint.prefix,
      suffix: placed ? suffixAfter(text, end, CONTEXT_LENGTH) : hint.suffix,
      memo: a.memo,
      coder: a.coder,
      created: a.created || fallbackTime,
      modified: a.modified || a.created || fallbackTime,
      status: placed ? 'placed' : 'orphan',
      ...(fuzzy ? { check: true as const } : {}),
    };
  });
  const kinds = annotations.map((a, i): AnchorKind => (a.status === 'orphan' ? 'orphan' : results[i].kind));
  return { annotations, kinds, counts: countKinds(kinds), newCategories: resolver.created, widened, stopped };
}
