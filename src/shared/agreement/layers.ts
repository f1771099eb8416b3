/**
 * The input of agreement on one text: each coder's annotations (a layer) and the codebook,
 * with offsets in UTF-16 code units of the canonical text, half-open.
 */

/** One annotation of a coder: its category and UTF-16 span. */
export interface CoderAnnotation {
  categoryId: string;
  start: number;
  end: number;
}

/** One coder's annotations on the text. */
export interface CoderLayer {
  coder: string;
  annotations: readonly CoderAnnotation[];
}

/** A codebook category as agreement needs it. */
export interface CategoryRef {
  id: string;
  label: string;
  order: number;
}

/** The categories in codebook order, each with a label unique among them. */
export interface OrderedCategories {
  ids: string[];
  labels: string[];
  index: Map<string, number>;
}

/**
 * Orders the codebook (by `order`, then id) and appends, sorted by id, the category ids the
 * layers use but the codebook lacks (labelled by their id). Labels that repeat get their id
 * added (`claim (c-7)`), so that every figure names one category.
 */
export function orderCategories(categories: readonly CategoryRef[], layers: readonly CoderLayer[]): OrderedCategories {
  const sorted = [...categories].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map<string, number>();
  const ids: string[] = [];
  const rawLabels: string[] = [];
  for (const c of sorted) {
    if (index.has(c.id)) continue;
    index.set(c.id, ids.length);
    ids.push(c.id);
    rawLabels.push(c.label);
  }
  const unknown = new Set<string>();
  for (const layer of layers) for (const a of layer.annotations) if (!index.has(a.categoryId)) unknown.add(a.categoryId);
  for (const id of [...unknown].sort()) {
    index.set(id, ids.length);
    ids.push(id);
    rawLabels.push(id);
  }
  const counts = new Map<string, number>();
  for (const l of rawLabels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const labels = rawLabels.map((l, i) => ((counts.get(l) ?? 0) > 1 ? `${l} (${ids[i]})` : l));
  return { ids, labels, index };
}
