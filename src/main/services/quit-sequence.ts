/**
 * What happens between "quit" (or closing the window) and the end: the renderer writes pending
 * edits (a memo being typed included) and a last backup, then the app goes on quitting. If that
 * does not finish in time, the app still quits, and a notice is left that the next start shows,
 * so the user is never told nothing.
 */
import type { QuitPreparation } from '../../shared/ipc';
import { readJsonFile, type JsonFileFs } from './json-file';
import type { Timers } from './timers';

/** What the sequence needs from the app. */
export interface QuitSequenceDeps {
  /** Asks the renderer to prepare; false when there is no live window to ask (nothing to wait for). */
  askRenderer(): boolean;
  /** Records that the last backup was not finished; `reason` is a sentence fragment. */
  recordIncomplete(reason: string): Promise<void>;
  timeoutMs: number;
  timers: Timers;
}

/**
 * Guards the events that end the renderer (`before-quit`, the window's `close`). The first one
 * is held back while the renderer prepares; when it answers, or after `timeoutMs`, `proceed`
 * runs (quit, or close the window) and later events pass. `reset` arms it again for a new window.
 */
export class QuitSequence {
  private state: 'idle' | 'preparing' | 'done' = 'idle';
  private proceeds: (() => void)[] = [];
  private timer: unknown = null;

  constructor(private readonly deps: QuitSequenceDeps) {}

  /**
   * Call from the event; returns true when the event must be prevented (`event.preventDefault()`),
   * in which case `proceed` runs later.
   */
  intercept(proceed: () => void): boolean {
    if (this.state === 'done') return false;
    if (this.state === 'preparing') {
      this.proceeds.push(proceed);
      return true;
    }
    if (!this.deps.askRenderer()) {
      this.state = 'done';
      return false;
    }
    this.state = 'preparing';
    this.proceeds = [proceed];
    const seconds = Math.round(this.deps.timeoutMs / 1000);
    this.timer = this.deps.timers.setTimeout(() => void this.finish(`the window did not finish within ${seconds} seconds`), this.deps.timeoutMs);
    return true;
  }

  /** The renderer's answer (`quitPrepared`). Answers outside a quit are ignored. */
  async prepared(outcome: QuitPreparation): Promise<void> {
    if (this.state !== 'preparing') return;
    await this.finish(outcome.ok ? null : outcome.error);
  }

  /** Arms the guard again (a new window after the last one closed, on macOS). */
  reset(): void {
    if (this.state === 'done') this.state = 'idle';
  }

  private async finish(failure: string | null): Promise<void> {
    if (this.state !== 'preparing') return;
    this.state = 'done';
    this.deps.timers.clearTimeout(this.timer);
    if (failure !== null) await this.deps.recordIncomplete(failure).catch(() => undefined);
    const proceeds = this.proceeds;
    this.proceeds = [];
    for (const proceed of proceeds) proceed();
  }
}

/** The notice left for the next start. */
interface QuitNotice {
  at: string;
  reason: string;
}

/** Keeps the "last backup not finished" notice in a file until the next start has shown it. */
export class QuitNotices {
  constructor(
    private readonly file: string,
    private readonly fs: JsonFileFs,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Leaves the notice. */
  async record(reason: string): Promise<void> {
    const notice: QuitNotice = { at: this.now().toISOString(), reason };
    await this.fs.writeFile(this.file, JSON.stringify(notice));
  }

  /** The sentences to show now (at most one), and the notice removed so it is shown once. */
  async take(): Promise<string[]> {
    const value = (await readJsonFile(this.fs, this.file)) as Partial<QuitNotice> | null;
    if (value === null) return [];
    await this.fs.unlink(this.file).catch(() => undefined);
    const when = typeof value.at === 'string' && !Number.isNaN(Date.parse(value.at)) ? ` at ${value.at.slice(0, 16).replace('T', ' ')} UTC` : '';
    const why = typeof value.reason === 'string' && value.reason ? ` (${value.reason.slice(0, 300)})` : '';
    return [
      `When the workbench quit${when}, its last backup could not be finished${why}. Changes already written are in the library, but the newest backup may be older than your last edits: use File → Export workspace… if you want a copy now.`,
    ];
  }
}
