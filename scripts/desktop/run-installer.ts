/**
 * Runs Electron's own installer (`node_modules/electron/install.js`, which honours
 * ELECTRON_MIRROR, electron_config_cache, ELECTRON_OVERRIDE_DIST_PATH and proxies) as a child
 * process, and stops it when the download stalls: no byte for `stallMs`, counted by the probe
 * loaded into it (`download-probe.cjs`). A slow download that keeps moving runs to the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DownloadOutcome } from './ensure-electron';

/** How to start the installer; `spawnInstaller` is replaced in tests. */
export interface InstallerOptions {
  /** node_modules/electron. */
  electronDir: string;
  /** The probe script that reports bytes over IPC. */
  probe: string;
  stallMs: number;
  env: NodeJS.ProcessEnv;
  /** Starts the child; defaults to `spawn` of this Node with the probe preloaded. */
  spawnInstaller?: (options: InstallerOptions) => ChildProcess;
}

/** Messages the probe sends. */
type ProbeMessage = { type: 'response'; status: number } | { type: 'bytes'; count: number };

function defaultSpawn(options: InstallerOptions): ChildProcess {
  return spawn(process.execPath, ['--require', options.probe, join(options.electronDir, 'install.js')], {
    cwd: options.electronDir,
    env: options.env,
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
}

/**
 * The installer's reason in a few words: the last line naming an error (`TypeError: fetch
 * failed`, `HTTPError: Response code 404 …`), without its stack.
 */
export function installerReason(stderr: string, code: number | null, signal: string | null): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at '));
  const named = [...lines].reverse().find((l) => /error/i.test(l)) ?? lines[lines.length - 1];
  const words = named ? named.replace(/^Error:\s*/, '').slice(0, 300) : '';
  if (words) return words;
  return signal ? `the installer was stopped by ${signal}` : `the installer exited with code ${code}`;
}

/** Downloads Electron with its installer; resolves (never rejects) with how it went. */
export function runInstaller(options: InstallerOptions): Promise<DownloadOutcome> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = (options.spawnInstaller ?? defaultSpawn)(options);
    } catch (error) {
      resolve({ ok: false, reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    let stderr = '';
    let received = 0;
    let stalled = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        child.kill();
      }, options.stallMs);
    };
    arm();
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    child.on('message', (message: ProbeMessage) => {
      if (message.type === 'bytes') received += message.count;
      arm();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (stalled) {
        const seconds = Number((options.stallMs / 1000).toFixed(1));
        resolve({
          ok: false,
          reason: received > 0
            ? `the download stopped moving after ${Math.round(received / 1048576)} MB: no data for ${seconds} s`
            : `no answer from the download server within ${seconds} s`,
        });
      } else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: installerReason(stderr, code, signal) });
    });
  });
}
