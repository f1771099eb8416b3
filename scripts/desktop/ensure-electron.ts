/**
 * The first step of `npm start` and `npm run dist`: make sure the Electron binary is there,
 * downloading it with Electron's own installer when it is not. When the download fails, one
 * paragraph says what failed and what to do, and the caller exits non-zero.
 */

/** How a download attempt ended; `reason` is the installer's own words, shortened. */
export type DownloadOutcome = { ok: true } | { ok: false; reason: string };

/** What `ensureElectron` needs; injected so both branches are tested without a network. */
export interface EnsureDeps {
  /** True when the binary is already there. */
  isInstalled(): boolean;
  /** Downloads and unpacks the binary (Electron's installer); never throws. */
  download(): Promise<DownloadOutcome>;
  /** Progress lines for the person waiting. */
  log(line: string): void;
  /** The Electron version being installed, for messages. */
  electronVersion: string;
  /** `process.version` of the Node running the tool. */
  nodeVersion: string;
  /** `${process.platform}-${process.arch}`, for messages. */
  target: string;
  /** What needs the binary: starting the app (`npm start`) or packaging it (`npm run dist`). */
  purpose?: 'start' | 'dist';
}

/** The oldest Node whose Electron installer is supported (electron's `engines`). */
export const DESKTOP_NODE = { major: 22, minor: 12 } as const;

/** True when `version` (`v20.20.2`) is older than the Node the desktop app's installer needs. */
export function nodeTooOld(version: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major < DESKTOP_NODE.major || (major === DESKTOP_NODE.major && minor < DESKTOP_NODE.minor);
}

/**
 * The paragraph printed when the download fails: what failed, how to retry, how to point at a
 * mirror or at an Electron already on the machine, and that the browser build needs none of it.
 */
export function downloadFailedMessage(reason: string, deps: Pick<EnsureDeps, 'electronVersion' | 'nodeVersion' | 'target' | 'purpose'>): string {
  const dist = deps.purpose === 'dist';
  const node = nodeTooOld(deps.nodeVersion)
    ? ` (Electron's installer is made for Node ${DESKTOP_NODE.major}.${DESKTOP_NODE.minor} or later; this is Node ${deps.nodeVersion.replace(/^v/, '')}.)`
    : '';
  return [
    `${dist ? 'The desktop app could not be packaged' : 'The desktop app could not start'}: the Electron ${deps.electronVersion} binary for ${deps.target} is not installed and downloading it failed (${reason}).`,
    `It is downloaded once and then kept in Electron's cache.${node}`,
    `To retry, check the network connection and run \`${dist ? 'npm run dist' : 'npm start'}\` again; behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true.`,
    "To download from a mirror of Electron's releases, set ELECTRON_MIRROR to its address;",
    'to use an Electron you already have, set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds its executable.',
    'Without the desktop app, `npm run web` serves the same workbench in a browser (backups are a desktop feature).',
  ].join(' ');
}

/**
 * Makes sure the Electron binary is installed: nothing to do when it is; otherwise downloads it
 * and checks the result. Resolves to null when the binary is ready, else to the paragraph to
 * print before exiting non-zero.
 */
export async function ensureElectron(deps: EnsureDeps): Promise<string | null> {
  if (deps.isInstalled()) return null;
  deps.log(`Downloading the Electron ${deps.electronVersion} binary for ${deps.target} (once; about 100 MB)…`);
  const outcome = await deps.download();
  if (!outcome.ok) return downloadFailedMessage(outcome.reason, deps);
  if (!deps.isInstalled()) return downloadFailedMessage('the installer finished but the executable is not where it said', deps);
  deps.log('Electron is installed.');
  return null;
}
