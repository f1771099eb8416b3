import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, paragraphsXml } from '../shared/formats/docx-fixtures';
import { buildConvertWorker } from './build-worker';
import { convertOffThread } from './convert-off-thread';

let worker: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'convert-worker-'));
  worker = await buildConvertWorker(dir);
}, 60_000);

describe('convertOffThread', () => {
  it('converts in a worker thread exactly as convertFile does', async () => {
    const bytes = makeDocx(paragraphsXml(['Worker', 'thread']));
    expect(await convertOffThread(worker, 'a.docx', bytes)).toEqual({ ok: true, name: 'a.docx', text: 'Worker\n\nthread', sizeBytes: bytes.byteLength, format: 'docx', encoding: 'utf-8' });
    // The caller's bytes stay usable.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('stops a conversion that runs past its time budget and says so', async () => {
    const stall = join(dir, 'stall.cjs');
    await writeFile(stall, "require('node:worker_threads').parentPort.once('message', () => { for (;;) {} });");
    const result = await convertOffThread(stall, 'slow.txt', new Uint8Array([65]), { timeoutMs: 300 });
    expect(result).toEqual({ name: 'slow.txt', ok: false, error: expect.stringMatching(/^“slow\.txt” took longer than 0 s to read and was stopped/) });
  });

  it('turns a worker that runs out of its heap into a refusal naming the limit', async () => {
    const hog = join(dir, 'hog.cjs');
    await writeFile(hog, "const keep = []; require('node:worker_threads').parentPort.once('message', () => { for (;;) keep.push(new Array(1e5).fill({})); });");
    const result = await convertOffThread(hog, 'huge.docx', new Uint8Array([1]), { heapMb: 32, timeoutMs: 20_000 });
    expect(result).toEqual({ name: 'huge.docx', ok: false, error: expect.stringMatching(/^“huge\.docx” needs more memory to read than the 32 MB/) });
  });

  it('reports a worker that cannot start', async () => {
    const result = await convertOffThread(join(dir, 'missing.cjs'), 'a.txt', new Uint8Array([65]));
    expect(result.ok).toBe(false);
  });
});
