/**
 * The one zip reader (REFI-QDA projects, Word documents): a zip archive from untrusted bytes,
 * read within budgets. Only the central directory is
 * read up front; an entry is inflated when asked for, in small input steps, counting what it
 * produces, so a zip bomb stops at the first byte over its limit, whatever the headers claim.
 *
 * Supported: stored and deflated entries, ZIP64 sizes and offsets, UTF-8 or CP437 names, CRC-32
 * checked. Refused: encrypted entries, other compression methods, entries whose data lies
 * outside the archive. Entry names that could escape a folder when extracted (`..`, absolute
 * paths, drive letters, backslashes, NUL) are kept out of the name index and listed in
 * `unsafeNames`, so nothing can refer to them.
 *
 * Inflation is fflate's streaming `Inflate` (pure JavaScript, no Node APIs): it keeps only the
 * 32 KiB window between steps, and one step of `INFLATE_STEP` input bytes can produce at most
 * about a thousand times as much, which bounds the memory used before a limit is noticed.
 */
import { Inflate } from 'fflate';
import type { TextDecoderConstructor } from './text-decoder';

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/**
 * Input bytes fed to the inflater per step: DEFLATE expands at most about 1032 times, so one
 * step produces at most ~16 MiB before the limit is checked again.
 */
const INFLATE_STEP = 16 * 1024;

/** Why an archive or entry was not read. */
export type ZipFailure = 'damaged' | 'over-budget' | 'encrypted' | 'unsupported';

/** A failure to read the archive or one of its entries; the message is for people. */
export class ZipError extends Error {
  constructor(
    message: string,
    /** A readable archive beyond a budget, a password, a method not read, or damage. */
    readonly kind: ZipFailure = 'damaged',
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** As declared; never trusted for allocation. */
  size: number;
  localOffset: number;
}

/** Budgets of one archive (see `QDPX_LIMITS`). */
export interface ZipLimits {
  maxEntries: number;
  /** Total bytes inflated over all `read` calls. */
  maxInflatedBytes: number;
}

/** CRC-32 tables for slicing by four bytes (four times fewer steps than one table). */
const CRC_TABLES = (() => {
  const t = Array.from({ length: 4 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 4; k++) t[k][n] = (t[k - 1][n] >>> 8) ^ t[0][t[k - 1][n] & 0xff];
  }
  return t;
})();

/** CRC-32 (ISO 3309, as zip uses it) of `data`, continuing from `crc`. */
export function crc32(data: Uint8Array, crc = 0): number {
  const [t0, t1, t2, t3] = CRC_TABLES;
  let c = ~crc >>> 0;
  let i = 0;
  for (const end = data.length - 3; i < end; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** CP437's upper half, for names of entries without the UTF-8 flag. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new Decoder('utf-8').decode(bytes);
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

/** True when extracting an entry of this name could write outside the target folder. */
export function unsafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\u0000') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').some((segment) => segment === '..');
}

/** A view of the archive with little-endian reads that fail clearly past the end. */
class Reader {
  constructor(readonly bytes: Uint8Array) {}

  private need(offset: number, length: number, what: string): void {
    if (offset < 0 || offset + length > this.bytes.length) throw new ZipError(`the archive is cut short (${what} lies past its end)`);
  }

  u16(offset: number, what: string): number {
    this.need(offset, 2, what);
    return this.bytes[offset] | (this.bytes[offset + 1] << 8);
  }

  u32(offset: number, what: string): number {
    this.need(offset, 4, what);
    return (this.bytes[offset] | (this.bytes[offset + 1] << 8) | (this.bytes[offset + 2] << 16) | (this.bytes[offset + 3] << 24)) >>> 0;
  }

  u64(offset: number, what: string): number {
    const low = this.u32(offset, what);
    const high = this.u32(offset + 4, what);
    // 2^53 is far beyond any archive we accept; larger values are treated as corrupt.
    if (high > 0x1fffff) throw new ZipError(`${what} is impossibly large`);
    return high * 0x1_0000_0000 + low;
  }

