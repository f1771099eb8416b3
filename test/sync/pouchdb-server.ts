/**
 * Starts `pouchdb-server` (a development server speaking CouchDB's protocol) in memory on
 * 127.0.0.1 at a free port, for tests and benchmarks, and stops it. Shared by vitest, Playwright
 * and `npm run bench` (which bundles it with esbuild). Nothing but 127.0.0.1 is ever contacted.
 *
 * The server gets an admin (`admin` / `ADMIN_PASSWORD`), CORS for any origin with credentials
 * (the browser twin is served from another loopback port), and `users` with their roles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';

/** The project folder: where tests, specs and the bench run (or `WORKBENCH_ROOT`). */
const root = resolve(process.env.WORKBENCH_ROOT ?? process.cwd());
/** The admin's password on the test server. */
export const ADMIN_PASSWORD = 'admin-secret';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/** Basic authentication headers. */
export function basicAuth(user: string, password: string): { Authorization: string } {
  return { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pouchdb-server did not answer at ${url} within ${timeoutMs} ms`);
}

/** A user the test server knows. */
export interface TestUser {
  name: string;
  password: string;
  roles?: string[];
}

/** A running test server. */
export interface PouchServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  database: string;
  stop(): Promise<void>;
}

/**
 * Starts the server. `users`: `[{ name, password, roles }]`; `database`: created with those users
 * as members and the admin as its admin. Resolves to `{ url, database, stop }`.
 */
export async function startPouchServer({ users = [], database = 'project', timeoutMs = 30_000 }: { users?: TestUser[]; database?: string; timeoutMs?: number } = {}): Promise<PouchServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(os.tmpdir(), 'workbench-pouchdb-'));
  // pouchdb-server itself, with a known bug of its validation plugin worked around (see the script).
  const bin = join(root, 'test', 'sync', 'pouchdb-server-run.cjs');
  const child = spawn(process.execPath, [bin, '--in-memory', '--no-stdout-logs', '--port', String(port), '--host', '127.0.0.1', '--config', join(dir, 'config.json')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${url}/`, child, timeoutMs);
    const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(url + path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    };
    await call('PUT', '/_config/admins/admin', ADMIN_PASSWORD);
    const admin = basicAuth('admin', ADMIN_PASSWORD);
    await call('PUT', '/_config/httpd/enable_cors', 'true', admin);
    await call('PUT', '/_config/cors/origins', '*', admin);
    await call('PUT', '/_config/cors/credentials', 'true', admin);
    await call('PUT', '/_config/cors/methods', 'GET, PUT, POST, HEAD, DELETE', admin);
    await call('PUT', '/_config/cors/headers', 'accept, authorization, content-type, origin, referer', admin);
    for (const u of users) await call('PUT', `/_users/org.couchdb.user:${encodeURIComponent(u.name)}`, { name: u.name, password: u.password, roles: u.roles ?? [], type: 'user' }, admin);
    await call('PUT', `/${database}`, undefined, admin);
    await call('PUT', `/${database}/_security`, { admins: { names: ['admin'], roles: [] }, members: { names: users.map((u) => u.name), roles: [] } }, admin);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}${stderr ? `\n${stderr}` : ''}`, { cause: error });
  }
  return { url, database, stop };
}
