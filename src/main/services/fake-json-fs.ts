import type { JsonFileFs } from './json-file';

/** An in-memory `JsonFileFs` for tests; `failWrites` makes every write fail like a full disk. */
export function fakeJsonFs(initial: Record<string, string> = {}): JsonFileFs & { files: Map<string, string>; failWrites: boolean } {
  const files = new Map(Object.entries(initial));
  const fake = {
    files,
    failWrites: false,
    async readFile(path: string) {
      const content = files.get(path);
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return content;
    },
    async writeFile(path: string, data: string) {
      if (fake.failWrites) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      files.set(path, data);
    },
    async unlink(path: string) {
      files.delete(path);
    },
  };
  return fake;
}
