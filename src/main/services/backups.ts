/**
 * Rolling snapshots of the workspace in a folder of the user's data: written atomically, at
 * most one per interval while working, always on quit or on request, the newest few kept.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/ipc';
import { writeFileAtomic } from '../../node/atomic-write';
import { fsErrorCode } from '../../node/fs-errors';
import { BACKUP_FILE_NAME } from '../../shared/patterns';


/** File-system operations the store uses; defaults to `node:fs/promises` and `writeFileAtomic`. */
export interface BackupFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number }>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  unlink(path: string): Promise<void>;
  writeFile(path: string, data: string): Promise<void>;
}

/** Where and how often the store keeps backups. */
export interface BackupStoreOptions {
  /** The folder holding the backups; created on the first write. */
  dir: string;
  /** File system; the real one by default. */
  fs?: BackupFs;
  /** The clock; `new Date()` by default. */
  now?: () => Date;
  /** How many backups to keep, newest first (default 20). */
  keep?: number;
  /** Minimum age of the newest backup before an 'interval' backup is written (default 5 minutes). */
  minIntervalMs?: number;
}

const nodeBackupFs: BackupFs = {
  mkdir: (dir, options) => fsp.mkdir(dir, options),
  readdir: (dir) => fsp.readdir(dir),
  stat: (path) => fsp.stat(path),
  readFile: (path, encoding) => fsp.readFile(path, encoding),
  unlink: (path) => fsp.unlink(path),
  writeFile: (path, data) => writeFileAtomic(path, data),
};

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The backup file name for a moment (UTC, millisecond precision). */
export function backupNameFor(date: Date): string {
  const day = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
  return `workspace-${day}-${time}-${pad(date.getUTCMilliseconds(), 3)}.json`;
}

/** The moment a backup name stands for, or null when the name is not a backup's. */
export function backupDateOf(name: string): Date | null {
  const match = BACKUP_FILE_NAME.exec(name);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds, ms] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, ms));
  return backupNameFor(date) === name ? date : null; // rejects 20250231 and friends
}

/** Backups of the workspace JSON in one folder. */
export class BackupStore {
  private readonly dir: string;
  private readonly fs: BackupFs;
  private readonly now: () => Date;
  private readonly keep: number;
  private readonly minIntervalMs: number;

  /** A store over `options.dir`; nothing is touched until the first call. */
  constructor(options: BackupStoreOptions) {
    this.dir = options.dir;
    this.fs = options.fs ?? nodeBackupFs;
    this.now = options.now ?? (() => new Date());
    this.keep = Math.max(1, options.keep ?? 20);
    this.minIntervalMs = options.minIntervalMs ?? 5 * 60 * 1000;
  }

  /**
   * Writes a backup of `json` and removes the oldest beyond `keep`. For reason 'interval', when
   * the newest backup is younger than `minIntervalMs`, nothing is written and that backup is
   * returned; 'quit' and 'manual' always write. Returns the backup that holds the state.
   */
  async write(json: string, reason: BackupReason): Promise<BackupInfo> {
    const now = this.now();
    if (reason === 'interval') {
      const [latest] = await this.list();
      const age = latest ? now.getTime() - Date.parse(latest.createdAt) : Infinity;
      // A negative age means the clock went back; write rather than wait for it to catch up.
      if (latest && age >= 0 && age < this.minIntervalMs) return latest;
    }
    await this.fs.mkdir(this.dir, { recursive: true });
    const name = backupNameFor(now);
    await this.fs.writeFile(join(this.dir, name), json);
    await this.rotate();
    return { name, createdAt: now.toISOString(), sizeBytes: new TextEncoder().encode(json).byteLength };
  }

  /** The backups in the folder, newest first; empty when the folder does not exist yet. */
  async list(): Promise<BackupInfo[]> {
    const names = await this.backupNames();
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const date = backupDateOf(name);
      if (!date) continue;
      try {
        const { size } = await this.fs.stat(join(this.dir, name));
        infos.push({ name, createdAt: date.toISOString(), sizeBytes: size });
      } catch (error) {
        if (fsErrorCode(error) !== 'ENOENT') throw error; // removed meanwhile: not listed
      }
    }
    return infos;
  }

  /**
   * The content of the backup called `name`. The name must be a backup's name as `list` gives
   * it; anything else (paths, `..`) is refused before the file system is touched.
   */
  async read(name: string): Promise<string> {
    if (!backupDateOf(name)) throw new Error(`“${name}” is not the name of a workspace backup.`);
    return this.fs.readFile(join(this.dir, name), 'utf8');
  }

  /** Backup file names, newest first (the fixed-width names sort by time). */
  private async backupNames(): Promise<string[]> {
    let entries: string[];
    try {
      entries = await this.fs.readdir(this.dir);
    } catch (error) {
      if (fsErrorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return entries.filter((entry) => BACKUP_FILE_NAME.test(entry)).sort().reverse();
  }

  /**
   * Removes backups beyond the newest `keep`; other files in the folder are never touched.
   * Best effort: the new backup is already safe, so a file that cannot be removed now (locked
   * by a virus scanner, say) is left for the next rotation instead of failing the backup.
   */
  private async rotate(): Promise<void> {
    const names = await this.backupNames().catch(() => []);
    for (const name of names.slice(this.keep)) {
      await this.fs.unlink(join(this.dir, name)).catch(() => undefined);
    }
  }
}
