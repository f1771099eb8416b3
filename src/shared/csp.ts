/**
 * The Content-Security-Policy of every window. Scripts only from the app itself; styles may be
 * inline because ProseMirror and the highlight decorations set style attributes; nothing is
 * fetched from anywhere else, except the team sync server (`connect-src`), and only its origin.
 * The build puts it in a meta tag; main also sends it as a header.
 */
export function contentSecurityPolicy(syncOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...syncOrigins].join(' '),
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The policy with no sync server. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The sync servers the browser twin's built page may reach: this machine's (CouchDB or
 * pouchdb-server on loopback, any port) and, when the build is given one, the team's server
 * origin (`WORKBENCH_SYNC_ORIGIN`, say `https://couch.example.org`). A meta tag cannot be
 * changed by the page it protects, so the browser twin's list is fixed when it is built.
 */
export function browserSyncOrigins(teamOrigin: string | undefined): string[] {
  // CSP has no source form for an IPv6 literal with any port; [::1] is left out.
  const loopback = ['http://127.0.0.1:*', 'http://localhost:*'];
  const team = teamOrigin && /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(teamOrigin) ? [teamOrigin] : [];
  return [...loopback, ...team];
}
