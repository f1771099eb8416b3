import { APP_INFO } from '../../../shared/app-info';
import { formatTable } from '../../../shared/dataset/csv';
import { datasetFromModel, segmentsTable } from '../../../shared/dataset/tables';
import { targetOptions } from '../../../shared/dataset/targets';
import type { Category, DocumentRecord } from '../../../shared/model';
import type { CodedSegment, SegmentGroup } from '../../../shared/reports/coded-segments';
import { htmlReport, markdownReport, type ReportHeading } from '../../../shared/reports/segments-report';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import type { Workspace } from '../workspace/workspace';

/** The heading of a report on some segments. */
export function reportHeading(criteria: string[]): ReportHeading {
  return { title: 'Coded segments', criteria, generatedAt: new Date().toISOString(), generator: `${APP_INFO.name} ${APP_INFO.version}` };
}

/**
 * Saves the segments as a dataset table: the columns of the dataset's `segments.csv`
 * (code points, speaker and turn as reviewed), for R, pandas, Stata and SPSS.
 */
export async function saveSegmentsTable(
  workspace: Workspace,
  segments: readonly CodedSegment[],
  records: readonly DocumentRecord[],
  structures: ReadonlyMap<string, TranscriptStructure | null>,
  categories: readonly Category[],
): Promise<void> {
  const used = new Set(segments.map((s) => s.annotation.documentId));
  const documents = records.filter((d) => used.has(d.id));
  const reviewed = new Map(documents.flatMap((d) => (structures.get(d.id) ? [[d.id, structures.get(d.id)!] as const] : [])));
  const table = segmentsTable(datasetFromModel({ documents, annotations: segments.map((s) => s.annotation), categories, structures: reviewed }));
  const saved = await workspace.platform.saveFile('coded-segments.csv', 'csv', formatTable(table.columns, table.rows, targetOptions('statistics', 'csv')));
  if (!saved.ok) throw new Error(saved.error);
  if (saved.value) workspace.say(`Saved ${segments.length} coded segments as a table to ${saved.value}.`);
}

/** Saves the readable report, as a self-contained web page or as Markdown. */
export async function saveSegmentsReport(workspace: Workspace, kind: 'html' | 'markdown', heading: ReportHeading, groups: readonly SegmentGroup[]): Promise<void> {
  const content = kind === 'html' ? htmlReport(heading, groups) : markdownReport(heading, groups);
  const saved = await workspace.platform.saveFile(kind === 'html' ? 'coded-segments.html' : 'coded-segments.md', kind, content);
  if (!saved.ok) throw new Error(saved.error);
  if (saved.value) workspace.say(`Saved the report to ${saved.value}.`);
}
