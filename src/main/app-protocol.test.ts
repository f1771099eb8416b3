import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { resolveInside, withCspMeta } = await import('./app-protocol');
const { isAppUrl } = await import('./security');

describe('resolveInside', () => {
  it.each([
    ['/', '/srv/app/index.html'],
    ['/assets/index.js', '/srv/app/assets/index.js'],
    ['/../secret', null],
    ['/%2e%2e/secret', null],
    ['/assets/%2E%2E/%2E%2E/x', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveInside('/srv/app', path)).toBe(expected);
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://workbench/index.html', undefined, true],
    ['https://example.org/', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['http://localhost:5173/index.html', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['not a url', 'http://localhost:5173', false],
  ])('%s (dev %s) → %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });
});

describe('withCspMeta', () => {
  it('puts the desktop policy in the built page\'s meta tag, and leaves a page without one as it is', () => {
    const html = '<head>\n    <meta http-equiv="Content-Security-Policy" content="default-src \'none\'; connect-src \'self\' http://127.0.0.1:*" />';
    expect(withCspMeta(html, "connect-src 'self' https://couch.example.org")).toBe('<head>\n    <meta http-equiv="Content-Security-Policy" content="connect-src \'self\' https://couch.example.org" />');
    expect(withCspMeta('<head></head>', 'x')).toBe('<head></head>');
  });
});
