/**
 * Test support (used by `*.test.ts` and the e2e fixtures only): REFI-QDA files as other
 * packages write them, and zip archives built byte by byte so that tests can make them lie
 * (sizes, names, flags).
 */
import { zipSync } from 'fflate';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { codePointLength } from '../text/offsets';
import { escapeAttribute, escapeText } from './xml-write';
import { crc32 } from './zip-read';

/** A source text with Cyrillic, curly quotes, guillemets, NBSP and emoji (one with a modifier). */
export const MIXED_TEXT =
  'МОДЕРАТОР: «Добро пожаловать» 👋🏽 — “welcome”, everyone.\n' +
  'MÜLLER: The council cut the budget by 40\u00a0% 📉, and that is a fact.\n' +
  'SCHMIDT: You hid the numbers 🙈 from the committee!\n' +
  'MÜLLER: I propose that we publish the full spreadsheet 📊 next week.\n';

/** How a package counts positions, for writing fixtures. */
export interface Convention {
  unit: 'code-points' | 'utf-16';
  /** Positions count the file's byte-order mark as character 0. */
  bomCounted: boolean;
  /** Positions are over the text with CRLF as one character. */
  crlfAsOne: boolean;
}

/** The position a package with `convention` writes for UTF-16 index `index` of `fileText` (without BOM). */
export function positionIn(fileText: string, index: number, convention: Convention): number {
  let before = fileText.slice(0, index);
  if (convention.crlfAsOne) before = before.replace(/\r\n/g, '\n');
  const n = convention.unit === 'code-points' ? codePointLength(before) : before.length;
  return n + (convention.bomCounted ? 1 : 0);
}

/** One selection of a fixture source. */
export interface FixtureSelection {
  quote: string;
  /** Which occurrence of the quote (0 for the first). */
  occurrence?: number;
  code: string;
  user?: string;
  memo?: string;
  /** The `name` written; defaults to the quote. Use '' for none. */
  name?: string;
  /** Codings beyond the first (more codes on the same span). */
  moreCodes?: string[];
  guid?: string;
}

/** One text source of a fixture project. */
export interface FixtureSource {
  guid: string;
  name: string;
  /** The text as the package wrote it (before any BOM). */
  text: string;
  /** Write the internal file with a UTF-8 byte-order mark. */
  bom?: boolean;
  selections: FixtureSelection[];
}

/** A code of a fixture codebook. */
export interface FixtureCode {
  guid: string;
  name: string;
  codable?: boolean;
  color?: string;
  description?: string;
  children?: FixtureCode[];
}

/** A fixture project: XML and internal files. */
export interface FixtureProject {
  origin: string;
  users: [guid: string, name: string][];
  codes: FixtureCode[];
  sources: FixtureSource[];
  convention: Convention;
  /** Elements written verbatim at the end of the project (Variables, Sets, Notes, Links…). */
  extra?: string;
  /** Elements written verbatim inside Sources, after the text sources. */
  extraSources?: string;
}

let counter = 0;
/** A fresh, valid GUID in upper case (as MAXQDA and NVivo write them). */
export function fixtureGuid(): string {
  counter++;
  const hex = counter.toString(16).padStart(12, '0');
  return `A0B1C2D3-E4F5-4A6B-8C7D-${hex.toUpperCase()}`;
}

function codeXml(code: FixtureCode): string {
  const attrs = `guid="${code.guid}" name="${escapeAttribute(code.name)}" isCodable="${code.codable === false ? 'false' : 'true'}"${code.color ? ` color="${code.color}"` : ''}`;
  const inner = (code.description ? `<Description>${escapeText(code.description)}</Description>` : '') + (code.children ?? []).map(codeXml).join('');
  return inner === '' ? `<Code ${attrs}/>` : `<Code ${attrs}>${inner}</Code>`;
}

/** The start index of the `occurrence`-th `quote` in `text`. */
function indexOf(text: string, quote: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`fixture quote not in text: ${quote}`);
  }
  return at;
}

