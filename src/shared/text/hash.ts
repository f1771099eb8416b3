import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** FNV-1a's 32-bit offset basis: the hash of nothing, where `fnv1aStep` starts. */
export const FNV1A_START = 0x811c9dc5 | 0;

/** One FNV-1a step: the hash `h` followed by the UTF-16 unit `unit` (as a signed 32-bit integer). */
export function fnv1aStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/**
 * FNV-1a (32 bits) over a string's UTF-16 units, unsigned: a cheap, stable spread of ids
 * (UUIDs and counters alike) over shards and packs. Not for anything that needs collision
 * resistance.
 */
export function fnv1a32(text: string): number {
  let h = FNV1A_START;
  for (let i = 0; i < text.length; i++) h = fnv1aStep(h, text.charCodeAt(i));
  return h >>> 0;
}

/** Lower-case hex SHA-256 of a canonical text encoded as UTF-8. Pure JS: same result everywhere. */
export function contentHash(canonical: string): string {
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** RFC 6920 `ni:` URI naming a text by its content hash (base64url, no padding). */
export function niUri(hexHash: string): string {
  const bytes = new Uint8Array(hexHash.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hexHash.slice(i * 2, i * 2 + 2), 16);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
  }
  return `ni:///sha-256;${out}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NI_SHA256 = /^ni:\/\/[^/]*\/sha-256;([A-Za-z0-9_-]{43})$/;

/** The last URI read and its hash: an import reads the same source IRI on every annotation. */
let lastUri: string | null = null;
let lastHash: string | null = null;

/** The hex hash inside an `ni:///sha-256;…` URI, or null if the URI is not one. */
export function hashFromNiUri(uri: string): string | null {
  if (uri === lastUri) return lastHash;
  const match = NI_SHA256.exec(uri);
  let hex: string | null = null;
  if (match) {
    let bits = 0;
    let value = 0;
    hex = '';
    for (let i = 0; i < match[1].length; i++) {
      value = (value << 6) | BASE64URL.indexOf(match[1][i]);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        hex += ((value >> bits) & 0xff).toString(16).padStart(2, '0');
      }
    }
  }
  lastUri = uri;
  lastHash = hex;
  return hex;
}
