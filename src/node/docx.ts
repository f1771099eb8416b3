/**
 * Reads the text of Word (.docx) files with mammoth's Node API. Lives in main because mammoth's
 * Node entry needs `Buffer`; the shared converter receives this function as its `extractDocx`.
 */
import mammoth from 'mammoth';

/**
 * The raw text of a .docx file: paragraphs separated by a blank line (mammoth's raw-text
 * output), no trailing line breaks. Rejects when the bytes are not a Word document.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.extractRawText({ buffer });
  return result.value.replace(/\n+$/, '');
}
