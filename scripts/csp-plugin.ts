import type { Plugin } from 'vite';

import { browserSyncOrigins, contentSecurityPolicy } from '../src/shared/csp';

/**
 * Adds the policy as a meta tag to the built page. The dev server (`npm run dev`) injects inline
 * scripts for hot reload, so the tag is only added to production builds. `connect-src` allows the
 * sync servers of `browserSyncOrigins` (loopback, and `WORKBENCH_SYNC_ORIGIN` when set); the
 * desktop app serves the page with the meta tag rewritten to its configured server only
 * (`src/main/app-protocol.ts`).
 */
export function cspPlugin(): Plugin {
  return {
    name: 'workbench-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(browserSyncOrigins(process.env.WORKBENCH_SYNC_ORIGIN))}" />`,
      );
    },
  };
}
