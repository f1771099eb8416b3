import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ net: {}, protocol: {} }));
const { resolveInside } = await import('./app-protocol');
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
