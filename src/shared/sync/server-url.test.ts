import { describe, expect, it } from 'vitest';
import { checkSyncServer, isLoopbackHost } from './server-url';

describe('sync server settings', () => {
  const base = { url: 'https://couch.example.org/', database: 'project', user: 'alice' };
  it.each([
    ['https anywhere', base, null, 'https://couch.example.org'],
    ['http on loopback', { ...base, url: 'http://127.0.0.1:5984' }, null, 'http://127.0.0.1:5984'],
    ['http on localhost', { ...base, url: 'http://localhost:5984/couch/' }, null, 'http://localhost:5984/couch'],
    ['http elsewhere', { ...base, url: 'http://couch.example.org' }, 'must use https://', ''],
    ['not a URL', { ...base, url: 'couch' }, 'is not a URL', ''],
    ['another scheme', { ...base, url: 'ftp://x.org' }, 'must start with https://', ''],
    ['credentials in the URL', { ...base, url: 'https://a:b@x.org' }, 'own fields', ''],
    ['an empty user', { ...base, user: ' ' }, 'The user is empty.', ''],
    ['a bad database name', { ...base, database: 'Project' }, 'not a CouchDB database name', ''],
  ])('%s', (_name, input, problem, url) => {
    const checked = checkSyncServer(input);
    if (problem === null) expect(checked.ok && checked.value.url).toBe(url);
    else expect(checked.ok ? '' : checked.error).toContain(problem);
  });

  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['localhost.example.org', false],
  ])('%s is loopback: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
