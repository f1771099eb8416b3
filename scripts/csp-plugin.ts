import type { Plugin } from 'vite';

import { CONTENT_SECURITY_POLICY } from '../src/shared/csp';

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
