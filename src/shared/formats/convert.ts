/**
 * Converts one file chosen for import into canonical text, or refuses it with a sentence that
 * names the file and says why. Pure: the caller reads the bytes and supplies the Word reader,
 * so the same code serves the desktop app (mammoth under Node) and the browser build.
 */
import type { ImportedFile } from '../ipc';
import { MAX_FILE_BYTES } from '../limits';
import { canonicalText } from '../text/canonical';
import { looksBinary } from './binary';
import { declaredHtmlCharset, decodeBytes } from './decode';
import { htmlToText } from './html-text';
import { markdownToText } from './markdown';
import { baseName } from '../patterns';

export { MAX_FILE_BYTES } from '../limits';

/** File name extensions the workbench imports, lower-case with the dot. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'] as const;

/** An accepted extension. */
export type AcceptedExtension = (typeof ACCEPTED_EXTENSIONS)[number];

/** Reads the text of a .docx file; rejects when the bytes are not a Word document. */
export type DocxExtractor = (bytes: Uint8Array) => Promise<string>;

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

async function extract(name: string, extension: AcceptedExtension, bytes: Uint8Array, extractDocx: DocxExtractor): Promise<Extracted> {
  if (extension === '.docx') {
    const invalid = `“${name}” is not a valid Word document (.docx). It may be damaged, or an older .doc file renamed; open it in Word and save it as .docx.`;
    if (!isZip(bytes)) return { ok: false, error: invalid };
    try {
      // Word stores text as Unicode XML; no byte encoding applies to the extracted text.
      return { ok: true, text: await extractDocx(bytes), encoding: 'utf-8' };
    } catch {
      return { ok: false, error: invalid };
    }
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      error: `“${name}” does not contain text: it looks like binary data (an image, PDF or program). If it is a text file, save it as UTF-8 and try again.`,
    };
  }
  if (extension === '.html' || extension === '.htm') {
    const decoded = decodeBytes(bytes, declaredHtmlCharset(bytes) ?? undefined);
    return { ok: true, text: htmlToText(decoded.text), encoding: decoded.encoding };
  }
  const decoded = decodeBytes(bytes);
  const text = extension === '.md' ? markdownToText(decoded.text) : decoded.text;
  return { ok: true, text, encoding: decoded.encoding };
}

/**
 * Converts a file's bytes to canonical text. Refuses, with a message naming the file: an
 * unknown extension (listing the accepted ones), a file over 50 MB, binary content, a .docx
 * that is not a Word document, or a document with no text. HTML is reduced to its visible
 * text; Markdown keeps its markup; `extractDocx` reads Word files.
 */
export async function convertFile(name: string, bytes: Uint8Array, extractDocx: DocxExtractor): Promise<ImportedFile> {
  const early = refuseBeforeReading(name, bytes.byteLength);
  if (early) return early;
  const extension = extensionOf(name);
  if (!isAccepted(extension)) return refusal(name, `“${name}” is not a format the workbench reads.`);
  const extracted = await extract(name, extension, bytes, extractDocx);
  if (!extracted.ok) return refusal(name, extracted.error);
  const text = canonicalText(extracted.text);
  if (text.trim() === '') {
    return refusal(name, `“${name}” is empty: it has no text to annotate.`);
  }
  return { ok: true, name, text, sizeBytes: bytes.byteLength, format: FORMATS[extension], encoding: extracted.encoding };
}
