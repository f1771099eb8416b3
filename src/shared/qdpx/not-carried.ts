/**
 * The import report's list of what a REFI-QDA file holds that the workbench cannot carry over
 * (media sources, variables, sets, graphics selections…): nothing is dropped without a line
 * here. Items are counted per kind, with the first few names as examples.
 */

/** One kind of thing that was not carried over. */
export interface NotCarried {
  /** What it is, as a plural noun phrase: "audio sources", "variables". */
  what: string;
  /** Why it cannot be carried over, one sentence. */
  why: string;
  count: number;
  /** Names of the first few items (empty strings left out). */
  examples: string[];
}

/** Examples kept per kind. */
const EXAMPLES = 5;

/** Collects `NotCarried` entries, one per kind, in the order kinds first appear. */
export class NotCarriedList {
  private readonly byKind = new Map<string, NotCarried>();

  /** Counts one (or `count`) item of a kind. */
  add(what: string, why: string, example = '', count = 1): void {
    if (count <= 0) return;
    let entry = this.byKind.get(what);
    if (!entry) {
      entry = { what, why, count: 0, examples: [] };
      this.byKind.set(what, entry);
    }
    entry.count += count;
    const name = example.trim();
    if (name !== '' && entry.examples.length < EXAMPLES && !entry.examples.includes(name)) entry.examples.push(name);
  }

  /** The entries collected. */
  list(): NotCarried[] {
    return [...this.byKind.values()];
  }
}

/**
 * One line for a report: "audio sources (2: “Interview 1”, “Interview 2”): the workbench reads
 * texts only." The kind stays plural and the count follows it, so one item reads as well as many.
 */
export function describeNotCarried(entry: NotCarried): string {
  const examples = entry.examples.length > 0 ? `: ${entry.examples.map((e) => `“${e}”`).join(', ')}${entry.count > entry.examples.length ? ', …' : ''}` : '';
  return `${entry.what} (${entry.count.toLocaleString('en')}${examples}): ${entry.why}`;
}
