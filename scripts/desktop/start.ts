/**
 * `npm start`: makes sure the Electron binary is there (downloading it once with Electron's own
 * installer), then builds the app and starts it with `electron-vite preview`. Without the binary
 * and without a way to download it, it prints one paragraph and exits with code 1.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { prepareElectron, projectRoot } from './prepare';

async function main(): Promise<number> {
  const root = projectRoot();
  const message = await prepareElectron(root);
  if (message) {
    process.stderr.write(`\n${message}\n\n`);
    return 1;
  }
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'preview', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

void main().then((code) => process.exit(code));
