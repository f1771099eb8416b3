/**
 * Tells a text file from binary content (images, PDFs, executables, archives renamed to .txt),
 * so that the workbench refuses it instead of importing pages of garbage.
 */

/** How much of the file is examined: binary formats show themselves in their first bytes. */
export const BINARY_SAMPLE_BYTES = 8 * 1024;

/** Share of control bytes above which a sample is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * True when the bytes look like binary data: a NUL byte, or more than 10 % control bytes (other
 * than tab, LF, CR, form feed and escape) in the first 8 KB. Files that start with a UTF-16 BOM
 * are text by declaration (half of their bytes are NUL for Latin text) and are never binary here.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isSuspiciousControl(byte)) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

/** C0 controls and DEL, except the ones plain text uses: tab, LF, CR, form feed, escape. */
function isSuspiciousControl(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  return byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b;
}
