/**
 * The Team sync dialog's server settings, checked: HTTPS required except on this machine
 * (loopback), a database name CouchDB accepts, a user name.
 */
import { SYNC_LIMITS } from '../limits';
import { fail, ok, type Result } from '../result';

/** Where and as whom to sync. The password is held apart (memory, or the desktop's safe storage). */
export interface SyncServer {
  /** The server's origin and path prefix, without a trailing slash (`https://couch.example.org`). */
  url: string;
  /** The project database. */
  database: string;
  /** The CouchDB user. */
  user: string;
}

/** True for hosts of this machine, where plain HTTP is allowed. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The parts of an absolute URL that matter here (the shared layer has no DOM `URL`). */
function parseUrl(url: string): { protocol: string; credentials: boolean; hostname: string; origin: string; pathname: string; rest: boolean } | null {
  const m = /^([a-z][a-z0-9+.-]*:)\/\/(?:([^@/?#]*)@)?(\[[0-9a-f:.]+\]|[^:/?#[\]@\s]+)(?::(\d{1,5}))?(\/[^?#\s]*)?([?#].*)?$/i.exec(url);
  if (!m) return null;
  const protocol = m[1].toLowerCase();
  const hostname = m[3].toLowerCase();
  const defaultPort = (protocol === 'https:' && m[4] === '443') || (protocol === 'http:' && m[4] === '80');
  const port = m[4] && !defaultPort ? `:${Number(m[4])}` : '';
  return { protocol, credentials: m[2] !== undefined, hostname, origin: `${protocol}//${hostname}${port}`, pathname: m[5] ?? '', rest: m[6] !== undefined };
}

/** CouchDB's rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/** Checks typed settings; the value is cleaned (no trailing slash) and `origin` is what the CSP must allow. */
export function checkSyncServer(input: SyncServer): Result<SyncServer & { origin: string }> {
  const { url, database, user } = { url: input.url.trim(), database: input.database.trim(), user: input.user.trim() };
  for (const [name, value] of [['The server URL', url], ['The database', database], ['The user', user]] as const) {
    if (value === '') return fail(`${name} is empty.`);
    if (value.length > SYNC_LIMITS.maxSettingChars) return fail(`${name} is longer than ${SYNC_LIMITS.maxSettingChars.toLocaleString('en')} characters.`);
  }
  const parsed = parseUrl(url);
  if (!parsed) return fail(`The server URL “${url}” is not a URL (it starts with https://).`);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return fail(`The server URL must start with https:// (not ${parsed.protocol}).`);
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
    return fail(`The server URL must use https://: passwords and annotations would cross the network unencrypted. Plain http:// is allowed only for this machine (localhost, 127.0.0.1).`);
  }
  if (parsed.credentials) return fail('Put the user and password in their own fields, not in the server URL.');
  if (parsed.rest) return fail('The server URL has no ? or # part.');
  if (!DATABASE_NAME.test(database)) return fail(`The database “${database}” is not a CouchDB database name (lower-case letters, digits and _$()+-/, starting with a letter).`);
  return ok({ url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`, database, user, origin: parsed.origin });
}
