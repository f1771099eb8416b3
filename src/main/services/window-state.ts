/**
 * The main window's size, position and maximised state, remembered between runs and restored
 * onto a display that is still there (a laptop away from its second monitor gets its window
 * back on the screen it has).
 */
import { readJsonFile, type JsonFileFs } from './json-file';
import { realTimers, type Timers } from './timers';

/** A rectangle in screen coordinates. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered. `bounds` are the normal (not maximised) bounds. */
export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

/** How the window opens: `x`/`y` absent means "let the system centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** The smallest window that stays usable, and the size of a first start. */
export const WINDOW_SIZES = { minWidth: 800, minHeight: 560, width: 1280, height: 860 } as const;

/** How much of the title bar must be on a display for the saved place to count as visible. */
const VISIBLE_TITLE = { width: 120, height: 32 } as const;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The saved state from a file's JSON, or null when it is not one. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as { bounds?: Partial<Bounds>; maximized?: unknown };
  if (!bounds || ![bounds.x, bounds.y, bounds.width, bounds.height].every(finite)) return null;
  if (bounds.width! <= 0 || bounds.height! <= 0) return null;
  return { bounds: { x: bounds.x!, y: bounds.y!, width: bounds.width!, height: bounds.height! }, maximized: maximized === true };
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where the window opens, given the saved state and the work areas of the displays there are
 * now. The saved place is kept when enough of its title bar lies on one display; its size is
 * cut to that display. Otherwise the window opens centred, at the saved size cut to the primary
 * display (the first work area), or at the default size on a first start.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Bounds[]): WindowPlacement {
  const primary = workAreas[0];
  const fit = (width: number, height: number, area: Bounds | undefined) => ({
    width: Math.max(WINDOW_SIZES.minWidth, Math.min(width, area?.width ?? width)),
    height: Math.max(WINDOW_SIZES.minHeight, Math.min(height, area?.height ?? height)),
  });
  if (!saved) return { ...fit(WINDOW_SIZES.width, WINDOW_SIZES.height, primary), maximized: false };
  const { bounds } = saved;
  const titleBar: Bounds = { x: bounds.x, y: bounds.y, width: bounds.width, height: VISIBLE_TITLE.height };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(VISIBLE_TITLE.width, bounds.width) && o.height >= VISIBLE_TITLE.height;
  });
  if (!home) return { ...fit(bounds.width, bounds.height, primary), maximized: saved.maximized };
  const size = fit(bounds.width, bounds.height, home);
  // Keep the window on its display when the cut size would still run over the edge.
  const x = Math.min(Math.max(bounds.x, home.x), home.x + home.width - size.width);
  const y = Math.min(Math.max(bounds.y, home.y), home.y + home.height - size.height);
  return { x, y, ...size, maximized: saved.maximized };
}

/** The part of a `BrowserWindow` that is watched and measured. */
export interface TrackedWindow {
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): void;
}

/** Loads and saves the window state in one JSON file. */
export class WindowStateStore {
  /** How long moves and resizes settle before the state is written. */
  static readonly SAVE_DELAY_MS = 500;

  constructor(
    private readonly file: string,
    private readonly fs: JsonFileFs,
    private readonly timers: Timers = realTimers,
  ) {}

  /** The saved state, or null on a first start (or when the file is unreadable). */
  async load(): Promise<WindowState | null> {
    return parseWindowState(await readJsonFile(this.fs, this.file));
  }

  /** Writes the state; a failure only costs the remembered place, so it is not reported. */
  async save(state: WindowState): Promise<void> {
    await this.fs.writeFile(this.file, JSON.stringify(state)).catch(() => undefined);
  }

  /** Saves the window's state shortly after it moves or resizes, and at once when it closes. */
  track(win: TrackedWindow): void {
    let pending: unknown = null;
    const measure = (): WindowState | null => (win.isDestroyed() ? null : { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    const later = () => {
      if (pending !== null) this.timers.clearTimeout(pending);
      pending = this.timers.setTimeout(() => {
        pending = null;
        const state = measure();
        if (state) void this.save(state);
      }, WindowStateStore.SAVE_DELAY_MS);
    };
    for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, later);
    win.on('close', () => {
      if (pending !== null) this.timers.clearTimeout(pending);
      pending = null;
      const state = measure();
      if (state) void this.save(state);
    });
  }
}
