/**
 * Worker-thread entry that converts one untrusted document file (`convertFile`), so the main
 * process never parses a stranger's bytes on its own thread. Receives `{ name, bytes }`, posts
 * back the `ImportedFile`. Built as its own file beside the main bundle (`convert-worker.js`).
 */
import { parentPort } from 'node:worker_threads';
import { convertFile } from '../shared/formats/convert';
import type { ConvertRequest } from './convert-off-thread';

parentPort?.once('message', (request: ConvertRequest) => {
  parentPort?.postMessage(convertFile(request.name, request.bytes));
});
