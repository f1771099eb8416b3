import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { codebookImportEdit, projectImportEdit } from '../../../shared/qdpx/apply';
import { exportQdc, exportQdpx } from '../../../shared/qdpx/export';
import { readQdc, readQdpx } from '../../../shared/qdpx/import';
import { planQdcImport, takeEverything } from '../../../shared/qdpx/plan';
import { contentHash } from '../../../shared/text/hash';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { DraftJournal } from '../workspace/draft-journal';
import { Workspace } from '../workspace/workspace';
import { planAgainstLibrary } from './qdpx-exchange';

/** REFI-QDA imports through the workspace: planned against the library, one undoable step. */

const refused = async () => ({ ok: false as const, error: 'not in tests' });
const platform: Platform = {
  kind: 'browser',
  mac: false,
  importDocuments: refused,
  importDroppedFiles: refused,
  openFile: refused,
  saveFile: refused,
  openBinaryFile: refused,
  saveBinaryFile: refused,
  saveTables: refused,
  backups: null,
  desktop: null,
};

const NOW = '2026-02-01T00:00:00.000Z';
const GENERATOR = { name: 'other library', version: '1' };
const TEXT = 'Minister: The ferry agreement has lapsed 🚢.\nQuestion: Will the fees be published?';
const HERE: DocumentRecord = { id: 'd1', title: 'Briefing', text: TEXT, hash: contentHash(TEXT), sourceName: 'b.txt', importedAt: NOW, lastOpenedAt: '' };
const OTHER_TEXT = 'Another text, only in the file.';

let db: WorkbenchDatabase;
let workspace: Workspace;
let counter = 0;

beforeEach(async () => {
  db = new WorkbenchDatabase(`qdpx-import-${Date.now()}-${counter++}`);
  await db.open();
  const repo = new Repository(db);
  await repo.replaceAll({ documents: [HERE], annotations: [], categories: [...DEFAULT_CATEGORIES] });
  workspace = new Workspace(repo, platform, new DraftJournal(null));
  await workspace.load();
});

afterEach(async () => {
  await db.delete();
});

async function state() {
  const s = await workspace.read.snapshot();
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  // Opening the imported document marks it as opened: that is reading, not the library's content.
  const documents = byId(s.documents).map((d) => ({ ...d, lastOpenedAt: '' }));
  return { documents, annotations: byId(s.annotations), categories: byId(s.categories) };
}

/** A project another library wrote: the same briefing (other id) and a second text, two coders. */
function project(): Uint8Array {
  const theirs: DocumentRecord = { ...HERE, id: 'their-copy', title: 'Their briefing' };
  const other: DocumentRecord = { ...HERE, id: 'other', title: 'Other', text: OTHER_TEXT, hash: contentHash(OTHER_TEXT) };
  const on = (id: string, d: DocumentRecord, quote: string, categoryId: string, coder: string, memo = ''): Annotation => {
    const start = d.text.indexOf(quote);
    return { id, documentId: d.id, categoryId, start, end: start + quote.length, exact: quote, prefix: '', suffix: '', memo, coder, created: NOW, modified: NOW, status: 'placed' };
  };
  const irony = { id: 'irony', label: 'irony', definition: 'Says the opposite.', colour: '#56B4E9', shortcut: '', order: 4, retired: false };
  return exportQdpx({
    projectName: 'Seminar',
    now: NOW,
    generator: GENERATOR,
    documents: [theirs, other],
    annotations: [
      on('20000000-0000-4000-8000-000000000001', theirs, 'The ferry agreement has lapsed 🚢', 'claim', 'Ana', 'framed as fact'),
      on('20000000-0000-4000-8000-000000000002', theirs, 'Will the fees be published?', 'irony', 'Бори́с'),
      on('20000000-0000-4000-8000-000000000003', other, 'only in the file', 'demand', 'Ana'),
    ],
    categories: [{ ...DEFAULT_CATEGORIES[0], label: 'assertion' }, ...DEFAULT_CATEGORIES.slice(1), irony],
  }).bytes;
}

describe('a REFI-QDA project import', () => {
  it('puts annotations on the library’s copy of a text, adds the new text, and undoes as one step', async () => {
    const before = await state();
    const read = readQdpx(project(), { fileName: 'seminar.qdpx', now: NOW });
    if (!read.ok) throw new Error(read.error);
    const plan = await planAgainstLibrary(workspace, read.value);
    expect(plan.matchedDocuments.map((m) => m.existing.id)).toEqual(['d1']);
    expect(plan.addedDocuments.map((d) => d.text)).toEqual([OTHER_TEXT]);
    expect(plan.codebook.required.map((c) => c.label)).toEqual(['irony']);
    expect(plan.codebook.comparison.changed.map((d) => [d.id, d.fields])).toEqual([['claim', ['label']]]);

    const edit = projectImportEdit('seminar.qdpx', plan, workspace.codebook.list(), new Set(['claim']));
    if (!edit.ok) throw new Error(edit.error);
    expect(await workspace.runImport(edit.value, 'imported', 'd1')).toBe(true);
    const after = await state();
    expect(after.documents).toHaveLength(2);
    const onHere = after.annotations.filter((a) => a.documentId === 'd1');
    expect(onHere.map((a) => [TEXT.slice(a.start, a.end), a.coder, a.memo])).toEqual([
      ['The ferry agreement has lapsed 🚢', 'Ana', 'framed as fact'],
      ['Will the fees be published?', 'Бори́с', ''],
    ]);
    expect(workspace.codebook.get('claim')?.label).toBe('assertion');
    expect(workspace.session?.list()).toHaveLength(2);

    // The same file again brings nothing new.
    const again = await planAgainstLibrary(workspace, read.value);
    expect([again.annotations.length, again.addedDocuments.length, again.duplicates.length]).toEqual([0, 0, 3]);

    await workspace.undo();
    expect(await state()).toEqual(before);
    expect(workspace.status.text).toBe('Undone: import of 3 annotations and 1 document from “seminar.qdpx”.');
    expect(workspace.codebook.get('irony')).toBeUndefined();
    await workspace.redo();
    expect(await state()).toEqual(after);
  });

  it('a codebook (.qdc) import changes only the codebook, undoably', async () => {
    const qdc = exportQdc({ categories: [{ ...DEFAULT_CATEGORIES[1], colour: '#000000' }, { id: 'irony', label: 'irony', definition: '', colour: '#56B4E9', shortcut: '', order: 1, retired: false }], generator: GENERATOR });
    if (!qdc.ok) throw new Error(qdc.error);
    const read = readQdc(new TextEncoder().encode(qdc.value), { fileName: 'codes.qdc' });
    if (!read.ok) throw new Error(read.error);
    const before = await state();
    const plan = planQdcImport(read.value, workspace.codebook.list());
    const edit = codebookImportEdit('codes.qdc', plan, workspace.codebook.list(), takeEverything(plan));
    if (!edit.ok) throw new Error(edit.error);
    expect(await workspace.run(edit.value)).toBe(true);
    expect(workspace.codebook.get('accusation')?.colour).toBe('#000000');
    expect(workspace.codebook.list().map((c) => c.label)).toContain('irony');
    await workspace.undo();
    expect(await state()).toEqual(before);
  });
});
