import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptEdit, deleteEdit, modifyEdit, tagEdit } from '../../../shared/annotation-edits';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import type { Annotation, Coder, DocumentRecord } from '../../../shared/model';
import { contentHash } from '../../../shared/text/hash';
import { serialiseCollection } from '../../../shared/w3c/export';
import { parseAnnotationFile } from '../../../shared/w3c/import';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { importEdit, planImport } from '../exchange/annotation-import';
import { DraftJournal } from './draft-journal';
import { Workspace } from './workspace';

/** Coders in the workspace: the local coder, other coders' layers, the one rule enforced by the writer. */

let db: WorkbenchDatabase;
let repo: Repository;
let workspace: Workspace;
let counter = 0;

const TEXT = 'Minister: The ferry agreement has lapsed.\nQuestion: Will the fees be published?\nMinister: We demand that they are.';
const doc: DocumentRecord = { id: 'd1', title: 'Briefing', text: TEXT, hash: contentHash(TEXT), sourceName: 'b.txt', importedAt: '2026-01-01T00:00:00.000Z', lastOpenedAt: '' };
const ben: Coder = { id: '2b7e4f1c-8d3a-4c5e-9b6f-1a0d3e5c7b92', name: 'Ben', kind: 'person' };
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

beforeEach(async () => {
  db = new WorkbenchDatabase(`coders-test-${Date.now()}-${counter++}`);
  await db.open();
  repo = new Repository(db);
  await repo.replaceAll({ documents: [doc], annotations: [], categories: [...DEFAULT_CATEGORIES], coders: [], adjudications: [] });
  workspace = new Workspace(repo, {} as Platform, new DraftJournal(null));
  await workspace.load();
});

afterEach(async () => {
  await db.delete();
});

/** Ben's W3C file: his coder id on each creator. */
function bensFile(name = 'Ben', id = '20000000-0000-4000-8000-000000000001'): string {
  const { start, end } = at('The ferry agreement');
  const annotation: Annotation = {
    id, documentId: doc.id, categoryId: 'claim', start, end, exact: TEXT.slice(start, end), prefix: '', suffix: '', memo: 'his memo',
    coderId: ben.id, coder: name, editorId: ben.id, created: '2026-02-01T00:00:00.000Z', modified: '2026-02-01T00:00:00.000Z', status: 'placed',
  };
  return serialiseCollection({
    label: 'Ben', collectionId: '00000000-0000-4000-8000-000000000001', pageId: '00000000-0000-4000-8000-000000000002', now: '2026-02-01T00:00:00.000Z',
    generator: { name: 'test', version: '1' }, documents: [doc], annotations: [annotation], categories: [...DEFAULT_CATEGORIES], coders: [{ ...ben, name }],
  });
}

async function importFile(json: string): Promise<boolean> {
  const parsed = parseAnnotationFile(json, 'ben.jsonld');
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = await planImport(workspace.read, workspace.codebook.list(), parsed.value, 'ben.jsonld', doc, [], true);
  const edit = importEdit(plan, workspace.codebook.list(), new Set());
  if (!edit.ok) throw new Error(edit.error);
  return workspace.runImport(edit.value, 'imported', doc.id);
}

async function tagMine(quote: string): Promise<Annotation> {
  const { start, end } = at(quote);
  const edit = tagEdit(doc, start, end, DEFAULT_CATEGORIES[1], crypto.randomUUID(), workspace.layer(), workspace.stamp());
  expect(await workspace.run(edit)).toBe(true);
  return edit.annotations[0].after!;
}

describe('the local coder', () => {
  it('gets an id on first naming, keeps it when renamed (undoably), and is written as a coder record', async () => {
    expect(await workspace.setCoder('Ana')).toBe(true);
    const id = workspace.localCoder!.id;
    expect(await repo.getSetting('coderId')).toBe(id);
    expect(await repo.coders()).toEqual([{ id, name: 'Ana', kind: 'person' }]);
    expect(await workspace.setCoder('Ana Kovač')).toBe(true);
    expect(workspace.localCoder).toEqual({ id, name: 'Ana Kovač', kind: 'person' });
    expect(await repo.coders()).toEqual([{ id, name: 'Ana Kovač', kind: 'person' }]);
    await workspace.undo();
    expect(workspace.coders.get(id)?.name).toBe('Ana');
    // A new workspace on the same database knows who codes here.
    const again = new Workspace(repo, {} as Platform, new DraftJournal(null));
    await again.load();
    expect(again.localCoder?.id).toBe(id);
  });

  it('a second person at the machine codes as a new coder: a new id, the first coder\'s annotations stay theirs', async () => {
    await workspace.setCoder('Ana');
    const ana = workspace.localCoder!;
    const hers = await tagMine('lapsed');
    expect(await workspace.newCoder('Boris')).toBe(true);
    expect(workspace.localCoder?.id).not.toBe(ana.id);
    expect(await repo.getSetting('coderId')).toBe(workspace.localCoder?.id);
    expect((await repo.allAnnotationsOf(doc.id)).find((a) => a.id === hers.id)?.coderId).toBe(ana.id);
    expect(await workspace.run(deleteEdit([hers]))).toBe(false);
    expect(await workspace.continueAs(ana.id)).toBe(true);
    expect(await workspace.run(deleteEdit([hers]))).toBe(true);
  });

  it('refuses to tag before there is a coder, and re-adds a coder record an undo removed', async () => {
    const { start, end } = at('lapsed');
    expect(await workspace.run(tagEdit(doc, start, end, DEFAULT_CATEGORIES[0], 'x', workspace.layer(), workspace.stamp()))).toBe(false);
    expect(workspace.status.text).toMatch(/enter your name first/);
    await workspace.setCoder('Ana');
    await workspace.undo(); // "Add coder Ana": the record goes, the setting stays
    expect(await repo.coders()).toEqual([]);
    await tagMine('lapsed');
    expect((await repo.coders()).map((c) => c.name)).toEqual(['Ana']);
  });
});

