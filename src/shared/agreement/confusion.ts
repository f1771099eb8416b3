/**
 * The confusion matrix between categories. With exactly two coders: rows are the first
 * coder's values, columns the second's, over the units both coded. With more coders: every
 * ordered pair of different coders on a unit counts once (so the matrix is symmetric and
 * sums to Σ m_u (m_u − 1)). Units may carry a weight (code points, for spans).
 */
import { type CodedData, MISSING } from './coded-data';
import { type Tallies, tally } from './coincidence';

/** A confusion matrix over the values that occur. */
export interface ConfusionMatrix {
  /** 'coder-pair': rows `coders[0]`, columns `coders[1]`; 'all-pairs': every ordered pair. */
  kind: 'coder-pair' | 'all-pairs';
  coders: readonly string[];
  /** The values that occur, in value order. */
  labels: string[];
  counts: number[][];
  /** What a count counts: units, pairs of coders' values, or code points. */
  counting: 'units' | 'coder pairs' | 'code points' | 'code points × coder pairs';
  total: number;
}

/** Keeps the rows and columns of values that occur. */
function compact(size: number, raw: Float64Array, values: readonly string[]): { labels: string[]; counts: number[][] } {
  const used: number[] = [];
  for (let v = 0; v < size; v++) {
    let any = false;
    for (let k = 0; k < size && !any; k++) any = raw[v * size + k] > 0 || raw[k * size + v] > 0;
    if (any) used.push(v);
  }
  return { labels: used.map((v) => values[v]), counts: used.map((r) => used.map((c) => raw[r * size + c])) };
}

/** The confusion matrix of the data; `weights[u]` weighs unit u (default 1). */
export function confusionMatrix(data: CodedData, weights?: Float64Array, t?: Tallies): ConfusionMatrix {
  const m = data.coders.length;
  const size = data.values.length;
  const raw = new Float64Array(size * size);
  let total = 0;
  if (m === 2) {
    for (let u = 0; u < data.units.length; u++) {
      const x = data.cells[u * 2];
      const y = data.cells[u * 2 + 1];
      if (x === MISSING || y === MISSING) continue;
      const w = weights ? weights[u] : 1;
      raw[x * size + y] += w;
      total += w;
    }
    return { kind: 'coder-pair', coders: data.coders, ...compact(size, raw, data.values), counting: weights ? 'code points' : 'units', total };
  }
  const tallies = t ?? tally(data);
  for (let k = 0; k < tallies.unit.length; k++) {
    const w = weights ? weights[tallies.unit[k]] : 1;
    for (let i = tallies.start[k]; i < tallies.start[k + 1]; i++) {
      for (let j = tallies.start[k]; j < tallies.start[k + 1]; j++) {
        const ni = tallies.count[i];
        const pairs = i === j ? ni * (ni - 1) : ni * tallies.count[j];
        raw[tallies.value[i] * size + tallies.value[j]] += w * pairs;
        total += w * pairs;
      }
    }
  }
  return {
    kind: 'all-pairs',
    coders: data.coders,
    ...compact(size, raw, data.values),
    counting: weights ? 'code points × coder pairs' : 'coder pairs',
    total,
  };
}
