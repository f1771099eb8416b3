/** Markdown text that shows as written: every character Markdown gives a meaning is escaped. */

/** Inline text, escaped (and on one line: line breaks become spaces). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`);
}

/** A quotation as a Markdown block quote, each line escaped; empty lines kept as quote lines. */
export function markdownQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n');
}
