/**
 * The columns of the dataset tables, in file order, each with a description and a unit,
 * so that the builders, the README text and any header documentation share one definition.
 */

/** One column: its lowercase snake_case name, what it holds, and its unit or value type. */
export interface ColumnSpec {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
}

/** Columns of `segments`: one row per annotation. */
export const SEGMENT_COLUMNS = [
  { name: 'annotation_id', description: 'Identifier of the annotation (stable across exports).', unit: 'UUID' },
  { name: 'document_id', description: 'Identifier of the document.', unit: 'text' },
  { name: 'document_title', description: 'Title of the document.', unit: 'text' },
  {
    name: 'content_hash',
    description: 'SHA-256 of the canonical text (UTF-8); offsets refer to exactly this text.',
    unit: 'lower-case hex',
  },
  { name: 'coder', description: 'Name of the coder who made the annotation.', unit: 'text' },
  { name: 'category_id', description: 'Stable identifier of the category (see codebook).', unit: 'text' },
  { name: 'category_label', description: 'Label of the category at export time.', unit: 'text' },
  {
    name: 'start',
    description: 'Offset of the first character of the span in the canonical text. Empty for orphans.',
    unit: 'Unicode code points, 0-based, inclusive',
  },
  {
    name: 'end',
    description: 'Offset just after the last character of the span (half-open [start, end)). Empty for orphans.',
    unit: 'Unicode code points, 0-based, exclusive',
  },
  { name: 'exact', description: 'The quoted text of the span.', unit: 'text' },
  { name: 'prefix', description: 'Up to 32 code points of text just before the span.', unit: 'text' },
  { name: 'suffix', description: 'Up to 32 code points of text just after the span.', unit: 'text' },
  {
    name: 'paragraph',
    description:
      'Number of the paragraph where the span starts, counting only non-blank lines; a span starting on a blank line gets the next paragraph. Empty for orphans or without text.',
    unit: 'integer, 1-based',
  },
  {
    name: 'speaker',
    description:
      'Speaker of the transcript turn where the span starts (see turns: the label as normalised, no-break spaces written as spaces, merged speakers under the name chosen). Empty for plain documents, text before the first turn, orphans or without text.',
    unit: 'text',
  },
  {
    name: 'turn',
    description: 'Number of that turn in its document (as in turns). Empty where speaker is empty.',
    unit: 'integer, 1-based',
  },
  { name: 'memo', description: "The coder's memo on the annotation.", unit: 'text' },
  { name: 'created', description: 'When the annotation was made.', unit: 'ISO 8601 UTC' },
  { name: 'modified', description: 'When the annotation was last changed.', unit: 'ISO 8601 UTC' },
  {
    name: 'status',
    description: 'placed, or orphan when the quote could no longer be found in the text.',
    unit: 'placed | orphan',
  },
] as const satisfies readonly ColumnSpec[];

/** Columns of `documents`: one row per document × codebook category (long format). */
export const DOCUMENT_COUNT_COLUMNS = [
  { name: 'document_id', description: 'Identifier of the document.', unit: 'text' },
  { name: 'document_title', description: 'Title of the document.', unit: 'text' },
  { name: 'category_id', description: 'Stable identifier of the category.', unit: 'text' },
  { name: 'category_label', description: 'Label of the category at export time.', unit: 'text' },
  {
    name: 'count',
    description: 'Number of annotations (placed and orphaned, all coders) of the category in the document; 0 included.',
    unit: 'integer',
  },
] as const satisfies readonly ColumnSpec[];

/** Columns of `turns`: one row per speaker turn of a transcript. */
export const TURN_COLUMNS = [
  { name: 'document_id', description: 'Identifier of the document.', unit: 'text' },
  { name: 'document_title', description: 'Title of the document.', unit: 'text' },
  { name: 'turn', description: 'Number of the turn in its document, in text order.', unit: 'integer, 1-based' },
  {
    name: 'speaker',
    description: 'Speaker of the turn: its label normalised (no-break spaces written as spaces), or the name it was merged into or renamed to.',
    unit: 'text',
  },
  { name: 'label', description: 'The speaker label exactly as written in the text (without colon or timestamp).', unit: 'text' },
  {
    name: 'start',
    description: 'Offset where the turn begins (its label) in the canonical text.',
    unit: 'Unicode code points, 0-based, inclusive',
  },
  {
    name: 'end',
    description: 'Offset just after the last character of the turn (half-open; blank lines before the next turn are not in it).',
    unit: 'Unicode code points, 0-based, exclusive',
  },
  { name: 'words', description: 'Words of the speech (the label not counted) outside regions marked as not speech.', unit: 'integer' },
  {
    name: 'excluded',
    description: 'TRUE when the whole turn lies in regions marked as not speech (page chrome, stage notes, headers); such turns are left out of the speakers counts.',
    unit: 'TRUE | FALSE (read as logical by R and pandas)',
  },
] as const satisfies readonly ColumnSpec[];

/** Columns of `speakers`: one row per document × speaker × codebook category (long format). */
export const SPEAKER_COUNT_COLUMNS = [
  { name: 'document_id', description: 'Identifier of the document.', unit: 'text' },
  { name: 'document_title', description: 'Title of the document.', unit: 'text' },
  { name: 'speaker', description: 'Speaker, as in turns.', unit: 'text' },
  { name: 'category_id', description: 'Stable identifier of the category.', unit: 'text' },
  { name: 'category_label', description: 'Label of the category at export time.', unit: 'text' },
  {
    name: 'count',
    description:
      'Number of placed annotations (all coders) of the category starting in a turn of the speaker, outside regions marked as not speech; 0 included.',
    unit: 'integer',
  },
] as const satisfies readonly ColumnSpec[];

/** Columns of `codebook`: one row per category, retired ones included. */
export const CODEBOOK_COLUMNS = [
  { name: 'id', description: 'Stable identifier of the category.', unit: 'text' },
  { name: 'label', description: 'Label shown to coders.', unit: 'text' },
  { name: 'definition', description: 'One-line definition shown to coders.', unit: 'text' },
  { name: 'colour', description: 'Highlight colour.', unit: '#rrggbb' },
  {
    name: 'retired',
    description: 'TRUE when the category keeps its annotations but takes no new ones.',
    unit: 'TRUE | FALSE (read as logical by R and pandas)',
  },
  { name: 'order', description: 'Position in the codebook, ascending.', unit: 'integer' },
] as const satisfies readonly ColumnSpec[];

/** Name of a segments column. */
export type SegmentColumn = (typeof SEGMENT_COLUMNS)[number]['name'];
/** Name of a document-count column. */
export type DocumentCountColumn = (typeof DOCUMENT_COUNT_COLUMNS)[number]['name'];
/** Name of a turns column. */
export type TurnColumn = (typeof TURN_COLUMNS)[number]['name'];
/** Name of a speaker-count column. */
export type SpeakerCountColumn = (typeof SPEAKER_COUNT_COLUMNS)[number]['name'];
/** Name of a codebook column. */
export type CodebookColumn = (typeof CODEBOOK_COLUMNS)[number]['name'];

/** The names of `specs`, in order. */
export function columnNames<T extends ColumnSpec>(specs: readonly T[]): T['name'][] {
  return specs.map((s) => s.name);
}
