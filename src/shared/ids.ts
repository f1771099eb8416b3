import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The id of an annotation placed from a file onto a text other than its own: a UUID (RFC 9562
 * version 8, the form for ids derived by a method of one's own) from SHA-256 of the original
 * id and the target text's content hash. The same file placed on the same text gives the same
 * ids, so importing it twice changes nothing, while the original annotations keep theirs.
 */
export function derivedAnnotationId(originalId: string, targetHash: string): string {
  const bytes = sha256(utf8ToBytes(`${originalId}\u0000${targetHash}`)).slice(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
