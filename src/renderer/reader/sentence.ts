/**
 * Finds the sentence around a text offset, within its line: from after the previous sentence
 * end (`.`, `!`, `?`, `…` followed by a space) or after a speaker label (`Name: `), up to and
 * including the next sentence end and any closing quote. Returns trimmed offsets.
 */
export function sentenceAt(text: string, offset: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  const label = /^[^:\n]{1,80}?:\s/.exec(line);
  let start = label && label[0].length <= at ? label[0].length : 0;
  const ender = /[.!?…]+["'”’»)]*\s+/gu;
  let end = line.length;
  for (let match = ender.exec(line); match; match = ender.exec(line)) {
    const after = match.index + match[0].length;
    if (after <= at) {
      if (match.index >= start) start = after;
    } else {
      end = match.index + match[0].trimEnd().length;
      break;
    }
  }
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return { start: lineStart + start, end: lineStart + end };
}

export { trimSpan } from '../../shared/text/span';
