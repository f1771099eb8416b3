import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm start` end to end, with a made-up project whose Electron installer is a stand-in: the
 * real script runs, only the download step is replaced (no network needed).
 */
const root = join(__dirname, '..', '..');
const projects: string[] = [];

function project(installer: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-start-'));
  projects.push(dir);
  const electron = join(dir, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  writeFileSync(join(electron, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  writeFileSync(join(electron, 'install.js'), installer);
  const vite = join(dir, 'node_modules', 'electron-vite', 'bin');
  mkdirSync(vite, { recursive: true });
  writeFileSync(join(vite, 'electron-vite.js'), "console.log('electron-vite ' + process.argv.slice(2).join(' ')); process.exit(0);");
  return dir;
}

function npmStart(dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, WORKBENCH_ROOT: dir };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [join(root, 'scripts', 'run-ts.mjs'), 'scripts/desktop/start.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
}

afterEach(() => projects.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm start', () => {
  it('without the binary and without a download: one paragraph and exit code 1', () => {
    const run = npmStart(project("console.error('TypeError: fetch failed\\n    at somewhere'); process.exit(1);"));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Downloading the Electron 45.4.1 binary');
    expect(run.stdout).not.toContain('electron-vite preview');
    const paragraphs = run.stderr.trim().split(/\n\s*\n/);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatch(/^The desktop app could not start: .*\(TypeError: fetch failed\).*`npm run web`/);
  });

  it('downloads the binary with the installer, then starts the app', () => {
    const installer = [
      "const fs = require('fs'); const path = require('path');",
      "fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });",
      "fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');",
      "fs.writeFileSync(path.join(__dirname, 'dist', 'electron.exe'), '');",
      "fs.mkdirSync(path.join(__dirname, 'dist', 'Electron.app', 'Contents', 'MacOS'), { recursive: true });",
      "fs.writeFileSync(path.join(__dirname, 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron'), '');",
      "fs.writeFileSync(path.join(__dirname, 'path.txt'), process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');",
    ].join('\n');
    const run = npmStart(project(installer));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Electron is installed.');
    expect(run.stdout).toContain('electron-vite preview');
    expect(run.status).toBe(0);
  });
});
