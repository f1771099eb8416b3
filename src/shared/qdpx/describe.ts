/**
 * The import report in sentences, the same for the command line and the app's import dialog:
 * per source, which reading of positions was used, why, and how many codings it placed.
 */
import { plural } from '../plural';
import type { SourceReport } from './import-types';
import { describeReading, type ReadingBasis } from './readings';

const BASIS: Record<ReadingBasis, string> = {
  only: 'the text leaves no other reading',
  agree: 'every reading places the selections alike',
  names: 'the selections’ names read as their quotes',
  fit: 'the selections fit the text’s words and length that way',
  undecided: 'UNDECIDED: other readings fit as well; check the placements or choose another reading',
  chosen: 'chosen by you',
};

/** One sentence about a source, e.g. for the report's list. */
export function describeSource(report: SourceReport): string {
  const name = `“${report.name}”${report.kind === 'pdf' ? ' (text of a PDF)' : ''}`;
  if (report.documentId === null || report.reading === null || report.basis === null) {
    return `${name}: not imported: ${report.problem ?? 'no text'}; ${plural(report.codings, 'coding')} not carried over.`;
  }
  const reading = describeReading(report.reading, report);
  const counts = [`${report.placed.toLocaleString('en')} placed`];
  if (report.placedByQuote > 0) counts.push(`${report.placedByQuote.toLocaleString('en')} placed by their quote (their positions did not fit)`);
  if (report.orphaned > 0) counts.push(`${report.orphaned.toLocaleString('en')} not placed (kept as orphans)`);
  return `${name}: ${plural(report.codings, 'coding')} in ${plural(report.selections, 'selection')}; positions read as ${reading} (${BASIS[report.basis]}); ${counts.join(', ')}.`;
}