/** `project.qde` of a fixture. */
export function fixtureXml(project: FixtureProject): string {
  const users = project.users.map(([guid, name]) => `<User guid="${guid}" name="${escapeAttribute(name)}"/>`).join('');
  const sources = project.sources
    .map((s) => {
      const selections = s.selections
        .map((sel) => {
          const start = indexOf(s.text, sel.quote, sel.occurrence);
          const end = start + sel.quote.length;
          const name = sel.name ?? sel.quote;
          const user = sel.user ? ` creatingUser="${sel.user}"` : '';
          const codes = [sel.code, ...(sel.moreCodes ?? [])]
            .map((c) => `<Coding guid="${fixtureGuid()}"${user} creationDateTime="2021-03-04T05:06:07Z"><CodeRef targetGUID="${c}"/></Coding>`)
            .join('');
          return (
            `<PlainTextSelection guid="${sel.guid ?? fixtureGuid()}"${name === '' ? '' : ` name="${escapeAttribute(name)}"`} ` +
            `startPosition="${positionIn(s.text, start, project.convention)}" endPosition="${positionIn(s.text, end, project.convention)}"${user}>` +
            (sel.memo ? `<Description>${escapeText(sel.memo)}</Description>` : '') +
            codes +
            '</PlainTextSelection>'
          );
        })
        .join('\n');
      return `<TextSource guid="${s.guid}" name="${escapeAttribute(s.name)}" plainTextPath="internal://${s.guid}.txt">\n${selections}\n</TextSource>`;
    })
    .join('\n');
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Fixture" origin="${escapeAttribute(project.origin)}">\n` +
    (users ? `<Users>${users}</Users>\n` : '') +
    (project.codes.length > 0 ? `<CodeBook><Codes>${project.codes.map(codeXml).join('')}</Codes></CodeBook>\n` : '') +
    `<Sources>\n${sources}${project.extraSources ?? ''}\n</Sources>\n` +
    (project.extra ?? '') +
    '</Project>\n'
  );
}

/** The `.qdpx` bytes of a fixture (internal files under `Sources/`, as NVivo names the folder). */
export function fixtureQdpx(project: FixtureProject, folder = 'Sources'): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'project.qde': utf8ToBytes(fixtureXml(project)) };
  for (const s of project.sources) {
    const body = utf8ToBytes(s.text);
    entries[`${folder}/${s.guid}.txt`] = s.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  return zipSync(entries);
}

/** A `.qdpx` of given XML and internal files (paths as given). */
export function qdpxOf(xml: string, files: Record<string, string | Uint8Array> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'project.qde': utf8ToBytes(xml) };
  for (const [path, content] of Object.entries(files)) entries[path] = typeof content === 'string' ? utf8ToBytes(content) : content;
  return zipSync(entries);
}

/**
 * Raw DEFLATE data that inflates to `size` zero bytes, written directly with fixed Huffman
 * codes (a zero, then copies of 258 bytes at distance 1): a zip bomb made in milliseconds,
 * about 1/160 of its inflated size, where compressing the zeros would take seconds.
 */
export function zeroDeflate(size: number): Uint8Array {
  const bytes: number[] = [];
  let acc = 0;
  let count = 0;
  const bit = (b: number): void => {
    acc |= b << count;
    if (++count === 8) {
      bytes.push(acc);
      acc = 0;
      count = 0;
    }
  };
  // Huffman codes are packed most significant bit first.
  const code = (value: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--) bit((value >> i) & 1);
  };
  bit(1); // final block
  bit(1); // fixed codes: BTYPE 01, low bit first
  bit(0);
  let left = size;
  if (left > 0) {
    code(0x30, 8); // literal 0
    left--;
  }
  for (; left >= 258; left -= 258) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  for (; left > 0; left--) code(0x30, 8);
  code(0, 7); // end of block
  if (count > 0) bytes.push(acc);
  return new Uint8Array(bytes);
}

/** One entry of a hand-built zip, with whatever lies a test needs. */
export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already compressed when `method` is 8). */
  data: Uint8Array;
  method?: number;
  flags?: number;
  /** Uncompressed size written in the headers (defaults to the data's length). */
  size?: number;
  crc?: number;
  /** Write 0xFFFFFFFF sizes and offset with a ZIP64 extra field holding the real ones. */
  zip64?: boolean;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
function u64(n: number): number[] {
  return [...u32(n % 0x1_0000_0000), ...u32(Math.floor(n / 0x1_0000_0000))];
}

/** A zip archive written byte by byte from `entries` (no data descriptors, no comment). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const put = (bytes: number[] | Uint8Array): void => {
    const chunk = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    parts.push(chunk);
    length += chunk.length;
  };
  const central: number[] = [];
  for (const e of entries) {
    const name = [...utf8ToBytes(e.name)];
    const size = e.size ?? e.data.length;
    const crc = e.crc ?? crc32(e.data);
    const offset = length;
    const flags = (e.flags ?? 0) | 0x800;
    const method = e.method ?? 0;
    put([...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(e.data.length), ...u32(size)]);
    put([...u16(name.length), ...u16(0), ...name]);
    put(e.data);
    const extra = e.zip64 ? [...u16(1), ...u16(24), ...u64(size), ...u64(e.data.length), ...u64(offset)] : [];
    const big = (n: number) => (e.zip64 ? 0xffffffff : n);
    central.push(...u32(0x02014b50), ...u16(45), ...u16(45), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc));
    central.push(...u32(big(e.data.length)), ...u32(big(size)), ...u16(name.length), ...u16(extra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0));
    central.push(...u32(big(offset)), ...name, ...extra);
  }
  const dirOffset = length;
  put(central);
  put([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(dirOffset), ...u16(0)]);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
