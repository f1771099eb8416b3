/** The real dependencies of `ensureElectron`, shared by `npm start` and `npm run dist`. */
import { join } from 'node:path';
import { ELECTRON_DOWNLOAD_STALL_MS } from '../../src/shared/limits';
import { electronExecutable, electronVersion } from './electron-binary';
import { ensureElectron } from './ensure-electron';
import { runInstaller } from './run-installer';

/** The project folder: set by scripts/run-ts.mjs (tests point it at a made-up project), else the working directory. */
export function projectRoot(): string {
  return process.env.WORKBENCH_ROOT ?? process.cwd();
}

/** Ensures the Electron binary; resolves to null when it is ready, else to the paragraph to print. */
export function prepareElectron(root: string, purpose: 'start' | 'dist' = 'start'): Promise<string | null> {
  const dir = join(root, 'node_modules', 'electron');
  let version: string;
  try {
    version = electronVersion(dir);
  } catch {
    return Promise.resolve(`The desktop app could not ${purpose === 'dist' ? 'be packaged' : 'start'}: node_modules/electron is missing. Run \`npm ci\` first.`);
  }
  return ensureElectron({
    isInstalled: () => electronExecutable({ dir, env: process.env }) !== null,
    download: () =>
      runInstaller({ electronDir: dir, probe: join(process.env.WORKBENCH_SCRIPTS ?? join(root, 'scripts'), 'desktop', 'download-probe.cjs'), stallMs: ELECTRON_DOWNLOAD_STALL_MS, env: process.env }),
    log: (line) => process.stdout.write(`${line}\n`),
    electronVersion: version,
    nodeVersion: process.version,
    target: `${process.platform}-${process.arch}`,
    purpose,
  });
}
