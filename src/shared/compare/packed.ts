/**
 * The comparison's data in typed arrays, for the trip to and from the comparison worker: a
 * structured clone of 100,000 annotation objects (and of the places back) costs the interface
 * thread a quarter of a second each way, while typed arrays are moved, not copied. Annotations
 * travel as their index in the caller's list; the caller's own objects come back in the result.
 */
import { compareLayers, type CompareAnnotation, type Comparison, type Difference, type DifferenceKind } from './compare-layers';

/** Annotations of one text, by index: spans and the index of their coder and category. */
export interface PackedAnnotations {
  starts: Int32Array;
  ends: Int32Array;
  coders: Uint16Array;
  categories: Uint16Array;
}

/** A comparison by index: places as rows of `3 + 3 × coders` numbers, agreements as indices. */
export interface PackedComparison {
  /** Per place: start, end, kind bits, then per coder its annotation's index (-1 for none) and start and end shifts. */
  places: Int32Array;
  count: number;
  agreements: number;
  agreed: Int32Array;
}

const KIND_BITS: Record<DifferenceKind, number> = { category: 1, boundary: 2, missing: 4 };
const KINDS: DifferenceKind[] = ['category', 'boundary', 'missing'];

/** The annotations as typed arrays; coders and categories as indices into `coderIds` and `categoryIds` (which must hold them). */
export function packAnnotations(annotations: readonly CompareAnnotation[], coderIds: readonly string[], categoryIds: readonly string[]): PackedAnnotations {
  const coder = new Map(coderIds.map((id, i) => [id, i]));
  const category = new Map(categoryIds.map((id, i) => [id, i]));
  const n = annotations.length;
  const packed = { starts: new Int32Array(n), ends: new Int32Array(n), coders: new Uint16Array(n), categories: new Uint16Array(n) };
  annotations.forEach((a, i) => {
    packed.starts[i] = a.start;
    packed.ends[i] = a.end;
    packed.coders[i] = coder.get(a.coderId)!;
    packed.categories[i] = category.get(a.categoryId)!;
  });
  return packed;
}

/** Compares packed annotations (in the worker): `compareLayers` on stand-ins whose ids are their indices. */
export function comparePacked(text: string, packed: PackedAnnotations, coderIds: readonly string[], categoryIds: readonly string[]): PackedComparison {
  const n = coderIds.length;
  const annotations: CompareAnnotation[] = [];
  for (let i = 0; i < packed.starts.length; i++) {
    // Zero-padded, so that ids in string order are indices in number order.
    annotations.push({ id: String(i).padStart(9, '0'), coderId: coderIds[packed.coders[i]], categoryId: categoryIds[packed.categories[i]], start: packed.starts[i], end: packed.ends[i] });
  }
  const result = compareLayers(text, annotations, coderIds);
  const stride = 3 + 3 * n;
  const places = new Int32Array(result.differences.length * stride);
  result.differences.forEach((d, p) => {
    const row = p * stride;
    places[row] = d.start;
    places[row + 1] = d.end;
    places[row + 2] = d.kinds.reduce((bits, k) => bits | KIND_BITS[k], 0);
    d.versions.forEach((v, c) => {
      places[row + 3 + 3 * c] = v.annotation ? Number(v.annotation.id) : -1;
      places[row + 4 + 3 * c] = v.startShift ?? 0;
      places[row + 5 + 3 * c] = v.endShift ?? 0;
    });
  });
  return { places, count: result.differences.length, agreements: result.agreements, agreed: Int32Array.from(result.agreedIds, Number) };
}

/** The comparison with the caller's own annotations (by index in the list that was packed). */
export function unpackComparison(packed: PackedComparison, annotations: readonly CompareAnnotation[], coderIds: readonly string[]): Comparison {
  const n = coderIds.length;
  const stride = 3 + 3 * n;
  const { places } = packed;
  const differences: Difference[] = [];
  for (let p = 0; p < packed.count; p++) {
    const row = p * stride;
    const bits = places[row + 2];
    const versions = coderIds.map((coderId, c) => {
      const i = places[row + 3 + 3 * c];
      return i < 0 ? { coderId, annotation: null, startShift: null, endShift: null } : { coderId, annotation: annotations[i], startShift: places[row + 4 + 3 * c], endShift: places[row + 5 + 3 * c] };
    });
    differences.push({ start: places[row], end: places[row + 1], kinds: KINDS.filter((k) => bits & KIND_BITS[k]), versions });
  }
  return { differences, agreements: packed.agreements, agreedIds: Array.from(packed.agreed, (i) => annotations[i].id) };
}
