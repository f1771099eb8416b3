import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { Workspace } from './workspace';

let db: WorkbenchDatabase;
let workspace: Workspace;
let counter = 0;

beforeEach(async () => {
  db = new WorkbenchDatabase(`workspace-test-${Date.now()}-${counter++}`);
  await db.open();
  // The status line and the document never reach the platform (files, dialogs).
  workspace = new Workspace(new Repository(db), {} as Platform);
});

afterEach(async () => {
  await db.delete();
});

describe('Workspace listeners', () => {
  it('tells status listeners about a sentence without re-rendering the rest of the app', () => {
    const app: string[] = [];
    const status: string[] = [];
    workspace.subscribe(() => app.push('app'));
    workspace.subscribeStatus(() => status.push(workspace.status.text));
    const version = workspace.version;
    workspace.say('Tagged “a claim” as Claim.');
    workspace.failed(new Error('The disk is gone.'), 'Export');
    expect(status).toEqual(['Tagged “a claim” as Claim.', 'Export failed: The disk is gone. Nothing was changed.']);
    expect(workspace.status.kind).toBe('error');
    expect(app).toEqual([]);
    expect(workspace.version).toBe(version);
  });

  it('tells app listeners, not status listeners, when the open document changes', async () => {
    const app: string[] = [];
    const status: string[] = [];
    await db.documents.add({
      id: 'd1',
      title: 'Briefing',
      text: 'Some text.',
      hash: 'h',
      sourceName: 'b.txt',
      importedAt: '2024-01-01T00:00:00.000Z',
      lastOpenedAt: '',
    });
    workspace.subscribe(() => app.push(workspace.document?.title ?? 'none'));
    workspace.subscribeStatus(() => status.push(workspace.status.text));
    await workspace.open('d1');
    workspace.close();
    expect(app).toEqual(['Briefing', 'none']);
    expect(status).toEqual([]);
  });
});
