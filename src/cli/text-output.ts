/** Helpers for the command line's aligned text output (concordance lines, turn lists). */

/** A text cell on one line: a line break shows as ¶, tabs and other control characters as spaces. */
export function displayCell(text: string): string {
  return text.replace(/\n/g, '¶').replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** Pads `text` with spaces to `width` code points, at its start or end; longer text is left as it is. */
export function padCodePoints(text: string, width: number, side: 'start' | 'end'): string {
  const pad = ' '.repeat(Math.max(0, width - [...text].length));
  return side === 'start' ? pad + text : text + pad;
}

/** `text` in exactly `width` code points: padded at the end, or cut with an ellipsis. */
export function fitCodePoints(text: string, width: number): string {
  const points = [...text];
  return points.length <= width ? padCodePoints(text, width, 'end') : points.slice(0, Math.max(0, width - 1)).join('') + '…';
}
