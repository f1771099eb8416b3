import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of every window. Scripts only from the app itself; styles may be
 * inline because ProseMirror and the highlight decorations set style attributes; nothing is
 * fetched from anywhere else. Main sends the same policy as a header for the desktop app.
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

/**
 * Adds the policy as a meta tag to the built page. The dev server (`npm run dev`) injects inline
 * scripts for hot reload, so the tag is only added to production builds.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'workbench-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}
