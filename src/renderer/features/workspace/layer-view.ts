import type { Coder } from '../../../shared/model';

/** Which coders' layers the reader shows, and whether only the places where they differ. */
export interface LayerViewState {
  /** Coders whose layers are hidden (everyone else's are shown, new coders included). */
  hidden: ReadonlySet<string>;
  /** Show only annotations at places where the shown coders differ (see `compare/`). */
  differencesOnly: boolean;
}

/**
 * The reader's choice of layers, held in memory for the session of the page (a way of looking,
 * not library data). Components read it through `useLayerView`.
 */
export class LayerView {
  private state: LayerViewState = { hidden: new Set(), differencesOnly: false };
  private readonly listeners = new Set<() => void>();

  get(): LayerViewState {
    return this.state;
  }

  /** Shows or hides one coder's layer. */
  toggle(coderId: string, shown: boolean): void {
    const hidden = new Set(this.state.hidden);
    if (shown) hidden.delete(coderId);
    else hidden.add(coderId);
    this.set({ hidden });
  }

  /** Shows exactly these coders' layers among `all`. */
  showOnly(shown: readonly string[], all: readonly string[]): void {
    const keep = new Set(shown);
    this.set({ hidden: new Set(all.filter((id) => !keep.has(id))) });
  }

  set(changes: Partial<LayerViewState>): void {
    this.state = { ...this.state, ...changes };
    for (const l of this.listeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The order layers are listed and drawn in: the local coder first, then people by name, then
 * consensus layers; coders the library has no record of last, by id.
 */
export function layerOrder(coderIds: Iterable<string>, coders: readonly Coder[], localId: string | null): string[] {
  const rank = new Map(coders.map((c, i) => [c.id, i]));
  return [...new Set(coderIds)].sort((a, b) => {
    if (a === localId) return -1;
    if (b === localId) return 1;
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
  });
}
