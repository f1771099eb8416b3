/**
 * One running workbench: a second launch (or a file opened with the app) hands its documents to
 * the window that is already open and quits. On macOS files arrive as `open-file` events,
 * elsewhere as arguments of the launch.
 */
import { isAbsolute, resolve } from 'node:path';
import { ACCEPTED_EXTENSIONS, extensionOf } from '../../shared/formats/convert';

/** The part of Electron's `app` this uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
}

/** What happens when documents or a second launch arrive. */
export interface SingleInstanceHandlers {
  /** Paths of documents to import into the running window (absolute). */
  openPaths(paths: string[]): void;
  /** Bring the window to the front (restore it when minimised). */
  focus(): void;
}

/**
 * The documents named on a command line: arguments that are not switches and end in an
 * extension the workbench imports, resolved against the launch's working directory. The
 * executable and, in development, the script path are never documents (`.js`, no extension).
 */
export function documentPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const accepted = new Set<string>(ACCEPTED_EXTENSIONS);
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && accepted.has(extensionOf(arg)))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

/**
 * Takes the single-instance lock. Returns false when another workbench holds it: this process
 * has handed over its arguments (Electron passes them to the other's `second-instance`) and
 * must quit. Otherwise listens for later launches and macOS `open-file` events.
 */
export function claimSingleInstance(app: SingleInstanceApp, handlers: SingleInstanceHandlers): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handlers.focus();
    const paths = documentPathsFromArgv(argv, workingDirectory);
    if (paths.length > 0) handlers.openPaths(paths);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handlers.focus();
    handlers.openPaths([path]);
  });
  return true;
}
