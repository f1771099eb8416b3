/** One line of the sync log: who (a coder's name, `server`, `here`, `team`), what, when. */
export interface SyncLogEntry {
  serial: number;
  who: string;
  what: string;
  at: string;
}

/** What arrived from whom and what the server refused, newest first, at most `limit` lines (kept for the session only). */
export class SyncLog {
  private list: SyncLogEntry[] = [];
  private serial = 0;
  constructor(private readonly limit: number) {}

  add(who: string, what: string): void {
    this.list = [{ serial: ++this.serial, who, what, at: new Date().toISOString() }, ...this.list].slice(0, this.limit);
  }

  entries(): readonly SyncLogEntry[] {
    return this.list;
  }
}
