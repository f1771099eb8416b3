import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../shared/csp';

/** Must run before `app.whenReady()`: makes `app://` a standard, secure scheme with IndexedDB. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Resolves a request path inside `root`, or null when it would leave it (`..`, encoded
 * separators). Exported for tests.
 */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  return full.startsWith(normalize(root) + sep) ? full : null;
}

/**
 * The page with its CSP meta tag set to `policy`: the built page's tag allows the browser twin's
 * loopback sync servers, and both a tag and a header apply, so the desktop app rewrites the tag
 * to its own policy (its configured sync server only). Exported for tests.
 */
export function withCspMeta(html: string, policy: string): string {
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/, `$1${policy}$2`);
}

/**
 * Serves the built renderer from `root` on `app://workbench/`, with the CSP header (and meta
 * tag) whose `connect-src` opens to the team sync server's origin only (`syncOrigin()`).
 */
export function serveRenderer(root: string, syncOrigin: () => string | null = () => null): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'workbench' ? resolveInside(root, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    const origin = syncOrigin();
    const policy = contentSecurityPolicy(origin ? [origin] : []);
    headers.set('Content-Security-Policy', policy);
    if (file.endsWith('.html')) return new Response(withCspMeta(await response.text(), policy), { status: response.status, headers });
    return new Response(response.body, { status: response.status, headers });
  });
}
