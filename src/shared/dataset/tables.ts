/**
 * The dataset tables researchers load into R, pandas or a spreadsheet: segments (one row per
 * annotation), document × category counts, the codebook, and for transcripts the speaker turns
 * and speaker × category counts (`turn-tables.ts`).
 *
 * Offsets in the tables are Unicode code points in the canonical text, half-open, 0-based.
 * The app converts from its UTF-16 model with `datasetFromModel`; the command line, which
 * may read code points from an exchange file and may not have the texts, builds a
 * `DatasetInput` directly.
 */
import { sortCategories } from '../codebook';
import type { Annotation, Category, DocumentRecord } from '../model';
import { OffsetMap } from '../text/offsets';
import type { TranscriptStructure } from '../transcript/structure';
import {
  CODEBOOK_COLUMNS,
  DOCUMENT_COUNT_COLUMNS,
  SEGMENT_COLUMNS,
  columnNames,
  type CodebookColumn,
  type DocumentCountColumn,
  type SegmentColumn,
} from './columns';
import { formatTable, type Delimited } from './csv';
import { DocumentIndex, type Location } from './document-index';
import { compareText, rowOf } from './table-helpers';
import { speakerCountsTable, structureOf, turnsTable } from './turn-tables';

/** A document as the tables need it; `text` is null when the text is not available. */
export interface DatasetDocument {
  id: string;
  title: string;
  /** SHA-256 of the canonical text, lower-case hex. */
  hash: string;
  /** Canonical text; without it, `paragraph`, `speaker` and `turn` are left empty. */
  text: string | null;
  /**
   * The document's transcript structure as the user reviewed it (aliases, exclusions); when
   * absent, or made for another text, turns are detected from the text.
   */
  structure?: TranscriptStructure | null;
}

/**
 * One annotation with its offsets already in code points (half-open, 0-based), or null when
 * unknown. Orphans always get empty offsets, whatever is given here.
 */
export type SegmentInput = Omit<Annotation, 'start' | 'end'> & { start: number | null; end: number | null };

/** Everything the dataset tables are built from. */
export interface DatasetInput {
  documents: readonly DatasetDocument[];
  segments: readonly SegmentInput[];
  categories: readonly Category[];
}

/** A built table: column names and rows of cells, one cell per column; null is empty. */
export interface Table<C extends string = string> {
  columns: C[];
  rows: (string | number | null)[][];
}

/** One file of the dataset, ready to be written as UTF-8. */
export interface DatasetFile {
  name: string;
  content: string;
}

/**
 * Converts the app's model (UTF-16 offsets) into a `DatasetInput` (code points), building one
 * `OffsetMap` per document. An annotation whose document is missing keeps empty offsets.
 * Documents satisfy `DatasetDocument` as they are.
 */
export function datasetFromModel(input: {
  documents: readonly DocumentRecord[];
  annotations: readonly Annotation[];
  categories: readonly Category[];
  /** Reviewed transcript structures by document id (stale ones are ignored). */
  structures?: ReadonlyMap<string, TranscriptStructure>;
}): DatasetInput {
  const maps = new Map<string, OffsetMap>();
  for (const d of input.documents) maps.set(d.id, new OffsetMap(d.text));
  const segments = input.annotations.map((a): SegmentInput => {
    const map = maps.get(a.documentId);
    const placed = a.status === 'placed' && map !== undefined;
    return {
      ...a,
      start: placed ? map.toCodePoints(a.start) : null,
      end: placed ? map.toCodePoints(a.end) : null,
    };
  });
  const structures = input.structures;
  const documents = structures ? input.documents.map((d) => ({ ...d, structure: structures.get(d.id) ?? null })) : input.documents;
  return { documents, segments, categories: input.categories };
}

