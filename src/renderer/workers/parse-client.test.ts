import { describe, expect, it } from 'vitest';
import { serialiseWorkspace } from '../../shared/workspace-file';
import { inProcessWorker } from './in-process-worker';
import { readAnnotationFileOffThread, readWorkspaceFileOffThread } from './parse-client';
import { parseTask } from './parse-task';

describe('reading files off the interface thread', () => {
  it('reads an annotation file in its worker, and ends the worker', async () => {
    const workers = inProcessWorker(parseTask);
    const parsed = await readAnnotationFileOffThread('{"type": "AnnotationCollection"}', 'empty.jsonld', workers.create);
    expect(parsed.ok).toBe(true);
    expect(workers.started).toBe(1);
    expect(workers.ended).toBe(1);
  });

  it('passes the reader’s refusal on, naming the file', async () => {
    const parsed = await readAnnotationFileOffThread('claim: not json', 'notes.json', inProcessWorker(parseTask).create);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('notes.json');
  });

  it('reads a workspace file', async () => {
    const json = serialiseWorkspace({ documents: [], annotations: [], categories: [], coders: [], adjudications: [] }, '2026-01-01T00:00:00.000Z');
    const parsed = await readWorkspaceFileOffThread(json, 'workspace.json', inProcessWorker(parseTask).create);
    expect(parsed).toMatchObject({ ok: true, value: { documents: [], annotations: [] } });
  });

  it('refuses a file whose reader fails in the worker, naming it', async () => {
    const crashing = inProcessWorker(() => {
      throw new Error('out of memory');
    });
    const parsed = await readWorkspaceFileOffThread('{}', 'huge.json', crashing.create);
    expect(parsed).toEqual({ ok: false, error: '“huge.json” could not be read (out of memory); nothing was changed.' });
  });
});
