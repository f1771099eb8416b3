import type { ImportBatch } from '../../../shared/ipc';
import type { DocumentRecord } from '../../../shared/model';
import { contentHash } from '../../../shared/text/hash';
import type { Workspace } from '../workspace/workspace';

/** What happened to one file of an import. */
export interface FileOutcome {
  name: string;
  status: 'imported' | 'duplicate' | 'refused';
  message: string;
  /** The new or existing document, for "Open". */
  documentId: string | null;
}

/** The title a file name gives: without folders and extension. */
export function titleFromFileName(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || base;
}

/**
 * Stores the good files of an import batch as documents, in one transaction, and reports each
 * file's outcome. A text already in the library (same content hash) is not stored twice; the
 * report offers to open the existing document instead. Refused files change nothing.
 */
export async function storeImportedFiles(workspace: Workspace, batch: ImportBatch): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const fresh: DocumentRecord[] = [];
  const now = new Date().toISOString();
  for (const file of batch.files) {
    if (!file.ok) {
      outcomes.push({ name: file.name, status: 'refused', message: file.error, documentId: null });
      continue;
    }
    const hash = contentHash(file.text);
    const existing = (await workspace.repo.documentByHash(hash)) ?? fresh.find((d) => d.hash === hash);
    if (existing) {
      outcomes.push({
        name: file.name,
        status: 'duplicate',
        message: `“${file.name}” has the same text as “${existing.title}”, which is already in the library.`,
        documentId: existing.id,
      });
      continue;
    }
    const document: DocumentRecord = {
      id: crypto.randomUUID(),
      title: titleFromFileName(file.name),
      text: file.text,
      hash,
      sourceName: file.name,
      importedAt: now,
      lastOpenedAt: '',
    };
    fresh.push(document);
    outcomes.push({
      name: file.name,
      status: 'imported',
      message: `“${file.name}” was imported (${file.format}, ${file.encoding}, ${file.text.length.toLocaleString()} characters).`,
      documentId: document.id,
    });
  }
  if (fresh.length > 0) {
    try {
      await workspace.repo.addDocuments(fresh);
      workspace.dirty = true;
    } catch (error) {
      workspace.failed(error, 'Import');
      return outcomes.map((o) =>
        o.status === 'imported' ? { ...o, status: 'refused', message: `“${o.name}” could not be stored; nothing was imported.`, documentId: null } : o,
      );
    }
  }
  return outcomes;
}
