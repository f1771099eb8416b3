import { describe, expect, it } from 'vitest';
import { Anchorer } from '../../shared/anchoring/anchor';
import { DEFAULT_CATEGORIES } from '../../shared/codebook';
import type { DocumentRecord } from '../../shared/model';
import { contentHash } from '../../shared/text/hash';
import type { ImportedAnnotation } from '../../shared/w3c/import-types';
import { placeAnnotations } from '../../shared/w3c/place';
import { inProcessWorker } from './in-process-worker';
import { PlacementCancelled, placeOffThread } from './place-client';
import { placeTask } from './place-task';

const text = 'PREFACE. The minister said the talks would resume next week. 🚢 Nobody believed it.';
const document: DocumentRecord = { id: 'd', title: 'Briefing', text, hash: contentHash(text), sourceName: '', importedAt: '', lastOpenedAt: '' };
const imported: ImportedAnnotation[] = [
  { id: 'a', categoryId: 'claim', categoryLabel: 'claim', memo: '', coder: 'Ana', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', source: { hash: null, iri: null, title: null }, quote: { exact: 'the talks would resume', prefix: 'minister said ', suffix: ' next' }, position: { start: 20, end: 42 } },
  { id: 'b', categoryId: null, categoryLabel: 'constructor', memo: 'm', coder: 'Ana', created: '', modified: '', source: { hash: null, iri: null, title: null }, quote: { exact: '\udea2 Nobody', prefix: '', suffix: '' }, position: null },
];

describe('placeOffThread', () => {
  it('gives what placeAnnotations gives on the interface thread', async () => {
    const options = { shipped: [], now: '2026-02-02T00:00:00.000Z' };
    const worker = inProcessWorker(placeTask);
    const seen: number[] = [];
    const off = await placeOffThread(imported, document, [...DEFAULT_CATEGORIES], options, { createWorker: worker.create, onProgress: (done) => seen.push(done) });
    expect(off).toEqual(placeAnnotations(imported, document, [...DEFAULT_CATEGORIES], new Anchorer(text), options));
    expect(off.widened).toBe(1);
    expect(off.newCategories.map((c) => c.label)).toEqual(['constructor']);
    expect(seen).toEqual([2]);
    expect(worker.ended).toBe(1);
  });

  it('rejects with PlacementCancelled when cancelled, and with a sentence when out of time', async () => {
    const stuck = inProcessWorker(() => new Promise<never>(() => undefined));
    const controller = new AbortController();
    const cancelled = placeOffThread(imported, document, [], {}, { createWorker: stuck.create, signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(PlacementCancelled);
    await expect(placeOffThread(imported, document, [], {}, { createWorker: stuck.create, timeoutMs: 10 })).rejects.toThrow(
      /^Placing 2 annotations on “Briefing” took longer than 0 s and was stopped; nothing was changed/,
    );
  });
});
