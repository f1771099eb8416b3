import { snapToCodePoint } from './offsets';

/** Trims whitespace from both ends of `[start, end)`; an all-space span collapses to empty. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The span a person means by `[start, end)`: without surrounding whitespace and widened, never
 * narrowed, to whole characters (an offset inside a surrogate pair moves outward).
 */
export function tidySpan(text: string, start: number, end: number): { start: number; end: number } {
  const trimmed = trimSpan(text, start, end);
  return { start: snapToCodePoint(text, trimmed.start, -1), end: snapToCodePoint(text, trimmed.end, 1) };
}
