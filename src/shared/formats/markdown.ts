/**
 * Markdown files are imported as plain text with their markup visible.
 *
 * Decision: we do not render Markdown. Researchers cite and exchange offsets against the file
 * they have on disk; keeping `#`, `*` and link syntax in the canonical text means every
 * offset, quote and W3C position matches that file byte for character, and another tool that
 * reads the same `.md` as text agrees with us. Rendering would also have to pick one of many
 * Markdown dialects. The only change is the canonicalisation every text gets (BOM, line ends,
 * NFC), done by the caller.
 */

/** Returns a Markdown document's text unchanged: the markup stays part of the text. */
export function markdownToText(markdown: string): string {
  return markdown;
}
