/**
 * Reading entries of a zip archive (a .docx) with bounded memory: the central directory is
 * read without inflating anything, and one entry is inflated in small steps, its output handed
 * on piece by piece and counted, so an archive that claims small sizes but expands without end
 * (a zip bomb) is stopped at the caller's budget instead of filling the memory.
 */
import { Inflate } from 'fflate';

/** Thrown for an archive that cannot be read or goes beyond a budget; the message is for people. */
export class ZipError extends Error {}

/** One file in the archive, as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused when read. */
  method: number;
  compressedSize: number;
  /** What the archive claims; the real size is counted while inflating. */
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_EOCD_SEARCH = 22 + 0xffff;
/** Compressed bytes handed to the inflater at once: at most ~1,000× that comes out per step. */
const INFLATE_STEP = 4096;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** A little-endian 64-bit size; sizes beyond 2^53 are refused. */
function u64(bytes: Uint8Array, at: number): number {
  const high = u32(bytes, at + 4);
  if (high > 0x1fffff) throw new ZipError('the archive declares an impossible size');
  return high * 0x1_0000_0000 + u32(bytes, at);
}

function need(bytes: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) throw new ZipError('the archive is truncated or damaged');
}

/** Where the central directory is and how many entries it has. */
function findDirectory(bytes: Uint8Array): { offset: number; count: number } {
  const floor = Math.max(0, bytes.length - MAX_EOCD_SEARCH);
  for (let at = bytes.length - 22; at >= floor; at--) {
    if (u32(bytes, at) !== EOCD_SIGNATURE) continue;
    let count = u16(bytes, at + 10);
    let offset = u32(bytes, at + 16);
    const locator = at - 20;
    if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && u32(bytes, locator) === EOCD64_LOCATOR_SIGNATURE) {
      const record = u64(bytes, locator + 8);
      need(bytes, record, 56);
      if (u32(bytes, record) !== EOCD64_SIGNATURE) throw new ZipError('the archive is damaged (zip64 end record)');
      count = u64(bytes, record + 32);
      offset = u64(bytes, record + 48);
    }
    return { offset, count };
  }
  throw new ZipError('it is not a zip archive (no end-of-archive record)');
}

/** Sizes and offset from a zip64 extra field, where the fixed fields say 0xFFFFFFFF. */
function zip64Fields(bytes: Uint8Array, extraStart: number, extraLength: number, entry: ZipEntry): void {
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        need(bytes, field, 8);
        const value = u64(bytes, field);
        field += 8;
        return value;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

/**
 * The entries of the archive, from its central directory. Refuses (ZipError) an archive that
 * is not one, is damaged, or has more than `maxEntries` entries.
 */
export function readZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const { offset, count } = findDirectory(bytes);
  if (count > maxEntries) throw new ZipError(`the archive has ${count.toLocaleString('en')} entries; at most ${maxEntries.toLocaleString('en')} are read`);
  const entries: ZipEntry[] = [];
  const decoder = new (globalThis as unknown as { TextDecoder: new (label: string) => { decode(b: Uint8Array): string } }).TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, at, 46);
    if (u32(bytes, at) !== CENTRAL_SIGNATURE) throw new ZipError('the archive is damaged (central directory)');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    need(bytes, at + 46, nameLength + extraLength + commentLength);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
      encrypted: (flags & 1) === 1,
    };
    zip64Fields(bytes, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed data starts, from its local header. */
function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  need(bytes, at, 30);
  if (u32(bytes, at) !== LOCAL_SIGNATURE) throw new ZipError(`the archive is damaged (entry “${entry.name}”)`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  need(bytes, start, entry.compressedSize);
  return start;
}

/**
 * Inflates one entry, handing each piece of output to `sink` as it comes. Stops with a
 * ZipError as soon as more than `maxBytes` have come out, whatever the archive declares; also
 * refuses encrypted entries and compression methods other than stored and deflate.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, sink: (piece: Uint8Array) => void): void {
  if (entry.encrypted) throw new ZipError('it is password-protected');
  const beyond = (): ZipError => new ZipError(`“${entry.name}” expands beyond ${maxBytes.toLocaleString('en')} bytes`);
  if (entry.declaredSize > maxBytes) throw beyond();
  const start = dataStart(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let produced = 0;
  // What the sink throws (a budget of the reader) passes through untouched.
  let sinkFailure: { error: unknown } | null = null;
  const count = (piece: Uint8Array): void => {
    produced += piece.length;
    if (produced > maxBytes) throw beyond();
    if (piece.length === 0) return;
    try {
      sink(piece);
    } catch (error) {
      sinkFailure = { error };
      throw error;
    }
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += 1 << 16) count(data.subarray(at, Math.min(data.length, at + (1 << 16))));
    return;
  }
  if (entry.method !== 8) throw new ZipError(`“${entry.name}” uses a compression method the workbench does not read (${entry.method})`);
  const inflater = new Inflate((piece) => count(piece));
  for (let at = 0; at < data.length; at += INFLATE_STEP) {
    const end = Math.min(data.length, at + INFLATE_STEP);
    try {
      inflater.push(data.subarray(at, end), end === data.length);
    } catch (error) {
      if (sinkFailure) throw (sinkFailure as { error: unknown }).error;
      if (error instanceof ZipError) throw error;
      throw new ZipError(`“${entry.name}” is damaged (${error instanceof Error ? error.message : 'inflate error'})`);
    }
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
}
