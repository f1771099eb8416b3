import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import { contentHash } from '../../../shared/text/hash';
import { addExclusion, mergeSpeakers } from '../../../shared/transcript/corrections';
import { speakersOf } from '../../../shared/transcript/speakers';
import { preamble } from '../../../shared/transcript/structure';
import { BRIEFING } from '../../../shared/transcript/test-transcripts';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { planDocumentImport } from '../library/import-documents';
import { DraftJournal } from './draft-journal';
import { Workspace } from './workspace';

/** Transcript structures go through the one writer: detected on import, corrected, undone, redone. */

let db: WorkbenchDatabase;
let workspace: Workspace;
let counter = 0;
const refuse = async () => ({ ok: false as const, error: 'not in tests' });
const platform: Platform = {
  kind: 'browser',
  mac: false,
  importDocuments: refuse,
  importDroppedFiles: refuse,
  openFile: refuse,
  saveFile: refuse,
  saveTables: refuse,
  openBinaryFile: refuse,
  saveBinaryFile: refuse,
  backups: null,
  desktop: null,
};

beforeEach(async () => {
  db = new WorkbenchDatabase(`structure-history-${Date.now()}-${counter++}`);
  await db.open();
  const repo = new Repository(db);
  await repo.replaceAll({ documents: [], annotations: [], categories: [...DEFAULT_CATEGORIES], coders: [], adjudications: [] });
  workspace = new Workspace(repo, platform, new DraftJournal(null));
  await workspace.load();
});

afterEach(async () => {
  await db.delete();
});

async function importBriefing(): Promise<void> {
  const planned = await planDocumentImport(
    workspace.read,
    { cancelled: false, files: [{ ok: true, name: 'briefing.txt', text: BRIEFING, sizeBytes: BRIEFING.length, format: 'text', encoding: 'UTF-8' }] },
    '2026-01-02T00:00:00.000Z',
    () => 'b1',
  );
  expect(planned.transcripts).toEqual(['b1']);
  expect(await workspace.runImport(planned.edit!, 'imported', 'b1')).toBe(true);
}

describe('transcript structures in the workspace history', () => {
  it('are detected on import, stored beside the document, and leave with the undone import', async () => {
    await importBriefing();
    const stored = await workspace.read.structure('b1');
    expect(stored?.structure.hash).toBe(contentHash(BRIEFING));
    expect(stored?.structure.turns.length).toBe(5);
    expect(workspace.structure).toEqual(stored?.structure);
    await workspace.undo();
    expect(await workspace.read.structure('b1')).toBeUndefined();
  });

  it('take corrections as undoable steps, followed by the open document', async () => {
    await importBriefing();
    const text = workspace.document!.text;
    const seen: string[][] = [];
    workspace.subscribeStructure(() => seen.push(speakersOf(workspace.structure!)));
    const merged = mergeSpeakers(workspace.structure!, ['Aide to the Minister Tomas Aberg'], 'Tomas Aberg');
    expect(await workspace.correctStructure('Merge speakers', merged, 'Merged.')).toBe(true);
    const chrome = preamble(workspace.structure!)!;
    expect(await workspace.correctStructure('Exclude from speech', addExclusion(workspace.structure!, text, chrome.start, chrome.end, 'chrome'), 'Excluded.')).toBe(true);
    expect((await workspace.read.structure('b1'))?.structure.exclusions).toEqual([{ start: 0, end: chrome.end, kind: 'chrome' }]);
    expect(speakersOf(workspace.structure!)).toEqual(['Tomas Aberg', 'Question']);

    await workspace.undo();
    expect((await workspace.read.structure('b1'))?.structure.exclusions).toEqual([]);
    await workspace.undo();
    expect(speakersOf(workspace.structure!)).toEqual(['Aide to the Minister Tomas Aberg', 'Question', 'Tomas Aberg']);
    expect((await workspace.read.structure('b1'))?.structure.aliases).toEqual([]);
    await workspace.redo();
    expect((await workspace.read.structure('b1'))?.structure.aliases).toEqual([{ name: 'Aide to the Minister Tomas Aberg', speaker: 'Tomas Aberg' }]);
    expect(seen.at(-1)).toEqual(['Tomas Aberg', 'Question']);
  });

  it('go with a deleted document and come back with the undo', async () => {
    await importBriefing();
    await workspace.correctStructure('Merge speakers', mergeSpeakers(workspace.structure!, ['Aide to the Minister Tomas Aberg'], 'Tomas Aberg'), 'Merged.');
    const document = (await workspace.read.document('b1'))!;
    const structure = (await workspace.read.structure('b1'))!;
    await workspace.run({ label: 'Delete', annotations: [], categories: [], documents: [{ before: document, after: null }], structures: [{ before: structure, after: null }] });
    expect(await workspace.read.structure('b1')).toBeUndefined();
    expect(workspace.structure).toBeNull();
    await workspace.undo();
    expect(await workspace.read.structure('b1')).toEqual(structure);
  });

  it('a stored structure for another text is not used: the turns are detected again', async () => {
    await importBriefing();
    const stale = { ...workspace.structure!, hash: 'another text', turns: [] };
    await workspace.run({ label: 'x', annotations: [], categories: [], structures: [{ before: null, after: { documentId: 'b1', structure: stale } }] });
    expect(workspace.structure!.turns.length).toBe(5);
    expect(workspace.structure!.hash).toBe(contentHash(BRIEFING));
  });
});
