import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import type { DocumentRecord } from '../../../shared/model';
import { contentHash } from '../../../shared/text/hash';
import { serialiseCollection } from '../../../shared/w3c/export';
import { parseAnnotationFile } from '../../../shared/w3c/import';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { importEdit, planImport } from '../exchange/annotation-import';
import { planDocumentImport } from '../library/import-documents';
import { DraftJournal } from './draft-journal';
import { Workspace } from './workspace';

/** Undo after each kind of import gives back exactly the library before it. */

let db: WorkbenchDatabase;
let workspace: Workspace;
let counter = 0;
const platform: Platform = {
  kind: 'browser',
  mac: false,
  importDocuments: async () => ({ ok: false, error: 'not in tests' }),
  importDroppedFiles: async () => ({ ok: false, error: 'not in tests' }),
  openFile: async () => ({ ok: false, error: 'not in tests' }),
  saveFile: async () => ({ ok: false, error: 'not in tests' }),
  openBinaryFile: async () => ({ ok: false, error: 'not in tests' }),
  saveBinaryFile: async () => ({ ok: false, error: 'not in tests' }),
  saveTables: async () => ({ ok: false, error: 'not in tests' }),
  backups: null,
  desktop: null,
};

const TEXT = 'Minister: The ferry agreement has lapsed.\nQuestion: Will the fees be published?\nMinister: We demand that they are.';
const doc = (id: string, text = TEXT): DocumentRecord => ({ id, title: id, text, hash: contentHash(text), sourceName: `${id}.txt`, importedAt: '2026-01-01T00:00:00.000Z', lastOpenedAt: '' });

/** The whole library in a stable order, to compare before and after. */
async function state() {
  const s = await workspace.read.snapshot();
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const structures = [...s.structures].sort((a, b) => a.documentId.localeCompare(b.documentId));
  return { documents: byId(s.documents), annotations: byId(s.annotations), categories: byId(s.categories), structures, counts: [...(await workspace.read.libraryCounts()).entries()].sort() };
}

beforeEach(async () => {
  db = new WorkbenchDatabase(`imports-undo-${Date.now()}-${counter++}`);
  await db.open();
  const repo = new Repository(db);
  await repo.replaceAll({ documents: [doc('d1')], annotations: [], categories: [...DEFAULT_CATEGORIES], coders: [], adjudications: [] });
  workspace = new Workspace(repo, platform, new DraftJournal(null));
  await workspace.load();
});

afterEach(async () => {
  await db.delete();
});

/** A W3C file with two annotations on TEXT, one with a memo, and a codebook that renames claim. */
function annotationFile(memo = 'framed as fact', modified = '2026-02-01T00:00:00.000Z'): string {
  const start = TEXT.indexOf('The ferry');
  const demand = TEXT.indexOf('We demand');
  const base = { documentId: 'x', prefix: '', suffix: '', coderId: 'ben-id', coder: 'Ben', editorId: 'ben-id', created: '2026-02-01T00:00:00.000Z', modified, status: 'placed' as const };
  return serialiseCollection({
    label: 'Ben',
    collectionId: '00000000-0000-4000-8000-000000000001',
    pageId: '00000000-0000-4000-8000-000000000002',
    now: modified,
    generator: { name: 'test', version: '1' },
    documents: [{ ...doc('x'), id: 'x' }],
    annotations: [
      { ...base, id: '10000000-0000-4000-8000-000000000001', categoryId: 'claim', start, end: start + 32, exact: TEXT.slice(start, start + 32), memo },
      { ...base, id: '10000000-0000-4000-8000-000000000002', categoryId: 'denial', start: demand, end: demand + 9, exact: 'We demand', memo: '' },
    ],
    categories: [{ ...DEFAULT_CATEGORIES[0], label: 'assertion' }, ...DEFAULT_CATEGORIES.slice(1), { ...DEFAULT_CATEGORIES[0], id: 'denial', label: 'denial', order: 9 }],
  });
}

async function importAnnotations(json: string, take: string[] = []) {
  const parsed = parseAnnotationFile(json, 'ben.jsonld');
  if (!parsed.ok) throw new Error(parsed.error);
  const target = (await workspace.read.document('d1'))!;
  const plan = await planImport(workspace.read, workspace.codebook.list(), parsed.value, 'ben.jsonld', target, [], true);
  const edit = importEdit(plan, workspace.codebook.list(), new Set(take));
  if (!edit.ok) throw new Error(edit.error);
  expect(await workspace.runImport(edit.value, 'imported')).toBe(true);
  return plan;
}

describe('undo after an import restores the library exactly', () => {
  it('document import', async () => {
    const before = await state();
    const planned = await planDocumentImport(
      workspace.read,
      { cancelled: false, files: [{ ok: true, name: 'b.txt', text: 'Another text.', sizeBytes: 13, format: 'text', encoding: 'UTF-8' }] },
      '2026-01-02T00:00:00.000Z',
      () => 'd2',
    );
    expect(await workspace.runImport(planned.edit!, 'imported')).toBe(true);
    expect((await state()).documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect((await state()).structures.map((s) => s.documentId)).toEqual(['d2']);
    await workspace.undo();
    expect(await state()).toEqual(before);
    expect(workspace.status.text).toBe('Undone: import of “b”.');
  });

  it('annotation import with a new category and a codebook difference taken from the file', async () => {
    const before = await state();
    const plan = await importAnnotations(annotationFile(), ['claim']);
    expect(plan.codebook.changed.map((d) => d.id)).toEqual(['claim']);
    const after = await state();
    expect(after.annotations).toHaveLength(2);
    expect(after.categories.find((c) => c.id === 'claim')?.label).toBe('assertion');
    expect(after.categories.some((c) => c.id === 'denial')).toBe(true);
    expect(workspace.codebook.get('claim')?.label).toBe('assertion');
    await workspace.undo();
    expect(await state()).toEqual(before);
    expect(workspace.codebook.get('claim')?.label).toBe('claim');
    expect(workspace.codebook.get('denial')).toBeUndefined();
    // Redo brings back exactly the import.
    await workspace.redo();
    expect(await state()).toEqual(after);
  });

  it('an annotation import that updates older versions, keeping the library codebook', async () => {
    await importAnnotations(annotationFile('first memo', '2026-02-01T00:00:00.000Z'));
    const before = await state();
    expect(before.categories.find((c) => c.id === 'claim')?.label).toBe('claim');
    const plan = await importAnnotations(annotationFile('newer memo', '2026-03-01T00:00:00.000Z'));
    expect(plan.updated).toBe(2);
    expect((await state()).annotations.map((a) => a.memo).sort()).toEqual(['', 'newer memo']);
    await workspace.undo();
    expect(await state()).toEqual(before);
  });

  it('workspace replacement clears the history instead', async () => {
    await importAnnotations(annotationFile());
    expect(workspace.history.peek().undo).not.toBeNull();
    expect(await workspace.replaceAll({ documents: [doc('d9')], annotations: [], categories: [...DEFAULT_CATEGORIES], coders: [], adjudications: [] }, 'backup.json')).toBe(true);
    expect(workspace.history.peek()).toEqual({ undo: null, redo: null });
    expect((await state()).documents.map((d) => d.id)).toEqual(['d9']);
    expect(workspace.status.text).toContain('Undo history was cleared');
  });
});
