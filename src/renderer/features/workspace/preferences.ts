import type { Repository } from '../../db/repository';

/** How the screen is laid out and the text is set: this machine's choices, not library data. */
export interface LayoutPreferences {
  libraryOpen: boolean;
  panelOpen: boolean;
  /** Widths in CSS pixels. */
  libraryWidth: number;
  panelWidth: number;
  /** Reader font size in CSS pixels. */
  fontSize: number;
  /** Reader line width in characters (`ch`). */
  lineWidth: number;
}

/** The defaults, and the range each number is kept in. */
export const LAYOUT_DEFAULTS: LayoutPreferences = {
  libraryOpen: true,
  panelOpen: true,
  libraryWidth: 220,
  panelWidth: 320,
  fontSize: 17,
  lineWidth: 70,
};
export const LAYOUT_RANGES = {
  libraryWidth: [180, 480],
  panelWidth: [260, 640],
  fontSize: [12, 32],
  lineWidth: [40, 120],
} as const satisfies Record<string, readonly [number, number]>;

const KEY = 'preferences';
const POSITION_PREFIX = 'reading-position:';
/** A reading position is written at most this often while scrolling. */
const POSITION_DELAY_MS = 400;

function clamp(value: unknown, [min, max]: readonly [number, number], fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

/** Reads stored preferences, keeping only well-formed values (anything else falls back to the default). */
export function parsePreferences(json: string | undefined): LayoutPreferences {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged setting is replaced by the defaults on the next change.
  }
  const d = LAYOUT_DEFAULTS;
  return {
    libraryOpen: typeof raw.libraryOpen === 'boolean' ? raw.libraryOpen : d.libraryOpen,
    panelOpen: typeof raw.panelOpen === 'boolean' ? raw.panelOpen : d.panelOpen,
    libraryWidth: clamp(raw.libraryWidth, LAYOUT_RANGES.libraryWidth, d.libraryWidth),
    panelWidth: clamp(raw.panelWidth, LAYOUT_RANGES.panelWidth, d.panelWidth),
    fontSize: clamp(raw.fontSize, LAYOUT_RANGES.fontSize, d.fontSize),
    lineWidth: clamp(raw.lineWidth, LAYOUT_RANGES.lineWidth, d.lineWidth),
  };
}

/**
 * Layout preferences and reading positions, kept in the settings table. They are not part of
 * the library: changing them is not an undoable action and not backed up.
 */
export class Preferences {
  private current: LayoutPreferences = LAYOUT_DEFAULTS;
  private readonly listeners = new Set<() => void>();
  private readonly positionTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pendingOffsets = new Map<string, number>();

  constructor(private readonly repo: Repository) {}

  async load(): Promise<void> {
    this.current = parsePreferences(await this.repo.getSetting(KEY));
  }

  get(): LayoutPreferences {
    return this.current;
  }

  /**
   * Changes some preferences (kept within their ranges) and stores them; with `store` false
   * (while a splitter is dragged) they are shown but not written yet.
   */
  set(patch: Partial<LayoutPreferences>, store = true): void {
    const next = parsePreferences(JSON.stringify({ ...this.current, ...patch }));
    if (JSON.stringify(next) !== JSON.stringify(this.current)) {
      this.current = next;
      for (const l of this.listeners) l();
    }
    if (!store) return;
    this.repo.setSetting(KEY, JSON.stringify(next)).catch(() => undefined); // a lost layout choice loses no data
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Where the reader was in a document: the text offset at the top of the view, or 0. */
  async readingPosition(documentId: string): Promise<number> {
    const value = Number(await this.repo.getSetting(POSITION_PREFIX + documentId));
    return Number.isInteger(value) && value > 0 ? value : 0;
  }

  /** Writes the reading positions still waiting for their timer (before the page goes away). */
  async flushPositions(): Promise<void> {
    const pending = [...this.positionTimers.keys()];
    await Promise.all(
      pending.map((id) => {
        clearTimeout(this.positionTimers.get(id));
        this.positionTimers.delete(id);
        const offset = this.pendingOffsets.get(id) ?? 0;
        this.pendingOffsets.delete(id);
        return this.repo.setSetting(POSITION_PREFIX + id, String(offset)).catch(() => undefined);
      }),
    );
  }

  /** Remembers where the reader is (written shortly after scrolling stops). */
  setReadingPosition(documentId: string, offset: number): void {
    clearTimeout(this.positionTimers.get(documentId));
    const value = Math.max(0, Math.floor(offset));
    this.pendingOffsets.set(documentId, value);
    this.positionTimers.set(
      documentId,
      setTimeout(() => {
        this.positionTimers.delete(documentId);
        this.pendingOffsets.delete(documentId);
        this.repo.setSetting(POSITION_PREFIX + documentId, String(value)).catch(() => undefined);
      }, POSITION_DELAY_MS),
    );
  }
}
