/**
 * The canonical text: the one string every offset in the workbench refers to.
 *
 * A document's canonical text is its decoded content with any byte-order mark removed,
 * CRLF and lone CR turned into LF, and normalised to Unicode NFC. Nothing else is changed:
 * no trimming, no collapsing of blank lines, so offsets from other tools that made the same
 * normalisation still hold.
 */
export function canonicalText(decoded: string): string {
  let text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}

/** One paragraph of a canonical text: a line, with its UTF-16 start and end (exclusive, no LF). */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/**
 * Splits a canonical text into paragraphs on LF. Every line is a paragraph, empty lines
 * included, so that paragraph boundaries map one-to-one onto text offsets.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    result.push({ index: index++, start, end });
    if (lf === -1) return result;
    start = lf + 1;
  }
}
