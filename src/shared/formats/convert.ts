/**
 * Converts one file chosen for import into canonical text, or refuses it with a sentence that
 * names the file and says why. The one converter of the workbench: the desktop app (in a
 * worker thread), the browser build (in a Web Worker) and the command line all call this, so
 * a file gets the same text, hash and offsets wherever it is imported. Pure and synchronous:
 * the caller reads the bytes and chooses the thread.
 */
import type { ImportedFile } from '../ipc';
import { FILE_LIMITS, MAX_FILE_BYTES, TEXT_LIMITS } from '../limits';
import { canonicalText } from '../text/canonical';
import { looksBinary } from './binary';
import { declaredHtmlCharset, decodeBytes } from './decode';
import { DocxError, extractDocxText } from './docx-text';
import { HtmlDepthError, htmlToText } from './html-text';
import { markdownToText } from './markdown';
import { baseName } from '../patterns';

export { MAX_FILE_BYTES } from '../limits';

/** File name extensions the workbench imports, lower-case with the dot. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'] as const;

/** An accepted extension. */
export type AcceptedExtension = (typeof ACCEPTED_EXTENSIONS)[number];

/** The format name reported for each extension. */
const FORMATS: Record<AcceptedExtension, string> = {
  '.txt': 'txt',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** The lower-case extension of a file name (`.txt`), or '' when it has none. */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function isAccepted(extension: string): extension is AcceptedExtension {
  return (ACCEPTED_EXTENSIONS as readonly string[]).includes(extension);
}

function refusal(name: string, error: string): ImportedFile {
  return { name, ok: false, error };
}

/** A size in megabytes for messages: `63.2 MB`. */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/**
 * The refusal for a file that can be turned down before reading it: an extension the workbench
 * does not read, or (when the size is known) a size over `MAX_FILE_BYTES`. Null when the file
 * may be read.
 */
export function refuseBeforeReading(name: string, sizeBytes?: number): ImportedFile | null {
  if (!isAccepted(extensionOf(name))) {
    return refusal(name, `“${name}” is not a format the workbench reads. Accepted: ${ACCEPTED_EXTENSIONS.join(', ')}.`);
  }
  if (sizeBytes !== undefined && sizeBytes > MAX_FILE_BYTES) {
    return refusal(
      name,
      `“${name}” is too large to import (${megabytes(sizeBytes)}); the limit is ${megabytes(MAX_FILE_BYTES)}. Split it into smaller files.`,
    );
  }
  return null;
}

/** True when the bytes start like a zip archive, as every .docx does. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Text and encoding of a file, or the refusal explaining why there is none. */
type Extracted = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** The budgets a .docx is extracted within. */
const DOCX_BUDGET = {
  maxChars: TEXT_LIMITS.maxChars,
  maxLines: TEXT_LIMITS.maxLines,
  maxXmlBytes: TEXT_LIMITS.maxDocxXmlBytes,
  maxEntries: TEXT_LIMITS.maxDocxEntries,
  maxDepth: FILE_LIMITS.maxDepth,
};

function extractDocx(name: string, bytes: Uint8Array): Extracted {
  const invalid = `“${name}” is not a valid Word document (.docx). It may be damaged, or an older .doc file renamed; open it in Word and save it as .docx.`;
  if (!isZip(bytes)) return { ok: false, error: invalid };
  try {
    // Word stores text as Unicode XML; no byte encoding applies to the extracted text.
    return { ok: true, text: extractDocxText(bytes, DOCX_BUDGET), encoding: 'utf-8' };
  } catch (error) {
    if (error instanceof DocxError && error.overBudget) {
      return { ok: false, error: `“${name}” is refused: ${error.message}, beyond what the workbench imports. Split it into smaller documents.` };
    }
    if (error instanceof DocxError && /password-protected/.test(error.message)) {
      return { ok: false, error: `“${name}” is password-protected; open it in Word, remove the password and save it again.` };
    }
    return { ok: false, error: invalid };
  }
}

function extract(name: string, extension: AcceptedExtension, bytes: Uint8Array): Extracted {
  if (extension === '.docx') return extractDocx(name, bytes);
  if (looksBinary(bytes)) {
    return {
      ok: false,
      error: `“${name}” does not contain text: it looks like binary data (an image, PDF or program). If it is a text file, save it as UTF-8 and try again.`,
    };
  }
  if (extension === '.html' || extension === '.htm') {
    const decoded = decodeBytes(bytes, declaredHtmlCharset(bytes) ?? undefined);
    try {
      return { ok: true, text: htmlToText(decoded.text, FILE_LIMITS.maxDepth), encoding: decoded.encoding };
    } catch (error) {
      if (!(error instanceof HtmlDepthError)) throw error;
      return { ok: false, error: `“${name}” is refused: its elements nest deeper than ${FILE_LIMITS.maxDepth} levels, beyond what the workbench imports.` };
    }
  }
  const decoded = decodeBytes(bytes);
  const text = extension === '.md' ? markdownToText(decoded.text) : decoded.text;
  return { ok: true, text, encoding: decoded.encoding };
}

/** Number of lines of a text (line feeds + 1), counting no further than `limit + 1`. */
function linesUpTo(text: string, limit: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && lines <= limit; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** The refusal for a text beyond the text budgets, or null. */
function overTextBudget(name: string, text: string): string | null {
  if (text.length > TEXT_LIMITS.maxChars) {
    return `“${name}” is refused: its text is longer than ${TEXT_LIMITS.maxChars.toLocaleString('en')} characters, beyond what the workbench imports. Split it into smaller documents.`;
  }
  if (linesUpTo(text, TEXT_LIMITS.maxLines) > TEXT_LIMITS.maxLines) {
    return `“${name}” is refused: it has more than ${TEXT_LIMITS.maxLines.toLocaleString('en')} lines, beyond what the workbench imports. Split it into smaller documents.`;
  }
  return null;
}

/**
 * Converts a file's bytes to canonical text. Refuses, with a message naming the file: an
 * unknown extension (listing the accepted ones), a file over 50 MB, binary content, a .docx
 * that is not a Word document, a text beyond `TEXT_LIMITS` (checked while a .docx is
 * extracted), HTML nested beyond `FILE_LIMITS.maxDepth`, or a document with no text. HTML is
 * reduced to its visible text; Markdown keeps its markup.
 */
export function convertFile(name: string, bytes: Uint8Array): ImportedFile {
  const early = refuseBeforeReading(name, bytes.byteLength);
  if (early) return early;
  const extension = extensionOf(name);
  if (!isAccepted(extension)) return refusal(name, `“${name}” is not a format the workbench reads.`);
  const extracted = extract(name, extension, bytes);
  if (!extracted.ok) return refusal(name, extracted.error);
  const text = canonicalText(extracted.text);
  const over = overTextBudget(name, text);
  if (over) return refusal(name, over);
  if (text.trim() === '') {
    return refusal(name, `“${name}” is empty: it has no text to annotate.`);
  }
  return { ok: true, name, text, sizeBytes: bytes.byteLength, format: FORMATS[extension], encoding: extracted.encoding };
}
