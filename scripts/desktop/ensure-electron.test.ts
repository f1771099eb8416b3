import { describe, expect, it, vi } from 'vitest';
import { downloadFailedMessage, ensureElectron, nodeTooOld, type DownloadOutcome, type EnsureDeps } from './ensure-electron';

function deps(installed: boolean[], outcome: DownloadOutcome): EnsureDeps & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    isInstalled: vi.fn(() => installed.shift() ?? false),
    download: vi.fn(async () => outcome),
    log: (line) => lines.push(line),
    electronVersion: '45.4.1',
    nodeVersion: 'v22.12.0',
    target: 'linux-x64',
  };
}

describe('ensureElectron', () => {
  it('does nothing when the binary is there', async () => {
    const d = deps([true], { ok: true });
    expect(await ensureElectron(d)).toBeNull();
    expect(d.download).not.toHaveBeenCalled();
    expect(d.lines).toEqual([]);
  });

  it('downloads a missing binary and goes on', async () => {
    const d = deps([false, true], { ok: true });
    expect(await ensureElectron(d)).toBeNull();
    expect(d.download).toHaveBeenCalledOnce();
    expect(d.lines[0]).toMatch(/^Downloading the Electron 45\.4\.1 binary for linux-x64/);
  });

  it('explains a failed download in one paragraph: what, retry, mirror, override, the browser build', async () => {
    const d = deps([false], { ok: false, reason: 'TypeError: fetch failed' });
    const message = await ensureElectron(d);
    expect(message).not.toBeNull();
    expect(message).not.toContain('\n');
    for (const part of ['Electron 45.4.1 binary for linux-x64', '(TypeError: fetch failed)', 'run `npm start` again', 'HTTPS_PROXY', 'ELECTRON_MIRROR', 'ELECTRON_OVERRIDE_DIST_PATH', '`npm run web`'])
      expect(message).toContain(part);
    expect(message).not.toContain('Node 22.12');
  });

  it('says so when the installer succeeds but no executable appears', async () => {
    const d = deps([false, false], { ok: true });
    expect(await ensureElectron(d)).toContain('the installer finished but the executable is not where it said');
  });
});

describe('downloadFailedMessage', () => {
  it('says what could not be done: starting or packaging', () => {
    const d = { electronVersion: '45.4.1', nodeVersion: 'v22.12.0', target: 'linux-x64' };
    expect(downloadFailedMessage('x', d)).toMatch(/^The desktop app could not start: .* run `npm start` again/);
    expect(downloadFailedMessage('x', { ...d, purpose: 'dist' })).toMatch(/^The desktop app could not be packaged: .* run `npm run dist` again/);
  });

  it('names the Node version when it is older than what the installer is made for', () => {
    const message = downloadFailedMessage('x', { electronVersion: '45.4.1', nodeVersion: 'v20.20.2', target: 'linux-x64' });
    expect(message).toContain("Electron's installer is made for Node 22.12 or later; this is Node 20.20.2.");
  });

  it.each([
    ['v20.20.2', true],
    ['v22.11.9', true],
    ['v22.12.0', false],
    ['v24.1.0', false],
  ])('nodeTooOld(%s) is %s', (version, expected) => {
    expect(nodeTooOld(version)).toBe(expected);
  });
});
