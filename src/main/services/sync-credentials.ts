import type { SyncCredentials } from '../../shared/ipc';
import { readJsonFile, type JsonFileFs } from './json-file';

/** The part of Electron's `safeStorage` used here; a fake in tests. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

interface Stored {
  origin: string;
  user: string;
  /** base64 of the password encrypted by the operating system's keychain (safeStorage). */
  secret: string;
}

/**
 * The desktop app's team sync credentials: one server origin, user and password, the password
 * encrypted with Electron's `safeStorage` (the operating system's keychain) in a file of its own
 * in the user-data folder, never in IndexedDB or a log. The origin is also what the
 * Content-Security-Policy opens `connect-src` to.
 */
export class SyncCredentialStore {
  private current: Stored | null = null;
  private loaded = false;

  constructor(
    private readonly file: string,
    private readonly fs: JsonFileFs,
    private readonly safe: SafeStorageLike,
  ) {}

  private async load(): Promise<Stored | null> {
    if (this.loaded) return this.current;
    const raw = (await readJsonFile(this.fs, this.file)) as Partial<Stored> | null;
    this.current = raw && typeof raw.origin === 'string' && typeof raw.user === 'string' && typeof raw.secret === 'string' ? (raw as Stored) : null;
    this.loaded = true;
    return this.current;
  }

  /** The configured server's origin (for the CSP), or null. */
  async origin(): Promise<string | null> {
    return (await this.load())?.origin ?? null;
  }

  /** Keeps the credentials; throws with a sentence when the system offers no encryption. */
  async save(credentials: SyncCredentials): Promise<void> {
    if (!this.safe.isEncryptionAvailable()) throw new Error('This system offers no safe storage for passwords (no keychain); the password is kept for this session only.');
    const stored: Stored = { origin: credentials.origin, user: credentials.user, secret: this.safe.encryptString(credentials.password).toString('base64') };
    await this.fs.writeFile(this.file, JSON.stringify(stored));
    this.current = stored;
    this.loaded = true;
  }

  /** The password kept for this origin and user, or null. */
  async password(origin: string, user: string): Promise<string | null> {
    const stored = await this.load();
    if (!stored || stored.origin !== origin || stored.user !== user || !this.safe.isEncryptionAvailable()) return null;
    try {
      return this.safe.decryptString(Buffer.from(stored.secret, 'base64'));
    } catch {
      return null;
    }
  }

  /** Forgets the credentials (and with them the CSP's sync origin). */
  async clear(): Promise<void> {
    this.current = null;
    this.loaded = true;
    await this.fs.unlink(this.file).catch(() => undefined);
  }
}
