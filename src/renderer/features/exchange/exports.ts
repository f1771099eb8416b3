import { APP_INFO } from '../../../shared/app-info';
import { datasetFiles, datasetFromModel } from '../../../shared/dataset/tables';
import { datasetReadme, targetOptions, type DatasetTarget } from '../../../shared/dataset/targets';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import { usableStructure } from '../../../shared/transcript/structure-record';
import { serialiseCollection } from '../../../shared/w3c/export';
import { serialiseWorkspace } from '../../../shared/workspace-file';
import type { Workspace } from '../workspace/workspace';

/** A file-name-safe version of a title. */
export function safeFileName(title: string): string {
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 120) || 'export';
}

/**
 * The annotations of some documents: the open document's from its session (which holds every
 * one of them, as drawn), the others read from the database.
 */
export async function annotationsOfDocuments(workspace: Workspace, documents: DocumentRecord[]): Promise<Annotation[]> {
  const open = workspace.session;
  const lists = await Promise.all(
    documents.map((d) => (open && open.documentId === d.id ? open.list() : workspace.read.allAnnotationsOf(d.id))),
  );
  return lists.flat();
}

/** Exports the annotations of some documents (one, or the whole library) as a W3C collection. */
export async function exportAnnotations(workspace: Workspace, documents: DocumentRecord[], label: string, fileName: string): Promise<void> {
  await workspace.flush();
  const annotations = await annotationsOfDocuments(workspace, documents);
  const json = serialiseCollection({
    label,
    collectionId: crypto.randomUUID(),
    pageId: crypto.randomUUID(),
    now: new Date().toISOString(),
    generator: { name: APP_INFO.name, version: APP_INFO.version },
    documents,
    annotations,
    categories: workspace.codebook.list(),
    coders: workspace.coders.list(),
  });
  const saved = await workspace.platform.saveFile(`${safeFileName(fileName)}.jsonld`, 'annotations', json);
  if (!saved.ok) throw new Error(saved.error);
  if (saved.value) workspace.say(`Exported ${annotations.length} annotations to ${saved.value}.`);
}

/** The reviewed transcript structures of some documents (those the library stores), by document id. */
export async function structuresOfDocuments(workspace: Workspace, documents: DocumentRecord[]): Promise<Map<string, TranscriptStructure>> {
  const records = await Promise.all(documents.map((d) => workspace.read.structure(d.id)));
  return new Map(documents.flatMap((d, i) => (records[i] ? [[d.id, usableStructure(d.text, d.hash, records[i].structure)] as const] : [])));
}

/**
 * Exports the dataset tables (segments, documents, codebook, turns, speakers) of some
 * documents, with their README: every coder's annotations, or one coder's layer (`coderId`; ''
 * for all); speakers and turns as reviewed (aliases, exclusions).
 */
export async function exportDataset(workspace: Workspace, documents: DocumentRecord[], target: DatasetTarget, format: 'csv' | 'tsv', coderId = ''): Promise<void> {
  await workspace.flush();
  const options = targetOptions(target, format);
  workspace.say(`Preparing the dataset of ${documents.length} document${documents.length === 1 ? '' : 's'}…`);
  const [all, structures] = await Promise.all([annotationsOfDocuments(workspace, documents), structuresOfDocuments(workspace, documents)]);
  const annotations = coderId === '' ? all : all.filter((a) => a.coderId === coderId);
  const categories = workspace.codebook.list();
  const files = [...datasetFiles(datasetFromModel({ documents, annotations, categories, coders: workspace.coders.list(), structures }), options), { name: 'README.md', content: datasetReadme(target, options) }];
  const saved = await workspace.platform.saveTables(files);
  if (!saved.ok) throw new Error(saved.error);
  if (!saved.value) return;
  const names = files.map((f) => f.name).join(', ');
  // The browser names the downloads; the desktop app says which folder they went to.
  workspace.say(`Saved ${names} (${annotations.length} segments)${saved.value === names ? '' : ` to ${saved.value}`}.`);
}

/** Exports the whole workspace to one file that restores everything on another machine. */
export async function exportWorkspace(workspace: Workspace): Promise<void> {
  await workspace.flush();
  const data = await workspace.read.snapshot();
  const stamp = new Date().toISOString().slice(0, 10);
  const saved = await workspace.platform.saveFile(`workspace-${stamp}.json`, 'workspace', serialiseWorkspace(data, new Date().toISOString()));
  if (!saved.ok) throw new Error(saved.error);
  if (saved.value) workspace.say(`Workspace exported: ${data.documents.length} documents, ${data.annotations.length} annotations, to ${saved.value}.`);
}
