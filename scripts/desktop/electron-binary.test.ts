import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronExecutable, executableName } from './electron-binary';

const dirs: string[] = [];
function packageDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('electronExecutable', () => {
  it('finds the executable path.txt names', () => {
    const dir = packageDir({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(electronExecutable({ dir, env: {} }, 'linux')).toBe(join(dir, 'dist', 'electron'));
  });

  it('is null before the download (no path.txt) and when path.txt points at nothing', () => {
    expect(electronExecutable({ dir: packageDir({}), env: {} }, 'linux')).toBeNull();
    expect(electronExecutable({ dir: packageDir({ 'path.txt': 'electron' }), env: {} }, 'linux')).toBeNull();
  });

  it('uses an Electron the user already has (ELECTRON_OVERRIDE_DIST_PATH)', () => {
    const mine = packageDir({ 'electron.exe': '' });
    expect(electronExecutable({ dir: packageDir({}), env: { ELECTRON_OVERRIDE_DIST_PATH: mine } }, 'win32')).toBe(join(mine, 'electron.exe'));
  });

  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ])('names the executable on %s', (platform, name) => {
    expect(executableName(platform)).toBe(name);
  });
});
