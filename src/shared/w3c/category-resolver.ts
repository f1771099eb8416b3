/**
 * Matching the categories named by imported annotations to a codebook: by id, then by label
 * (case-insensitive), else a new category (from the file's shipped codebook when it has one).
 * Everything is looked up in Maps keyed by the file's strings, so a category called
 * `constructor` or `__proto__` is a category like any other, and a file naming thousands of
 * categories resolves in linear time (issue 15, findings 3 and 4).
 */
import { EXTRA_COLOURS } from '../codebook';
import type { Category } from '../model';

/** A list of categories indexed by id and by normalised label; the first of each wins. */
class Index {
  readonly byId = new Map<string, Category>();
  readonly byLabel = new Map<string, Category>();

  constructor(categories: readonly Category[] = []) {
    for (const c of categories) this.add(c);
  }

  add(c: Category): void {
    if (!this.byId.has(c.id)) this.byId.set(c.id, c);
    const key = labelKey(c.label);
    if (!this.byLabel.has(key)) this.byLabel.set(key, c);
  }

  /** By id when one is given, else (or when the id is unknown) by label. */
  find(id: string | null, label: string): Category | undefined {
    return (id !== null ? this.byId.get(id) : undefined) ?? this.byLabel.get(labelKey(label));
  }
}

function labelKey(label: string): string {
  return label.trim().toLowerCase();
}

/** Resolves categories: by id, then by label (case-insensitive), else creates one. */
export class CategoryResolver {
  /** Categories made for this import, in the order they were first needed. */
  readonly created: Category[] = [];
  private nextOrder: number;
  private readonly existing: Index;
  private readonly fresh = new Index();
  private readonly shipped: Index;
  private readonly taken = new Set<string>();

  constructor(existing: readonly Category[], shipped: readonly Category[]) {
    this.existing = new Index(existing);
    this.shipped = new Index(shipped);
    let order = 0;
    for (const c of existing) {
      this.taken.add(c.id);
      order = Math.max(order, c.order + 1);
    }
    this.nextOrder = order;
  }

  /** The id of the category for `id`/`label`, creating it when the codebook has none. */
  resolve(id: string | null, label: string): string {
    const found = this.existing.find(id, label) ?? this.fresh.find(id, label);
    if (found) return found.id;
    const template = this.shipped.find(id, label);
    const base = template?.id ?? id ?? label.trim();
    let newId = base;
    for (let n = 2; this.taken.has(newId); n++) newId = `${base}-${n}`;
    const category: Category = {
      id: newId,
      label: template?.label ?? label.trim(),
      definition: template?.definition ?? '',
      colour: template?.colour ?? EXTRA_COLOURS[this.created.length % EXTRA_COLOURS.length],
      // A shortcut could clash with the library's own; the user can assign one later.
      shortcut: '',
      order: this.nextOrder++,
      retired: template?.retired ?? false,
    };
    this.created.push(category);
    this.fresh.add(category);
    this.taken.add(newId);
    return newId;
  }
}
