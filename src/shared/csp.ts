/**
 * The Content-Security-Policy of every window. Scripts only from the app itself; styles may be
 * inline because ProseMirror and the highlight decorations set style attributes; nothing is
 * fetched from anywhere else. The build puts it in a meta tag; main also sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
