/**
 * Matching exchanged annotations to texts for the dataset tables. Annotations are grouped by
 * the text they name (content hash, else IRI, else title). A group whose hash is one of the
 * given texts is placed on it; any other group is re-anchored on every text, and each of its
 * annotations goes to the text that places most of the group among those where it anchors
 * (annotations that anchor nowhere become orphans there). A group no text takes keeps the
 * code-point positions and quotes of its file, with its source as the document.
 */
import { Anchorer } from '../shared/anchoring/anchor';
import type { AnchorCounts, AnchorHint, AnchorKind, AnchorResult } from '../shared/anchoring/types';
import { type DatasetDocument, type DatasetInput, type SegmentInput, datasetFromModel } from '../shared/dataset/tables';
import type { Annotation, Category, DocumentRecord } from '../shared/model';
import type { ImportedAnnotation } from '../shared/w3c/import-types';
import { placeAnnotations } from '../shared/w3c/place';
import { resolveCodebook } from './codebook';
import type { AnnotationFile } from './inputs';

/** How one group of annotations (one source text) was matched. */
export interface SourceReport {
  /** The source as named in the files: title, hash or IRI. */
  source: string;
  annotations: number;
  /** The text it was matched to, or null when none was. */
  document: DocumentRecord | null;
  /** How the annotations were placed; all zero when no text was matched. */
  counts: AnchorCounts;
  /** Placed spans widened to whole characters, and annotations whose search hit the work bound. */
  widened: number;
  stopped: number;
}

/** The dataset tables' input and a report per source. */
export interface MatchResult {
  dataset: DatasetInput;
  reports: SourceReport[];
}

/** One imported annotation and its model form (category resolved, not yet placed). */
interface Item {
  imported: ImportedAnnotation;
  model: Annotation;
}

/** One text with its anchorer (built once, reused by every group). */
interface Text {
  doc: DocumentRecord;
  anchorer: Anchorer;
}

/** The group key of an annotation's source. */
function sourceKey(a: ImportedAnnotation): string {
  return a.source.hash ?? a.source.iri ?? a.source.title ?? '';
}

function emptyCounts(): AnchorCounts {
  return { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
}

/** Places a group on one text, returning the model annotations and each one's result. */
function placeOn(
  items: readonly Item[],
  text: Text,
  categories: Category[],
  now: string,
): { annotations: Annotation[]; results: AnchorResult[]; widened: number; stopped: number } {
  let results: AnchorResult[] = [];
  const recording = {
    anchorAll: (hints: AnchorHint[]) => {
      const out = text.anchorer.anchorAll(hints);
      results = out.results;
      return out;
    },
  };
  const placement = placeAnnotations(
    items.map((i) => i.imported),
    text.doc,
    categories,
    recording,
    { now },
  );
  return { annotations: placement.annotations, results, widened: placement.widened, stopped: placement.stopped };
}

/** The annotations of a group no text takes, as segments with the file's own positions. */
function detachedSegments(items: readonly Item[], documentId: string): SegmentInput[] {
  return items.map(({ imported, model }): SegmentInput => {
    const position = imported.position;
    return {
      ...model,
      documentId,
      start: position?.start ?? null,
      end: position?.end ?? null,
      status: position ? 'placed' : 'orphan',
    };
  });
}

/**
 * Matches the annotations of `files` to `texts` and builds the dataset tables' input. The
 * placed part goes through `datasetFromModel`, as in the app's own export.
 */
export function matchToTexts(files: readonly AnnotationFile[], texts: readonly DocumentRecord[], now: string): MatchResult {
  const { categories, unplaced } = resolveCodebook(files, now);
  const groups = new Map<string, Item[]>();
  files.forEach((f, fi) =>
    f.parsed.annotations.forEach((imported, ai) => {
      const key = sourceKey(imported);
      const item = { imported, model: unplaced[fi][ai] };
      // Pushed, not copied: a file of 200,000 annotations on one text stays linear.
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }),
  );
  const anchored: Text[] = texts.map((doc) => ({ doc, anchorer: new Anchorer(doc.text) }));
  const textsByHash = new Map<string, Text>();
  for (const t of anchored) if (!textsByHash.has(t.doc.hash)) textsByHash.set(t.doc.hash, t);
  const onTexts: Annotation[] = [];
  const detached: SegmentInput[] = [];
  const extraDocuments: DatasetDocument[] = [];
  const reports: SourceReport[] = [];

  for (const [key, items] of groups) {
    const first = items[0].imported.source;
    const name = first.title ?? first.iri ?? first.hash ?? '(unnamed text)';
    const counts = emptyCounts();
    const byHash = first.hash === null ? undefined : textsByHash.get(first.hash);
    const tries = (byHash ? [byHash] : anchored).map((text) => ({ text, ...placeOn(items, text, categories, now) }));
    const placedCount = (t: (typeof tries)[number]): number => t.results.filter((r) => r.kind !== 'orphan').length;
    // Most annotations placed first; among equals, the order the texts were given.
    const ranked = tries
      .map((t, order) => ({ t, order, placed: placedCount(t) }))
      .sort((a, b) => b.placed - a.placed || a.order - b.order);
    const best = ranked[0];
    if (best === undefined || (!byHash && best.placed === 0)) {
      const documentId = key || '(unnamed text)';
      detached.push(...detachedSegments(items, documentId));
      extraDocuments.push({ id: documentId, title: first.title ?? '', hash: first.hash ?? '', text: null });
      reports.push({ source: name, annotations: items.length, document: null, counts, widened: 0, stopped: 0 });
      continue;
    }
    items.forEach((_, i) => {
      const chosen = ranked.find((r) => r.t.results[i].kind !== 'orphan') ?? best;
      const kind: AnchorKind = chosen.t.results[i].kind;
      counts[kind]++;
      onTexts.push(chosen.t.annotations[i]);
    });
    reports.push({ source: name, annotations: items.length, document: best.t.text.doc, counts, widened: best.t.widened, stopped: best.t.stopped });
  }

  const placed = datasetFromModel({ documents: texts, annotations: onTexts, categories });
  const known = new Set(texts.map((t) => t.id));
  const documents = [...placed.documents, ...extraDocuments.filter((d) => !known.has(d.id))];
  return { dataset: { documents, segments: [...placed.segments, ...detached], categories }, reports };
}
