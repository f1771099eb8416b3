import type { Delimited } from './csv';
import { columnDocumentation } from './dataset-readme';

/**
 * Who will read a dataset: statistics tools (R, pandas, Stata, SPSS), which want the exact text
 * with plain line feeds and no byte-order mark, or Excel, which needs a BOM to read UTF-8,
 * expects CRLF, and runs cells that look like formulas unless they are guarded.
 */
export type DatasetTarget = 'statistics' | 'excel';

/** Labels for the export dialog, in the order offered. */
export const DATASET_TARGETS: readonly { id: DatasetTarget; label: string; description: string }[] = [
  {
    id: 'statistics',
    label: 'R, pandas, Stata, SPSS',
    description: 'Exact text, LF line endings, no byte-order mark, no formula guard.',
  },
  {
    id: 'excel',
    label: 'Excel',
    description: 'CSV with a byte-order mark and CRLF line endings; cells that would run as formulas start with an apostrophe.',
  },
];

/** How the tables are written for a target. Excel always gets CSV. */
export function targetOptions(target: DatasetTarget, format: 'csv' | 'tsv'): Delimited {
  return target === 'excel'
    ? { format: 'csv', lineEnding: '\r\n', bom: true, guardFormulas: true }
    : { format, lineEnding: '\n', bom: false, guardFormulas: false };
}

/** The dataset's README: the columns and units, and how these files were written. */
export function datasetReadme(target: DatasetTarget, options: Delimited): string {
  const chosen = DATASET_TARGETS.find((t) => t.id === target)!;
  return [
    columnDocumentation().trimEnd(),
    '',
    '## These files',
    '',
    `- Written for ${chosen.label}: ${chosen.description}`,
    `- Format: ${options.format.toUpperCase()}; line endings: ${options.lineEnding === '\r\n' ? 'CRLF' : 'LF'}; byte-order mark: ${options.bom ? 'yes' : 'no'}; formula guard: ${options.guardFormulas === false ? 'off (every text cell is exactly the text)' : "on (a leading ' was added where a cell could run as a formula)"}.`,
    '',
  ].join('\n');
}
