/**
 * Where the Electron binary of node_modules/electron is, and whether it is there. Electron 42 and
 * later download it on first use, not on install; these checks read the files Electron's own
 * installer writes (`path.txt`, `dist/`) without loading the package, which would start a
 * download by itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron package folder and the environment that can redirect its binary. */
export interface ElectronPackage {
  dir: string;
  env: Record<string, string | undefined>;
}

/** The executable inside Electron's folder for a platform, as Electron's installer names it. */
export function executableName(platform: string): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The full path of the Electron executable, or null when it has not been downloaded. An
 * `ELECTRON_OVERRIDE_DIST_PATH` (an Electron the user already has) counts when its executable
 * exists.
 */
export function electronExecutable(pkg: ElectronPackage, platform: string = process.platform): string | null {
  const pathFile = join(pkg.dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : executableName(platform);
  const override = pkg.env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override ? join(override, relative) : existsSync(pathFile) ? join(pkg.dir, 'dist', relative) : null;
  return full && existsSync(full) ? full : null;
}

/** The version of the Electron package (`node_modules/electron/package.json`). */
export function electronVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}
