/**
 * `npm run dist`: builds the package for this system (AppImage and .deb on Linux, a dmg on
 * macOS, an NSIS installer on Windows) with electron-builder, from the Electron binary that
 * `npm start` uses. Where that binary cannot be had, or electron-builder cannot fetch its
 * packaging tools, it says so in one paragraph and exits with code 1.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronExecutable, electronVersion } from './electron-binary';
import { prepareElectron, projectRoot } from './prepare';

/** The folder holding the Electron executable (`dist/`, or the override), as electron-builder's `electronDist` wants it. */
function electronDist(root: string): string | null {
  const dir = join(root, 'node_modules', 'electron');
  if (!electronExecutable({ dir, env: process.env })) return null;
  return process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
}

function run(root: string, script: string, args: string[]): number {
  return spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;
}

async function main(): Promise<number> {
  const root = projectRoot();
  const message = await prepareElectron(root, 'dist');
  const dist = message ? null : electronDist(root);
  if (message || !dist) {
    process.stderr.write(`\n${message ?? 'The desktop app could not be packaged: the Electron binary is not where its installer put it.'}\n\n`);
    return 1;
  }
  if (run(root, 'electron-vite/bin/electron-vite.js', ['build']) !== 0) return 1;
  const version = electronVersion(join(root, 'node_modules', 'electron'));
  const built = run(root, 'electron-builder/cli.js', ['--config', 'electron-builder.config.ts', `-c.electronDist=${dist}`, `-c.electronVersion=${version}`, '--publish', 'never']);
  if (built !== 0) {
    process.stderr.write(
      '\nThe desktop app could not be packaged: electron-builder stopped (its message is above). On first use it downloads its packaging tools (the AppImage runtime, fpm for .deb, NSIS, dmg tools); without network access that step fails, and `npm start` and `npm run web` still work.\n\n',
    );
    return 1;
  }
  process.stdout.write(`Packages are in ${join(root, 'dist')}.\n`);
  return 0;
}

void main().then((code) => process.exit(code));
