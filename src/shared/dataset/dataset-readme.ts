import { CODEBOOK_COLUMNS, DOCUMENT_COUNT_COLUMNS, SEGMENT_COLUMNS, SPEAKER_COUNT_COLUMNS, TURN_COLUMNS, type ColumnSpec } from './columns';

/** One Markdown section listing `columns` as `name` (unit): description. */
function section(file: string, summary: string, columns: readonly ColumnSpec[]): string {
  const lines = columns.map((c) => `- \`${c.name}\` (${c.unit}): ${c.description}`);
  return [`## ${file}`, '', summary, '', ...lines].join('\n');
}

/**
 * A short Markdown description of the dataset: the files, every column with its unit, and how
 * the files are encoded, for the app to put beside an export or show in help.
 */
export function columnDocumentation(): string {
  return [
    '# Dataset',
    '',
    'Offsets (`start`, `end`) count Unicode code points (not bytes, not UTF-16 units) in the ' +
      "document's canonical text, 0-based and half-open: the quote is characters `start` up to but " +
      'not including `end`, so in Python `text[start:end]` and in R `substr(text, start + 1, end)`. ' +
      'The canonical text is the imported file decoded as UTF-8 without a byte-order mark, with ' +
      'line ends turned into LF, in Unicode NFC; `content_hash` identifies it.',
    '',
    section('segments', 'One row per annotation.', SEGMENT_COLUMNS),
    '',
    section('documents', 'One row per document and codebook category.', DOCUMENT_COUNT_COLUMNS),
    '',
    section('codebook', 'One row per category.', CODEBOOK_COLUMNS),
    '',
    section(
      'turns',
      'One row per speaker turn of a transcript. A turn begins at a speaker label (a line such as ' +
        '`Name: …`, `Q: …`, `[00:01:23] Name: …` or `NAME. …`, one convention per document) and lasts ' +
        'until the next one; text before the first label is not a turn. Empty (header only) when no ' +
        'document has turns.',
      TURN_COLUMNS,
    ),
    '',
    section(
      'speakers',
      'Speaker × category counts: one row per document with turns × speaker × category. They add up ' +
        'to the placed segments with a speaker that do not start in a region marked as not speech.',
      SPEAKER_COUNT_COLUMNS,
    ),
    '',
    '## Encoding',
    '',
    '- UTF-8, optionally starting with a byte-order mark so that Excel shows non-Latin text correctly. ' +
      'Column names are lowercase snake_case; missing values are empty cells.',
    '- CSV follows RFC 4180: fields with commas, quotes, line breaks or edge spaces are quoted and ' +
      'inner quotes doubled.',
    '- TSV has no quoting; tab, line feed, carriage return and backslash inside a field are written ' +
      '`\\t`, `\\n`, `\\r`, `\\\\`. In R: `readr::read_tsv(file, quote = "", escape_backslash = TRUE)`.',
    "- A text cell beginning with `=`, `+`, `-`, `@`, tab or carriage return starts with an added `'` " +
      'so that spreadsheets do not run it as a formula; remove that one character to recover the ' +
      'original. Numbers are never changed.',
    '',
  ].join('\n');
}