  slice(offset: number, length: number, what: string): Uint8Array {
    this.need(offset, length, what);
    return this.bytes.subarray(offset, offset + length);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Finds the end-of-central-directory record, searching back over a comment of up to 64 KiB. */
function findEnd(r: Reader): number {
  const bytes = r.bytes;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && r.u32(i, 'the end record') === EOCD) return i;
  }
  throw new ZipError('it is not a zip archive (no end-of-central-directory record)');
}

/** The ZIP64 extra field's values, in the order the spec gives them, where the 32-bit ones are full. */
function applyZip64(r: Reader, extraStart: number, extraLength: number, entry: ZipEntry): void {
  let p = extraStart;
  const end = extraStart + extraLength;
  while (p + 4 <= end) {
    const id = r.u16(p, 'an extra field');
    const size = r.u16(p + 2, 'an extra field');
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.size === 0xffffffff) {
        entry.size = r.u64(q, 'a ZIP64 size');
        q += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = r.u64(q, 'a ZIP64 size');
        q += 8;
      }
      if (entry.localOffset === 0xffffffff) entry.localOffset = r.u64(q, 'a ZIP64 offset');
      return;
    }
    p += 4 + size;
  }
}

/** A zip archive opened for reading. */
export class ZipArchive {
  /** Entries with safe names, by exact name. */
  readonly entries = new Map<string, ZipEntry>();
  /** Names of entries left out because they could escape a folder (see the module comment). */
  readonly unsafeNames: string[] = [];
  private inflated = 0;
  private readonly reader: Reader;
  /** Entries by lower-case name; null where two names differ only in case. */
  private folded: Map<string, ZipEntry | null> | null = null;

