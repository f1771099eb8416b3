/** How the agreement panel writes its figures. */
import type { Figure } from '../../../shared/agreement/types';

/** A coefficient with three decimals (as the published examples are rounded), or null. */
export function coefficient(value: number | null): string | null {
  return value === null ? null : value.toFixed(3);
}

/** A figure's value, or, for an undefined one, its reason (never NaN). */
export function figureText(f: Figure, digits = 3): string {
  return f.value === null ? (f.reason ?? 'undefined') : f.value.toFixed(digits);
}

/** A small quantity (a disagreement per code point) with three significant digits, or '—'. */
export function decimal(value: number | null): string {
  if (value === null) return '—';
  return Math.abs(value) >= 0.01 || value === 0 ? value.toFixed(3) : value.toPrecision(3);
}

/** "1 unit", "3 units". */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** A count in English digits with separators. */
export function count(n: number): string {
  return n.toLocaleString('en');
}
