/**
 * A journal of memo text typed but perhaps not yet written to the database, kept in the page's
 * synchronous storage (localStorage). A reload or a closed tab can end the page before an
 * IndexedDB write started in `pagehide` completes; the journal cannot be cut short that way.
 * On the next start, whatever is still in it is brought back through the history
 * (`Workspace.recoverDrafts`), and an entry is removed once its text is written.
 */

/** One memo draft. */
export interface MemoDraft {
  annotationId: string;
  documentId: string;
  memo: string;
}

/** The part of the Web Storage API the journal uses. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'workbench-memo-draft:';

/** Reads one stored draft, or null when it is missing or not a draft. */
function parse(json: string | null): MemoDraft | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object') return null;
    const { annotationId, documentId, memo } = value as Record<string, unknown>;
    return typeof annotationId === 'string' && typeof documentId === 'string' && typeof memo === 'string' ? { annotationId, documentId, memo } : null;
  } catch {
    return null;
  }
}

/** The memo drafts of this browser profile. Storage failures (quota, private mode) are ignored: the journal is a safety net. */
export class DraftJournal {
  constructor(private readonly storage: DraftStorage | null) {}

  /** Records the text of a memo as it is typed. */
  put(draft: MemoDraft): void {
    try {
      this.storage?.setItem(PREFIX + draft.annotationId, JSON.stringify(draft));
    } catch {
      // Full or unavailable storage: the normal save still runs.
    }
  }

  /** Forgets a draft once `memo` is written, unless something newer was typed meanwhile. */
  written(annotationId: string, memo: string): void {
    try {
      const stored = parse(this.storage?.getItem(PREFIX + annotationId) ?? null);
      if (stored && stored.memo === memo) this.storage?.removeItem(PREFIX + annotationId);
    } catch {
      // As above.
    }
  }

  /** Every draft still in the journal. */
  all(): MemoDraft[] {
    const out: MemoDraft[] = [];
    try {
      const s = this.storage;
      if (!s) return out;
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key?.startsWith(PREFIX)) {
          const draft = parse(s.getItem(key));
          if (draft) out.push(draft);
        }
      }
    } catch {
      // As above.
    }
    return out;
  }

  remove(annotationId: string): void {
    try {
      this.storage?.removeItem(PREFIX + annotationId);
    } catch {
      // As above.
    }
  }
}
