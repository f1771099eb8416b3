/**
 * Loaded with `--require` into Electron's own installer (node_modules/electron/install.js): tells
 * the parent process over IPC how many bytes of the download have arrived, so the parent can
 * tell a slow download (keep waiting) from a stalled one (stop and explain). It changes nothing
 * else: the response is passed through unchanged.
 */
'use strict';

const original = globalThis.fetch;
if (typeof original === 'function' && typeof process.send === 'function') {
  globalThis.fetch = async (...args) => {
    const response = await original(...args);
    process.send({ type: 'response', status: response.status });
    if (!response.ok || !response.body) return response;
    const counted = response.body.pipeThrough(
      new TransformStream({
        transform(chunk, controller) {
          process.send({ type: 'bytes', count: chunk.byteLength });
          controller.enqueue(chunk);
        },
      }),
    );
    const copy = new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(copy, 'url', { value: response.url });
    return copy;
  };
}
