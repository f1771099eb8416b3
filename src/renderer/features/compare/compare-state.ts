import type { DocumentComparison } from '../../workers/compare-client';

/** Which differences the comparison view lists. */
export type KindFilter = '' | 'category' | 'boundary' | 'missing' | 'open' | 'decided' | 'unresolved';

/** The comparison view's choices. */
export interface CompareSettings {
  scope: 'document' | 'library';
  /** The coders compared; null until chosen: every person with annotations (consensus layers left out). */
  coders: string[] | null;
  kind: KindFilter;
  /** Only places this coder has a version of ('' for any). */
  coder: string;
}

/** A comparison of the whole library, kept while the view is switched away and between documents. */
export interface LibraryComparison {
  /** The coders compared, joined: a different choice needs another comparison. */
  key: string;
  /** The undo history's version when it was computed: another means the library has changed since. */
  historyVersion: number;
  results: DocumentComparison[];
}

/**
 * What the side column shows (the annotation panel or the comparison view) and the comparison
 * view's choices and library results, kept in memory for the page's session so that opening a
 * document from the list (which draws the reading view anew) keeps them.
 */
export class CompareState {
  side: 'annotations' | 'compare' = 'annotations';
  settings: CompareSettings = { scope: 'document', coders: null, kind: '', coder: '' };
  library: LibraryComparison | null = null;
  private readonly listeners = new Set<() => void>();
  /** Increases with every change; React reads it through `useSyncExternalStore`. */
  version = 0;

  show(side: 'annotations' | 'compare'): void {
    this.side = side;
    this.changed();
  }

  set(changes: Partial<CompareSettings>): void {
    this.settings = { ...this.settings, ...changes };
    this.changed();
  }

  keepLibrary(library: LibraryComparison | null): void {
    this.library = library;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
