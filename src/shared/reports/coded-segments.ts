/**
 * Retrieval: the coded segments of chosen categories across documents, with where they are
 * (document, speaker, turn), their memos and some context, grouped for reading and reports.
 * Pure: the app and a report builder use it alike.
 */
import { sortCategories } from '../codebook';
import type { Annotation, Category } from '../model';
import { codePointAt, codePointBefore } from '../text/words';
import { placeOf } from '../transcript/place';
import { isExcluded, type TranscriptStructure } from '../transcript/structure';

/** A document as retrieval needs it. */
export interface RetrievalDocument {
  id: string;
  title: string;
  text: string;
  structure: TranscriptStructure | null;
}

/** One coded segment with what a reader of it wants to know. */
export interface CodedSegment {
  annotation: Annotation;
  documentTitle: string;
  categoryLabel: string;
  speaker: string | null;
  turn: number | null;
  /** The segment starts in a region marked as not speech. */
  excluded: boolean;
  /** Up to `context` code points of the same line before and after the quote. */
  before: string;
  after: string;
}

/** Which segments to retrieve; an empty or absent set means "any". */
export interface RetrievalQuery {
  categories?: ReadonlySet<string>;
  documents?: ReadonlySet<string>;
  speakers?: ReadonlySet<string>;
  /** By coder id. */
  coders?: ReadonlySet<string>;
  /** Keep segments that start in regions marked as not speech (left out by default). */
  includeExcluded?: boolean;
  /** Code points of context on each side (default 120). */
  context?: number;
}

/** The name a segment outside every turn is listed under when grouping by speaker. */
export const NO_SPEAKER = '(no speaker)';

const any = <T>(set: ReadonlySet<T> | undefined, value: T) => !set || set.size === 0 || set.has(value);

/** Context on one side, within the line, at most `n` code points, with an ellipsis when cut. */
function contextBefore(text: string, at: number, n: number): string {
  let i = at;
  for (let k = 0; k < n && i > 0 && text[i - 1] !== '\n'; k++) i -= codePointBefore(text, i) > 0xffff ? 2 : 1;
  const cut = i > 0 && text[i - 1] !== '\n';
  return (cut ? '…' : '') + text.slice(i, at).trimStart();
}

function contextAfter(text: string, at: number, n: number): string {
  let i = at;
  for (let k = 0; k < n && i < text.length && text[i] !== '\n'; k++) i += codePointAt(text, i) > 0xffff ? 2 : 1;
  const cut = i < text.length && text[i] !== '\n';
  return text.slice(at, i).trimEnd() + (cut ? '…' : '');
}

/**
 * The placed annotations that match the query, with their place and context, ordered by
 * document title, then position. Orphans have no place in the text and are left out.
 */
export function codedSegments(documents: readonly RetrievalDocument[], annotations: readonly Annotation[], categories: readonly Category[], query: RetrievalQuery = {}): CodedSegment[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const labels = new Map(categories.map((c) => [c.id, c.label]));
  const context = query.context ?? 120;
  const out: CodedSegment[] = [];
  for (const a of annotations) {
    const d = byId.get(a.documentId);
    if (!d || a.status !== 'placed' || !any(query.categories, a.categoryId) || !any(query.documents, a.documentId) || !any(query.coders, a.coderId)) continue;
    const place = placeOf(d.structure, a.start);
    if (!any(query.speakers, place?.speaker ?? NO_SPEAKER)) continue;
    const excluded = d.structure ? isExcluded(d.structure, a.start) : false;
    if (excluded && !query.includeExcluded) continue;
    out.push({
      annotation: a,
      documentTitle: d.title,
      categoryLabel: labels.get(a.categoryId) ?? a.categoryId,
      speaker: place?.speaker ?? null,
      turn: place?.turn ?? null,
      excluded,
      before: contextBefore(d.text, a.start, context),
      after: contextAfter(d.text, a.end, context),
    });
  }
  const collator = new Intl.Collator('und', { numeric: true });
  return out.sort(
    (x, y) =>
      collator.compare(x.documentTitle, y.documentTitle) ||
      collator.compare(x.annotation.documentId, y.annotation.documentId) ||
      x.annotation.start - y.annotation.start ||
      x.annotation.end - y.annotation.end ||
      (x.annotation.id < y.annotation.id ? -1 : x.annotation.id > y.annotation.id ? 1 : 0),
  );
}

/** How segments are grouped. */
export type GroupBy = 'document' | 'speaker' | 'coder' | 'category';

/** One group of segments under its heading. */
export interface SegmentGroup {
  label: string;
  segments: CodedSegment[];
}

/**
 * Segments in groups, keeping their order inside each group. Groups come in order of first
 * appearance (documents by title, since segments are), categories in codebook order.
 */
export function groupSegments(segments: readonly CodedSegment[], by: GroupBy, categories: readonly Category[] = []): SegmentGroup[] {
  const label = (s: CodedSegment): string =>
    by === 'document' ? s.documentTitle : by === 'speaker' ? (s.speaker ?? NO_SPEAKER) : by === 'coder' ? s.annotation.coder || 'unknown coder' : s.categoryLabel;
  const groups = new Map<string, SegmentGroup>();
  for (const s of segments) {
    const key = by === 'category' ? s.annotation.categoryId : by === 'document' ? s.annotation.documentId : by === 'coder' ? s.annotation.coderId : label(s);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label: label(s), segments: [] }));
    g.segments.push(s);
  }
  if (by !== 'category') return [...groups.values()];
  const order = new Map(sortCategories(categories).map((c, i) => [c.id, i]));
  return [...groups.entries()].sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER)).map(([, g]) => g);
}
