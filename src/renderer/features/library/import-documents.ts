import type { Edit } from '../../../shared/edit';
import type { ImportBatch } from '../../../shared/ipc';
import type { DocumentRecord } from '../../../shared/model';
import { contentHash } from '../../../shared/text/hash';
import { detectStructure } from '../../../shared/transcript/structure';
import type { StructureRecord } from '../../../shared/transcript/structure-record';
import type { LibraryReader } from '../workspace/library-reader';
import { baseName } from '../../../shared/patterns';

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
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || base;
}

/** A document import worked out: each file's outcome, and the undoable edit adding the new documents. */
export interface DocumentImport {
  outcomes: FileOutcome[];
  /** Null when no file brought a new text. */
  edit: Edit | null;
  /** The new documents whose text has speaker turns (for the speaker review), in file order. */
  transcripts: string[];
}

/**
 * Works out an import batch: the good files become new documents (one undoable edit for all of
 * them, with each text's transcript structure as detected), a text already in the library
 * (same content hash) is not stored twice (the report offers to open the existing document
 * instead), refused files change nothing. Nothing is written.
 */
export async function planDocumentImport(read: LibraryReader, batch: ImportBatch, now: string, newId: () => string = () => crypto.randomUUID()): Promise<DocumentImport> {
  const outcomes: FileOutcome[] = [];
  const fresh: DocumentRecord[] = [];
  const structures: StructureRecord[] = [];
  for (const file of batch.files) {
    if (!file.ok) {
      outcomes.push({ name: file.name, status: 'refused', message: file.error, documentId: null });
      continue;
    }
    const hash = contentHash(file.text);
    const existing = (await read.documentByHash(hash)) ?? fresh.find((d) => d.hash === hash);
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
      id: newId(),
      title: titleFromFileName(file.name),
      text: file.text,
      hash,
      sourceName: file.name,
      importedAt: now,
      lastOpenedAt: '',
    };
    fresh.push(document);
    const structure = detectStructure(document.text, hash);
    structures.push({ documentId: document.id, structure });
    outcomes.push({
      name: file.name,
      status: 'imported',
      message: `“${file.name}” was imported (${file.format}, ${file.encoding}, ${file.text.length.toLocaleString('en')} characters${structure.turns.length ? `, ${structure.turns.length.toLocaleString('en')} speaker turns` : ''}).`,
      documentId: document.id,
    });
  }
  const edit: Edit | null = fresh.length
    ? {
        label: fresh.length === 1 ? `Import of “${fresh[0].title}”` : `Import of ${fresh.length} documents`,
        annotations: [],
        categories: [],
        documents: fresh.map((d) => ({ before: null, after: d })),
        structures: structures.map((s) => ({ before: null, after: s })),
      }
    : null;
  const transcripts = structures.filter((s) => s.structure.turns.length > 0).map((s) => s.documentId);
  return { outcomes, edit, transcripts };
}

/** The outcomes after the edit could not be written: nothing was imported. */
export function importFailed(outcomes: FileOutcome[]): FileOutcome[] {
  return outcomes.map((o) =>
    o.status === 'imported' ? { ...o, status: 'refused', message: `“${o.name}” could not be stored; nothing was imported.`, documentId: null } : o,
  );
}
