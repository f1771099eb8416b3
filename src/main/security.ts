import type { App, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../shared/csp';

/** The privileged scheme that serves the built renderer (`app://workbench/index.html`). */
export const APP_ORIGIN = 'app://workbench';

/**
 * True for URLs of the app's own pages: the built renderer, or the dev server while
 * developing. Everything else is foreign: no navigation there, no IPC from there.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    try {
      return new URL(url).origin === dev.origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Denies new windows, navigation away from the app, and webview attachment for one window. */
export function lockDownContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission request and check (camera, notifications, geolocation, …). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Sends the Content-Security-Policy as a header on every response the window gets; `connect-src`
 * opens to the team sync server's origin only (`syncOrigin()`, null when none is configured).
 */
export function enforceCsp(session: Session, syncOrigin: () => string | null = () => null): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const origin = syncOrigin();
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(origin ? [origin] : [])] },
    });
  });
}

/** Applies `lockDownContents` to every web contents the app ever creates. */
export function lockDownApp(app: App, devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, devServerUrl));
}
