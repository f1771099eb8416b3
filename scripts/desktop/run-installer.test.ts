import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installerReason, runInstaller, type InstallerOptions } from './run-installer';

const probe = join(__dirname, 'download-probe.cjs');

/**
 * Runs `script` as the "installer", with the probe loaded and an IPC channel, like the real one.
 * These children end by themselves, so the stall limit is far above any start-up time.
 */
function options(script: string, stallMs = 60_000): InstallerOptions {
  return {
    electronDir: __dirname,
    probe,
    stallMs,
    env: process.env,
    spawnInstaller: (o) => spawn(process.execPath, ['--require', o.probe, '-e', script], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
  };
}

describe('runInstaller', () => {
  it('reports success when the installer exits 0', async () => {
    expect(await runInstaller(options('process.exit(0)'))).toEqual({ ok: true });
  });

  it("reports the installer's error line, not its stack", async () => {
    const script = "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici:1:1'); process.exit(1)";
    expect(await runInstaller(options(script))).toEqual({ ok: false, reason: 'TypeError: fetch failed' });
  });

  // The stall rules run on a fake child and a fake clock, so a busy machine cannot change them.
  describe('stalls', () => {
    afterEach(() => vi.useRealTimers());
    /** A child that sends what the test tells it and exits when killed. */
    function fakeChild() {
      const child = Object.assign(new EventEmitter(), { stderr: new PassThrough(), killed: false });
      const kill = () => {
        child.killed = true;
        queueMicrotask(() => child.emit('exit', null, 'SIGTERM'));
        return true;
      };
      return Object.assign(child, { kill }) as unknown as ChildProcess & EventEmitter;
    }
    const fakeOptions = (child: ChildProcess): InstallerOptions => ({ electronDir: __dirname, probe, stallMs: 1500, env: {}, spawnInstaller: () => child });

    it('stops an installer that gets no answer', async () => {
      vi.useFakeTimers();
      const child = fakeChild();
      const outcome = runInstaller(fakeOptions(child));
      await vi.advanceTimersByTimeAsync(1499);
      expect(child.killed).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcome).toEqual({ ok: false, reason: 'no answer from the download server within 1.5 s' });
    });

    it('keeps waiting while bytes arrive and stops when they stop', async () => {
      vi.useFakeTimers();
      const child = fakeChild();
      const outcome = runInstaller(fakeOptions(child));
      // A chunk every 1.2 s for 12 s: eight times the stall limit, never stopped; then silence.
      for (let n = 0; n < 10; n++) {
        await vi.advanceTimersByTimeAsync(1200);
        expect(child.killed).toBe(false);
        child.emit('message', { type: 'bytes', count: 1048576 });
      }
      await vi.advanceTimersByTimeAsync(1500);
      expect(await outcome).toEqual({ ok: false, reason: 'the download stopped moving after 10 MB: no data for 1.5 s' });
    });
  });

  it('reports an installer that cannot be started', async () => {
    const o = { ...options(''), spawnInstaller: () => { throw new Error('spawn EACCES'); } };
    expect(await runInstaller(o)).toEqual({ ok: false, reason: 'spawn EACCES' });
  });
});

describe('download probe', () => {
  it('counts the bytes of a download and passes the body through unchanged', async () => {
    const body = 'x'.repeat(300_000);
    const server = createServer((_req, res) => res.end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const child = spawn(process.execPath, ['--require', probe, '-e', `fetch('http://127.0.0.1:${port}/').then((r) => r.text()).then((t) => process.send({ type: 'done', length: t.length }))`], {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      const messages: { type: string; count?: number; length?: number; status?: number }[] = [];
      await new Promise<void>((resolve) => {
        child.on('message', (m: { type: string }) => {
          messages.push(m);
          if (m.type === 'done') child.disconnect();
        });
        child.on('exit', () => resolve());
      });
      expect(messages[0]).toEqual({ type: 'response', status: 200 });
      const counted = messages.filter((m) => m.type === 'bytes').reduce((sum, m) => sum + (m.count ?? 0), 0);
      expect(counted).toBe(body.length);
      expect(messages.at(-1)).toEqual({ type: 'done', length: body.length });
    } finally {
      server.close();
    }
  });
});

describe('installerReason', () => {
  it.each([
    ['HTTPError: Response code 404 (Not Found) for https://mirror.invalid/x.zip\n    at x', 1, null, 'HTTPError: Response code 404 (Not Found) for https://mirror.invalid/x.zip'],
    ['Error: EACCES: permission denied, mkdir', 1, null, 'EACCES: permission denied, mkdir'],
    ['', 3, null, 'the installer exited with code 3'],
    ['', null, 'SIGKILL', 'the installer was stopped by SIGKILL'],
  ])('%j → %s', (stderr, code, signal, expected) => {
    expect(installerReason(stderr, code, signal)).toBe(expected);
  });
});
