/** Types of `pouchdb-server.mjs` (plain JavaScript so that tests, specs and the bench share it). */
export const ADMIN_PASSWORD: string;
export function freePort(): Promise<number>;
export function basicAuth(user: string, password: string): { Authorization: string };
export interface TestUser {
  name: string;
  password: string;
  roles?: string[];
}
export interface PouchServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  database: string;
  stop(): Promise<void>;
}
export function startPouchServer(options?: { users?: TestUser[]; database?: string; timeoutMs?: number }): Promise<PouchServer>;