describe('other coders\' layers', () => {
  beforeEach(async () => {
    await workspace.setCoder('Ana');
    expect(await importFile(bensFile())).toBe(true);
  });

  it('imports a coder\'s file as their layer, with their coder record; the same coder in another file is one layer', async () => {
    expect(workspace.coders.get(ben.id)).toEqual(ben);
    expect(workspace.session?.list().map((a) => [a.coderId, a.coder])).toEqual([[ben.id, 'Ben']]);
    expect(await importFile(bensFile('Benjamin', '20000000-0000-4000-8000-000000000002'))).toBe(true);
    expect((await repo.coders()).filter((c) => c.id === ben.id)).toEqual([ben]);
    expect(new Set(workspace.session?.list().map((a) => a.coderId))).toEqual(new Set([ben.id]));
    await workspace.undo();
    await workspace.undo();
    expect(await repo.coders()).toEqual([workspace.localCoder]);
  });

  it('refuses any change to another coder\'s annotation, saying why, and changes nothing', async () => {
    const his = workspace.session!.list()[0];
    const before = await repo.allAnnotationsOf(doc.id);
    expect(await workspace.run(modifyEdit('Edit memo', his, { memo: 'mine now' }, workspace.stamp()))).toBe(false);
    expect(workspace.status).toMatchObject({ kind: 'error', text: expect.stringMatching(/Ben's annotation: it can be adopted as yours, not changed/) });
    expect(await workspace.run(deleteEdit([his]))).toBe(false);
    expect(await workspace.run(modifyEdit('Take', his, { coderId: workspace.localCoder!.id }, workspace.stamp()))).toBe(false);
    expect(await repo.allAnnotationsOf(doc.id)).toEqual(before);
    expect(workspace.history.peek().undo).toMatch(/^Import/);
  });

  it('adopts another coder\'s annotation as a copy in the own layer, one undoable step', async () => {
    const mine = await tagMine('We demand');
    const his = workspace.session!.list().find((a) => a.coderId === ben.id)!;
    const edit = adoptEdit([his], doc, workspace.session!.list(), workspace.layer(), workspace.stamp(), () => crypto.randomUUID())!;
    expect(await workspace.run(edit)).toBe(true);
    const list = workspace.session!.list();
    const copy = list.find((a) => a.coderId === workspace.localCoder!.id && a.id !== mine.id)!;
    expect(copy).toMatchObject({ start: his.start, end: his.end, categoryId: his.categoryId, memo: '', editorId: workspace.localCoder!.id });
    expect(list.find((a) => a.id === his.id)).toEqual(his);
    await workspace.undo();
    expect(workspace.session!.list().some((a) => a.id === copy.id)).toBe(false);
  });

  it('lets anyone adjudicate into the consensus layer, recording who did', async () => {
    const { coder, created } = workspace.consensus();
    expect(created).toBe(true);
    const { start, end } = at('lapsed');
    const edit = tagEdit(doc, start, end, DEFAULT_CATEGORIES[0], 'c1', coder, workspace.stamp());
    expect(await workspace.run({ ...edit, coders: [{ before: null, after: coder }] })).toBe(true);
    expect(workspace.consensus()).toEqual({ coder, created: false });
    expect(await repo.getSetting('consensusCoderId')).toBe(coder.id);
    const written = workspace.session!.get('c1')!;
    expect(written).toMatchObject({ coderId: coder.id, editorId: workspace.localCoder!.id });
    expect(await workspace.run(modifyEdit('Change category', written, { categoryId: 'demand' }, workspace.stamp()))).toBe(true);
  });
});
