/**
 * REFI-QDA in the app: planning a read project against the library, and the exports (a
 * `.qdpx` of some documents, written in the worker; a `.qdc` of the codebook). The import
 * dialogs (`QdpxImportDialog`, `QdcImportDialog`) show the plans and write only on confirm.
 */
import { APP_INFO } from '../../../shared/app-info';
import type { DocumentRecord } from '../../../shared/model';
import { plural } from '../../../shared/plural';
import { exportQdc, type QdpxExportReport } from '../../../shared/qdpx/export';
import type { QdpxImport } from '../../../shared/qdpx/import';
import { planQdpxImport, type QdpxPlan } from '../../../shared/qdpx/plan';
import { runQdpxInWorker, type QdpxControl, type QdpxOutcome } from '../../workers/qdpx-client';
import type { Workspace } from '../workspace/workspace';
import { annotationsOfDocuments, safeFileName } from './exports';

const GENERATOR = { name: APP_INFO.name, version: APP_INFO.version };

/**
 * Fits a read project to the library: documents matched by their text's hash, codes to the
 * codebook, annotations the library already has left out. Reads only.
 */
export async function planAgainstLibrary(workspace: Workspace, imported: QdpxImport): Promise<QdpxPlan> {
  const [documents, existing] = await Promise.all([workspace.read.documents(), workspace.read.existingAnnotations(imported.annotations.map((a) => a.id))]);
  return planQdpxImport(imported, { documents, categories: workspace.codebook.list(), annotationIds: new Set(existing.keys()) });
}

/** A worker outcome that gave no value, as a sentence ending “nothing was changed”. */
export function workerFailure(outcome: Extract<QdpxOutcome<unknown>, { ok: false }>, what: string): string {
  if (outcome.reason === 'timeout') return `${what} was stopped: ${outcome.error}. Nothing was changed.`;
  if (outcome.reason === 'cancelled') return `${what} was cancelled. Nothing was changed.`;
  return `${what} failed (${outcome.error}). Nothing was changed.`;
}

/** The sentence after an export: what went where, and what could not go. */
export function describeExport(report: QdpxExportReport, where: string): string {
  const parts = [plural(report.documents, 'document'), plural(report.selections, 'coded selection'), plural(report.codes, 'code'), plural(report.coders, 'coder')];
  const left: string[] = [];
  if (report.orphansLeftOut > 0) left.push(`${plural(report.orphansLeftOut, 'orphan')} left out (an annotation without a place in its text cannot be a selection)`);
  if (report.emptyLeftOut > 0) left.push(`${plural(report.emptyLeftOut, 'empty span')} left out`);
  if (report.replacedCharacters > 0) left.push(`${plural(report.replacedCharacters, 'text')} with characters XML cannot hold, written as U+FFFD`);
  return `Exported ${parts.join(', ')} to ${where}${left.length > 0 ? `; ${left.join('; ')}` : ''}.`;
}

/**
 * Exports documents with their annotations and the codebook as a `.qdpx` (written in the
 * worker), then saves it where the user says. Resolves to the status sentence, or null when
 * the user cancelled the save dialog; rejects with a sentence when anything failed.
 */
export async function exportProject(workspace: Workspace, documents: DocumentRecord[], name: string, control: QdpxControl = {}): Promise<string | null> {
  await workspace.flush();
  const annotations = await annotationsOfDocuments(workspace, documents);
  const outcome = await runQdpxInWorker(
    'export-qdpx',
    { projectName: name, now: new Date().toISOString(), generator: GENERATOR, documents, annotations, categories: workspace.codebook.list() },
    control,
  );
  if (!outcome.ok) throw new Error(workerFailure(outcome, 'Writing the REFI-QDA project'));
  const fileName = `${safeFileName(name)}.qdpx`;
  const saved = await workspace.platform.saveBinaryFile(fileName, 'qdpx', outcome.value.bytes);
  if (!saved.ok) throw new Error(saved.error);
  return saved.value === null ? null : describeExport(outcome.value.report, saved.value);
}

/** Exports the codebook as a `.qdc` and says where it went. */
export async function exportCodebook(workspace: Workspace): Promise<void> {
  const categories = workspace.codebook.list();
  const qdc = exportQdc({ categories, generator: GENERATOR });
  if (!qdc.ok) return workspace.say(qdc.error, 'error');
  const saved = await workspace.platform.saveFile('codebook.qdc', 'qdc', qdc.value);
  if (!saved.ok) throw new Error(saved.error);
  if (saved.value) workspace.say(`Exported the codebook (${plural(categories.length, 'code')}) to ${saved.value}.`);
}