  constructor(
    bytes: Uint8Array,
    private readonly limits: ZipLimits,
  ) {
    this.reader = new Reader(bytes);
    const r = this.reader;
    const end = findEnd(r);
    let count = r.u16(end + 10, 'the directory');
    let dirSize = r.u32(end + 12, 'the directory');
    let dirOffset = r.u32(end + 16, 'the directory');
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
      const locator = end - 20;
      if (locator >= 0 && r.u32(locator, 'the ZIP64 locator') === ZIP64_LOCATOR) {
        const record = r.u64(locator + 8, 'the ZIP64 locator');
        if (r.u32(record, 'the ZIP64 directory record') !== ZIP64_EOCD) throw new ZipError('its ZIP64 directory record is missing');
        count = r.u64(record + 32, 'the ZIP64 directory record');
        dirSize = r.u64(record + 40, 'the ZIP64 directory record');
        dirOffset = r.u64(record + 48, 'the ZIP64 directory record');
      }
    }
    if (count > limits.maxEntries) {
      throw new ZipError(`it has ${count.toLocaleString('en')} entries, more than the ${limits.maxEntries.toLocaleString('en')} accepted`, 'over-budget');
    }
    if (dirOffset + dirSize > bytes.length) throw new ZipError('the archive is cut short (its directory lies past its end)');
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (r.u32(p, 'the directory') !== CENTRAL) throw new ZipError(`its directory is damaged at entry ${i + 1}`);
      const flags = r.u16(p + 8, 'the directory');
      const nameLength = r.u16(p + 28, 'the directory');
      const extraLength = r.u16(p + 30, 'the directory');
      const commentLength = r.u16(p + 32, 'the directory');
      const entry: ZipEntry = {
        name: decodeName(r.slice(p + 46, nameLength, 'an entry name'), (flags & 0x800) !== 0),
        method: r.u16(p + 10, 'the directory'),
        flags,
        crc: r.u32(p + 16, 'the directory'),
        compressedSize: r.u32(p + 20, 'the directory'),
        size: r.u32(p + 24, 'the directory'),
        localOffset: r.u32(p + 42, 'the directory'),
      };
      applyZip64(r, p + 46 + nameLength, extraLength, entry);
      p += 46 + nameLength + extraLength + commentLength;
      if (entry.name.endsWith('/')) continue; // a folder
      if (unsafeEntryName(entry.name)) {
        this.unsafeNames.push(entry.name);
        continue;
      }
      if (this.entries.has(entry.name)) throw new ZipError(`it holds two entries named “${entry.name}”`);
      this.entries.set(entry.name, entry);
    }
  }

  /**
   * The entry named `name`, matched exactly, else case-insensitively when exactly one entry
   * matches so (packages differ in `sources/` or `Sources/`); null when none.
   */
  find(name: string): ZipEntry | null {
    const exact = this.entries.get(name);
    if (exact) return exact;
    if (this.folded === null) {
      // Built once: a project with thousands of sources looks up thousands of names.
      this.folded = new Map();
      for (const [key, entry] of this.entries) {
        const lower = key.toLowerCase();
        this.folded.set(lower, this.folded.has(lower) ? null : entry);
      }
    }
    return this.folded.get(name.toLowerCase()) ?? null;
  }

  /** Bytes inflated so far by `read`. */
  get inflatedBytes(): number {
    return this.inflated;
  }

  /**
   * Inflates `entry`, handing each piece of its content to `sink` as it comes, at most `maxBytes`
   * in all: a longer entry, or one that would take the archive's total past `maxInflatedBytes`,
   * throws a `ZipError` (`over-budget`) as soon as the limit is passed, whatever the headers
   * claim. The size and checksum are checked at the end. What `sink` throws passes through.
   */
  stream(entry: ZipEntry, maxBytes: number, sink: (piece: Uint8Array) => void): void {
    const r = this.reader;
    if (entry.flags & 0x1) throw new ZipError(`“${entry.name}” is encrypted`, 'encrypted');
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipError(`“${entry.name}” uses compression method ${entry.method}, which cannot be read (only stored and deflated entries)`, 'unsupported');
    }
    if (r.u32(entry.localOffset, `the header of “${entry.name}”`) !== LOCAL) throw new ZipError(`the header of “${entry.name}” is damaged`);
    const dataStart = entry.localOffset + 30 + r.u16(entry.localOffset + 26, 'a header') + r.u16(entry.localOffset + 28, 'a header');
    const data = r.slice(dataStart, entry.compressedSize, `the data of “${entry.name}”`);
    const limit = Math.min(maxBytes, this.limits.maxInflatedBytes - this.inflated);
    const tooLarge = (): ZipError =>
      limit < maxBytes
        ? new ZipError(`inflating “${entry.name}” takes the archive past ${this.limits.maxInflatedBytes.toLocaleString('en')} bytes in total`, 'over-budget')
        : new ZipError(`“${entry.name}” is larger than ${maxBytes.toLocaleString('en')} bytes once inflated`, 'over-budget');
    if (entry.size > limit) throw tooLarge();
    let total = 0;
    let crc = 0;
    // What the sink throws (a budget of the reader) passes through untouched.
    let sinkFailure: { error: unknown } | null = null;
    const take = (piece: Uint8Array): void => {
      total += piece.length;
      if (total > limit) throw tooLarge();
      if (piece.length === 0) return;
      crc = crc32(piece, crc);
      try {
        sink(piece);
      } catch (error) {
        sinkFailure = { error };
        throw error;
      }
    };
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += INFLATE_STEP) take(data.subarray(i, Math.min(data.length, i + INFLATE_STEP)));
    } else {
      let done = false;
      const inflate = new Inflate((chunk, final) => {
        take(chunk);
        if (final) done = true;
      });
      try {
        for (let i = 0; i < data.length; i += INFLATE_STEP) {
          const end = Math.min(i + INFLATE_STEP, data.length);
          inflate.push(data.subarray(i, end), end === data.length);
          if (done) break;
        }
        if (data.length === 0) inflate.push(new Uint8Array(0), true);
      } catch (error) {
        if (sinkFailure) throw (sinkFailure as { error: unknown }).error;
        if (error instanceof ZipError) throw error;
        throw new ZipError(`“${entry.name}” is damaged (${error instanceof Error ? error.message : String(error)})`);
      }
      if (!done) throw new ZipError(`“${entry.name}” is cut short`);
    }
    if (total !== entry.size) throw new ZipError(`“${entry.name}” is damaged (${total} bytes where its header says ${entry.size})`);
    if (crc !== entry.crc) throw new ZipError(`“${entry.name}” is damaged (its checksum does not match)`);
    this.inflated += total;
  }

  /** The content of `entry` in one piece, within the same limits as `stream`. */
  read(entry: ZipEntry, maxBytes: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    this.stream(entry, maxBytes, (piece) => {
      chunks.push(piece.slice());
      total += piece.length;
    });
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
