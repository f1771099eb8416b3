/**
 * Turns the bytes of a text file into a string, finding out the encoding.
 *
 * Order of decisions: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; otherwise bytes that are
 * valid UTF-8 are UTF-8 (pure ASCII included); otherwise the file is in a legacy single-byte
 * encoding, and we choose among the three our researchers meet: Windows-1252 (western European),
 * Windows-1251 and KOI8-R (Russian). An encoding declared by the file itself (an HTML
 * `<meta charset>`) is trusted first if it is one of those three.
 *
 * Detection uses chardet's statistical recognisers (its browser build maps away its `fs`
 * helper) restricted to the three candidates, on the first 64 KB only.
 */
import { analyse } from 'chardet';
import type { TextDecoderConstructor } from './text-decoder';

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** A decoded text and the WHATWG name of the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Legacy encodings we decide between, as WHATWG names. */
export const LEGACY_ENCODINGS = ['windows-1252', 'windows-1251', 'koi8-r'] as const;

/** One of the legacy encodings we decide between. */
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** chardet names (upper-cased) mapped onto our candidates; ISO-8859-1 decodes as its superset 1252. */
const CHARDET_NAMES = new Map<string, LegacyEncoding>([
  ['ISO-8859-1', 'windows-1252'],
  ['WINDOWS-1252', 'windows-1252'],
  ['WINDOWS-1251', 'windows-1251'],
  ['KOI8-R', 'koi8-r'],
]);

/**
 * Labels a file may declare for itself, mapped onto our candidates (WHATWG treats latin1 as
 * 1252). A Map: the label comes from the file, and `constructor` must not find anything.
 */
const DECLARED_LABELS = new Map<string, LegacyEncoding>([
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['us-ascii', 'windows-1252'],
  ['windows-1251', 'windows-1251'],
  ['cp1251', 'windows-1251'],
  ['koi8-r', 'koi8-r'],
  ['koi8r', 'koi8-r'],
]);

/** Detection looks at this many bytes: enough for statistics, bounded for 50 MB files. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes a file's bytes. `declared` is an encoding label the file states for itself (HTML meta
 * charset); it is used only when there is no BOM and the bytes are not valid UTF-8, and only if
 * it names one of the legacy candidates. A leading BOM is removed from the text.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new Decoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new Decoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new Decoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    return { text: new Decoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the legacy encodings.
  }
  const encoding = (declared && DECLARED_LABELS.get(declared.trim().toLowerCase())) || detectLegacyEncoding(bytes);
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new Decoder(encoding).decode(bytes);
  return { text, encoding };
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F; every other byte is its own code point. Five
 * bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls, as the standard says.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 ourselves: Node's TextDecoder decodes this label as ISO-8859-1 since
 * v20.18.3/v22.13.0 (nodejs/node#60888), turning curly quotes and dashes into C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192; // String.fromCharCode takes its arguments on the stack
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/**
 * Picks the most likely of Windows-1252, Windows-1251 and KOI8-R for bytes that are not UTF-8.
 * Falls back to Windows-1252, which decodes every byte, when no candidate is recognised.
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  const sample = bytes.length > DETECTION_SAMPLE_BYTES ? bytes.subarray(0, DETECTION_SAMPLE_BYTES) : bytes;
  let best: LegacyEncoding = 'windows-1252';
  let bestConfidence = -1;
  for (const match of analyse(sample)) {
    const candidate = CHARDET_NAMES.get(match.name.toUpperCase());
    if (candidate && match.confidence > bestConfidence) {
      best = candidate;
      bestConfidence = match.confidence;
    }
  }
  return best;
}

/**
 * Finds the encoding an HTML file declares in its first 1024 bytes (`<meta charset="…">` or
 * `content="text/html; charset=…"`), as the HTML standard's prescan does; null when none.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 1024);
  let ascii = '';
  for (const byte of head) ascii += byte < 0x80 ? String.fromCharCode(byte) : ' ';
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(ascii);
  return match ? match[1] : null;
}
