/**
 * Finding and decoding the files of a `.qdpx` archive: the project file, and the internal files
 * (`internal://NAME`, which is `sources/NAME`) that sources and notes refer to. An internal path
 * that tries to leave the sources folder (`..`, a drive, a backslash) is refused, whatever
 * the archive holds.
 */
import { decodeBytes } from '../formats/decode';
import type { TextDecoderConstructor } from '../formats/text-decoder';
import { QDPX_LIMITS } from '../limits';
import { INTERNAL_SCHEME, PROJECT_ENTRY, SOURCES_FOLDER } from './vocabulary';
import { type ZipArchive, type ZipEntry, ZipError } from '../formats/zip';

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Where a path of a source points: an internal file's name, or why it cannot be read. */
export type InternalPath = { ok: true; name: string } | { ok: false; external: boolean; reason: string };

/**
 * The name inside the sources folder that `path` refers to. Paths of other schemes
 * (`relative://`, `absolute://`, `file://`) point outside the archive (`external`); an internal
 * path with `..`, `.`, empty segments, a backslash, a colon or NUL is refused.
 */
export function internalName(path: string): InternalPath {
  const trimmed = path.trim();
  if (trimmed.slice(0, INTERNAL_SCHEME.length).toLowerCase() !== INTERNAL_SCHEME) {
    return { ok: false, external: true, reason: `its text is outside the file (${trimmed.split(':')[0] || 'no'} path)` };
  }
  let name = trimmed.slice(INTERNAL_SCHEME.length).replace(/^\/+/, '');
  if (name.includes('%')) {
    try {
      name = decodeURIComponent(name);
    } catch {
      // Not percent-encoding after all: keep it as written.
    }
  }
  const unsafe =
    name === '' || /[\\:\u0000]/.test(name) || name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..');
  if (unsafe) return { ok: false, external: false, reason: `its path “${trimmed}” would leave the archive's sources folder, so it is refused` };
  return { ok: true, name };
}

/** The archive entry of an internal file, or null. */
export function internalEntry(archive: ZipArchive, name: string): ZipEntry | null {
  return archive.find(`${SOURCES_FOLDER}/${name}`);
}

/**
 * The project file: `project.qde` at the top, else the only `.qde` file at the top (some
 * packages name it after the project). Throws a `ZipError` when there is none or several.
 */
export function projectEntry(archive: ZipArchive): ZipEntry {
  const named = archive.find(PROJECT_ENTRY);
  if (named) return named;
  const candidates = [...archive.entries.values()].filter((e) => !e.name.includes('/') && e.name.toLowerCase().endsWith('.qde'));
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) throw new ZipError('it has no project.qde (it is not a REFI-QDA project)');
  throw new ZipError(`it has several project files (${candidates.map((c) => c.name).join(', ')}) and no project.qde`);
}

/** Decoded text of a source file and whether the file began with a byte-order mark. */
export interface SourceText {
  raw: string;
  hadBom: boolean;
}

/** Decodes a text file as the app's document import does, noting a byte-order mark. */
export function decodeSourceText(bytes: Uint8Array): SourceText {
  const hadBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let raw = decodeBytes(bytes).text;
  // decodeBytes drops the mark; marks after it (a file saved twice with one) go too, since
  // canonicalText would drop one and offsets must stay in step with it.
  let extra = 0;
  while (raw.charCodeAt(extra) === 0xfeff) extra++;
  if (extra > 0) raw = raw.slice(extra);
  return { raw, hadBom: hadBom || extra > 0 };
}

/**
 * Decodes XML bytes: UTF-8 or UTF-16 by byte-order mark, else UTF-8 (the encoding REFI-QDA
 * requires). Throws a `ZipError` naming the file when the bytes are not that.
 */
export function decodeXml(bytes: Uint8Array, name: string): string {
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  try {
    return new Decoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new ZipError(`“${name}” is not valid ${label.toUpperCase()} text`);
  }
}

/** Reads an internal text file within the source budget. */
export function readInternalText(archive: ZipArchive, entry: ZipEntry): SourceText {
  return decodeSourceText(archive.read(entry, QDPX_LIMITS.maxSourceBytes));
}
