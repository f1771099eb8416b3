import { existsSync } from 'node:fs';

/**
 * Which Chromium the end-to-end tests drive: Playwright's own when it is installed, else a
 * system Chromium (`CHROMIUM_PATH`, or the usual Debian and Ubuntu paths).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

/** Flags that keep Chromium quiet on machines without internet; `--no-sandbox` only as root. */
export function chromiumArgs(): string[] {
  const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
