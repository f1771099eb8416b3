import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_CANCEL_GRACE_MS } from '../../shared/limits';
import { contentHash } from '../../shared/text/hash';
import { addExclusion } from '../../shared/transcript/corrections';
import { detectStructure, preamble } from '../../shared/transcript/structure';
import { BRIEFING, QA_INTERVIEW } from '../../shared/transcript/test-transcripts';
import { inThreadSearchWorker, SearchClient, type SearchWorkerLike } from './search-client';
import type { IndexedDocument } from './search-protocol';

function indexed(id: string, text: string, exclude = false): IndexedDocument {
  const hash = contentHash(text);
  let structure = detectStructure(text, hash);
  if (exclude) {
    const chrome = preamble(structure)!;
    structure = addExclusion(structure, text, chrome.start, chrome.end, 'chrome');
  }
  return { id, hash, text, stored: structure };
}

const request = (query: string, more = {}) => ({ query, options: {}, context: 20, includeExcluded: false, ...more });

let client: SearchClient | null = null;
afterEach(() => {
  client?.stop();
  client = null;
  vi.useRealTimers();
});

async function ready(documents: IndexedDocument[]): Promise<SearchClient> {
  const c = new SearchClient(async () => documents, inThreadSearchWorker);
  client = c;
  const indexedNow = new Promise<void>((resolve) => c.subscribe(() => c.state.kind === 'ready' && resolve()));
  c.start();
  await indexedNow;
  return c;
}

describe('the library search client and worker engine', () => {
  it('finds a word across documents with its concordance line, speaker and turn', async () => {
    const c = await ready([indexed('b', BRIEFING), indexed('q', QA_INTERVIEW)]);
    expect(c.state).toMatchObject({ kind: 'ready', documents: 2 });
    const outcome = await c.search(request('ferr')).result;
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.usedIndex).toBe(true);
    expect(outcome.rows.map((r) => [r.documentId, r.match, r.speaker, r.turn])).toEqual([
      ['b', 'ferr', 'Question', 2],
      ['q', 'ferr', 'Q', 1],
    ]);
    expect(outcome.rows[0].left.endsWith('discuss the ')).toBe(true);
  });

  it('leaves out hits in regions that are not speech unless asked for, and counts them', async () => {
    const c = await ready([indexed('b', BRIEFING, true)]);
    const outcome = await c.search(request('Aberg')).result;
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.excluded).toBe(2); // the title and the lead, before the first turn
    expect(outcome.rows.every((r) => !r.excluded)).toBe(true);
    const all = await c.search(request('Aberg', { includeExcluded: true })).result;
    expect(all.ok && all.total).toBe(outcome.total + 2);
  });

  it('follows the library: documents put, replaced and removed', async () => {
    const c = await ready([indexed('b', BRIEFING)]);
    c.put([indexed('q', QA_INTERVIEW)]);
    c.remove(['b']);
    const outcome = await c.search(request('the')).result;
    expect(outcome.ok && [...new Set(outcome.rows.map((r) => r.documentId))]).toEqual(['q']);
  });

  it('refuses a bad pattern with the reason', async () => {
    const c = await ready([indexed('b', BRIEFING)]);
    const outcome = await c.search(request('(a+)+', { options: { regex: true } })).result;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/repeat/i);
  });

  it('ends a worker that does not stop after a cancel, and starts a fresh one', async () => {
    vi.useFakeTimers();
    const made: SearchWorkerLike[] = [];
    const silent = (): SearchWorkerLike => {
      const w: SearchWorkerLike = { onmessage: null, onerror: null, postMessage: vi.fn(), terminate: vi.fn() };
      made.push(w);
      return w;
    };
    const c = new SearchClient(async () => [], silent);
    client = c;
    c.start();
    const running = c.search(request('ferry'));
    running.cancel();
    expect(made[0].postMessage).toHaveBeenCalledWith({ type: 'cancel', id: 1 });
    await vi.advanceTimersByTimeAsync(SEARCH_CANCEL_GRACE_MS + 10);
    const outcome = await running.result;
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/cancelled.*rebuilt/) });
    expect(made[0].terminate).toHaveBeenCalled();
    expect(made).toHaveLength(2);
    expect(c.state.kind).toBe('indexing');
  });
});