/** Ascending numbers with null (orphans) last. */
function compareOffset(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/**
 * One row per annotation, ordered by document title, document id, start, end and annotation
 * id (orphans last within their document). Paragraph numbers and speakers come from a
 * `DocumentIndex` built once per document that has text, so 20,000 annotations on a 2 MB
 * text cost one pass over the text plus a binary search per row.
 */
export function segmentsTable(input: DatasetInput): Table<SegmentColumn> {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const labels = new Map(input.categories.map((c) => [c.id, c.label]));

  // Documents ranked once by title then id, so that sorting the rows compares numbers.
  const rank = new Map<string, number>();
  for (const s of input.segments) rank.set(s.documentId, 0);
  const byTitle = [...rank.keys()].sort((a, b) => compareText(documents.get(a)?.title ?? '', documents.get(b)?.title ?? '') || compareText(a, b));
  byTitle.forEach((id, i) => rank.set(id, i));

  const sorted = input.segments.map((s) => {
    const placed = s.status === 'placed';
    return { s, rank: rank.get(s.documentId) ?? 0, start: placed ? s.start : null, end: placed ? s.end : null };
  });
  sorted.sort((a, b) => a.rank - b.rank || compareOffset(a.start, b.start) || compareOffset(a.end, b.end) || compareText(a.s.id, b.s.id));

  const indexes = new Map<string, DocumentIndex | null>();
  const rows = sorted.map(({ s, start, end }): (string | number | null)[] => {
    const document = documents.get(s.documentId);
    let at: Location | null = null;
    if (start !== null && document) {
      let index = indexes.get(s.documentId);
      if (index === undefined) {
        const structure = structureOf(document);
        indexes.set(s.documentId, (index = document.text === null || !structure ? null : new DocumentIndex(document.text, structure)));
      }
      at = index?.locate(start) ?? null;
    }
    // In the order of SEGMENT_COLUMNS (20,000 rows: no keyed object per row; tests check the names).
    return [
      s.id, s.documentId, document?.title ?? null, document?.hash ?? null, s.coder, s.categoryId,
      labels.get(s.categoryId) ?? null, start, end, s.exact, s.prefix, s.suffix,
      at?.paragraph ?? null, at?.speaker ?? null, at?.turn ?? null, s.memo, s.created, s.modified, s.status,
    ];
  });
  return { columns: columnNames(SEGMENT_COLUMNS), rows };
}

/**
 * One row per document × category in long ("tidy") form, zero counts included. Documents are
 * ordered by title then id; categories by codebook order, retired ones included. A document or
 * category that only annotations mention (deleted since) still gets rows, with an empty title
 * or label, so that the counts add up to the segments table.
 */
export function documentCountsTable(input: DatasetInput): Table<DocumentCountColumn> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of input.segments) {
    let perCategory = counts.get(s.documentId);
    if (!perCategory) counts.set(s.documentId, (perCategory = new Map()));
    perCategory.set(s.categoryId, (perCategory.get(s.categoryId) ?? 0) + 1);
  }

  const documents: { id: string; title: string | null }[] = input.documents.map((d) => ({ id: d.id, title: d.title }));
  const knownDocuments = new Set(documents.map((d) => d.id));
  for (const id of counts.keys()) if (!knownDocuments.has(id)) documents.push({ id, title: null });
  documents.sort((a, b) => compareText(a.title ?? '', b.title ?? '') || compareText(a.id, b.id));

  const categories: { id: string; label: string | null }[] = sortCategories(input.categories).map((c) => ({
    id: c.id,
    label: c.label,
  }));
  const knownCategories = new Set(categories.map((c) => c.id));
  const unknown = new Set<string>();
  for (const perCategory of counts.values())
    for (const id of perCategory.keys()) if (!knownCategories.has(id)) unknown.add(id);
  for (const id of [...unknown].sort(compareText)) categories.push({ id, label: null });

  const columns = columnNames(DOCUMENT_COUNT_COLUMNS);
  const rows = documents.flatMap((d) =>
    categories.map((c) =>
      rowOf(columns, {
        document_id: d.id,
        document_title: d.title,
        category_id: c.id,
        category_label: c.label,
        count: counts.get(d.id)?.get(c.id) ?? 0,
      }),
    ),
  );
  return { columns, rows };
}

/**
 * The codebook, one row per category in codebook order. `retired` is written `TRUE`/`FALSE`,
 * which R (`read.csv`, readr), pandas and spreadsheets all read as a logical value.
 */
export function codebookTable(categories: readonly Category[]): Table<CodebookColumn> {
  const columns = columnNames(CODEBOOK_COLUMNS);
  const rows = sortCategories(categories).map((c) =>
    rowOf(columns, {
      id: c.id,
      label: c.label,
      definition: c.definition,
      colour: c.colour,
      retired: c.retired ? 'TRUE' : 'FALSE',
      order: c.order,
    }),
  );
  return { columns, rows };
}

/**
 * The tables as files: `segments`, `documents` (counts), `codebook`, `turns` and `speakers`
 * (speaker × category counts), each with the extension of the chosen format (`.csv` or `.tsv`).
 * `turns` and `speakers` have only their header when no document has turns.
 */
export function datasetFiles(input: DatasetInput, options: Delimited): DatasetFile[] {
  const tables: [string, Table][] = [
    ['segments', segmentsTable(input)],
    ['documents', documentCountsTable(input)],
    ['codebook', codebookTable(input.categories)],
    ['turns', turnsTable(input)],
    ['speakers', speakerCountsTable(input)],
  ];
  return tables.map(([name, t]) => ({
    name: `${name}.${options.format}`,
    content: formatTable(t.columns, t.rows, options),
  }));
}
