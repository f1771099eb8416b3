/**
 * One converter for every path (issue 12, item 5): the same .docx, .html and .txt imported
 * through the desktop app's main-process service (its worker thread), the browser build's
 * conversion (its Web Worker task) and the command line give the same canonical text and
 * content hash. Before, the desktop stripped a .docx's trailing line breaks and the browser
 * did not, so hashes and offsets near the end differed.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readText } from '../src/cli/inputs';
import { capturedIo } from '../src/cli/testing';
import { readImportFiles } from '../src/main/services/read-import-files';
import { buildConvertWorker } from '../src/node/build-worker';
import { convertOffThread } from '../src/node/convert-off-thread';
import { convertBrowserFiles } from '../src/renderer/platform/convert-files';
import { convertTask } from '../src/renderer/workers/convert-task';
import { inProcessWorker } from '../src/renderer/workers/in-process-worker';
import type { ImportedFile } from '../src/shared/ipc';
import { makeDocx, paragraphsXml } from '../src/shared/formats/docx-fixtures';
import { contentHash } from '../src/shared/text/hash';

const FILES: [string, Uint8Array, string][] = [
  // Trailing empty paragraphs: what the two old paths disagreed on.
  ['interview.docx', makeDocx(paragraphsXml(['Interviewer: Why now?', 'Minister: Because the ferries 🚢 stopped.', '', ''])), 'Interviewer: Why now?\n\nMinister: Because the ferries 🚢 stopped.'],
  ['page.html', new TextEncoder().encode('<!doctype html><title>x</title><p>Cafe\u0301 <b>talk</b></p>\r\n<p>Second&nbsp;paragraph</p>\n\n'), 'Café talk\n\nSecond\u00a0paragraph'],
  // A plain text keeps its trailing line ends: canonical text trims nothing.
  ['notes.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Line one\r\nLine two 🚌\r\n\r\n')]), 'Line one\nLine two 🚌\n\n'],
];

let dir: string;
let worker: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'one-converter-'));
  worker = await buildConvertWorker(dir);
  for (const [name, bytes] of FILES) await writeFile(join(dir, name), bytes);
}, 60_000);

function hashOf(file: ImportedFile): string {
  if (!file.ok) throw new Error(file.error);
  return contentHash(file.text);
}

describe('one converter', () => {
  it.each(FILES)('%s gets one text and one hash on the desktop, in the browser and on the command line', async (name, bytes, text) => {
    const [desktop] = await readImportFiles([join(dir, name)], { readFile, stat, convert: (n, b) => convertOffThread(worker, n, b) });
    const browserWorker = inProcessWorker(convertTask);
    const [browser] = await convertBrowserFiles([new File([bytes.slice()], name)], { createWorker: browserWorker.create });
    const cli = await readText(capturedIo(), join(dir, name), '2026-01-01T00:00:00.000Z');
    expect(browserWorker.started).toBe(1);
    expect(hashOf(browser)).toBe(hashOf(desktop));
    expect(cli.hash).toBe(hashOf(desktop));
    expect(desktop.ok && browser.ok && desktop.text === browser.text && browser.text === cli.text).toBe(true);
    expect(cli.text).toBe(text);
  });
});
