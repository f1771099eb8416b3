import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INFO } from '../shared/app-info';

describe('the version string', () => {
  it('is the same in package.json and in the one definition the app and the command line write', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(APP_INFO.version).toBe(pkg.version);
  });
});
