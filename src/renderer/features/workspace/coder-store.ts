import type { Coder, CoderKind } from '../../../shared/model';
import { RecordStore } from './record-store';

/** How a coder is named where its record is missing or has no name. */
export const UNKNOWN_CODER = 'unknown coder';

/** Coders in display order: persons by name (then id), consensus layers last. */
function displayOrder(a: Coder, b: Coder): number {
  return (a.kind === 'consensus' ? 1 : 0) - (b.kind === 'consensus' ? 1 : 0) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The library's coders held in memory, loaded at start and then following every edit the history
 * applies (like the codebook store), so that names and kinds are known without a database read.
 */
export class CoderStore extends RecordStore<Coder> {
  constructor() {
    super((coders) => coders.sort(displayOrder));
  }

  /** The kind of a coder id, undefined when unknown (for the rule of who may change what). */
  readonly kindOf = (id: string): CoderKind | undefined => this.byId.get(id)?.kind;

  /** The name shown for a coder id (with `fallback`, the name an annotation keeps, when unknown). */
  readonly nameOf = (id: string, fallback = ''): string => this.byId.get(id)?.name || fallback || UNKNOWN_CODER;
}
