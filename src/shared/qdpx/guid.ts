/**
 * GUIDs for REFI-QDA. Every element of a project needs one (`GUIDType`: 8-4-4-4-12 hex digits,
 * optionally in braces). The workbench derives them deterministically, so that exporting the
 * same library twice gives the same file and a package that re-imports it recognises its codes
 * and users:
 * - an id that already is a UUID is used as it is for the element that stands for the thing
 *   itself (a document's `TextSource`, a category's `Code`, an annotation's `Coding`), so GUIDs
 *   survive a round trip through the workbench (the import takes those GUIDs as ids);
 * - anything else (category ids such as `claim`, the CLI's `text-…` document ids, the
 *   selection and note around an annotation, and coders, who today are known only by name)
 *   gets a name-based UUID, version 5 (RFC 9562 §5.5: SHA-1 of a namespace and the name) in
 *   the workbench's own namespace, from `kind:id`.
 * When coders get ids of their own (the coders issue), `coderGuid` should take the coder's id
 * instead of the name; GUIDs in files written before then will not match theirs.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** The workbench's UUID namespace for name-based GUIDs (a fixed random UUID; never change it). */
export const WORKBENCH_GUID_NAMESPACE = '6f1d3c2a-8b4e-4f7a-9c15-2e0b7d9a4c63';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GUID_IN_FILE = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** The kinds of things that get derived GUIDs; the prefix keeps equal ids of two kinds apart. */
export type GuidKind = 'coder' | 'category' | 'document' | 'selection' | 'coding' | 'note';

/**
 * A GUID as written in a file (any case, with or without braces, surrounding spaces) in the
 * form the workbench uses: lower case, no braces. Null when it is not a GUID.
 */
export function normaliseGuid(value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = GUID_IN_FILE.exec(value.trim());
  if (!match) return null;
  // Braces must come in pairs.
  const trimmed = value.trim();
  if (trimmed.startsWith('{') !== trimmed.endsWith('}')) return null;
  return match[1].toLowerCase();
}

/** True when `id` is a UUID in the workbench's form (lower case, no braces). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function bytesToUuid(b: Uint8Array): string {
  const h = (from: number, to: number): string => {
    let out = '';
    for (let i = from; i < to; i++) out += HEX[b[i]];
    return out;
  };
  return `${h(0, 4)}-${h(4, 6)}-${h(6, 8)}-${h(8, 10)}-${h(10, 16)}`;
}

/** Namespace bytes by namespace, parsed once (an export derives hundreds of thousands). */
const namespaceBytes = new Map<string, Uint8Array>();

/** RFC 9562 version-5 UUID of `name` (UTF-8) in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  let ns = namespaceBytes.get(namespace);
  if (ns === undefined) {
    ns = hexToBytes(namespace.replace(/-/g, ''));
    namespaceBytes.set(namespace, ns);
  }
  const data = utf8ToBytes(name);
  const input = new Uint8Array(ns.length + data.length);
  input.set(ns, 0);
  input.set(data, ns.length);
  const hash = sha1(input);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  return bytesToUuid(hash);
}

/** Kinds whose element stands for the thing itself, and so keeps a UUID id as its GUID. */
const IDENTITY_KINDS: ReadonlySet<GuidKind> = new Set(['category', 'document', 'coding']);

/** The derived GUID of a thing of `kind` with workbench id `id` (see the module comment). */
export function derivedGuid(kind: GuidKind, id: string): string {
  return IDENTITY_KINDS.has(kind) && isUuid(id) ? id : uuidV5(WORKBENCH_GUID_NAMESPACE, `${kind}:${id}`);
}

/** The GUID of a coder, from the coder's name (the only identity a coder has today). */
export function coderGuid(name: string): string {
  return uuidV5(WORKBENCH_GUID_NAMESPACE, `coder:${name}`);
}

/**
 * Hands out GUIDs that are unique within one project: a derived GUID already given to another
 * element (two kinds sharing a UUID id) is derived again with a counter.
 */
export class GuidAllocator {
  private readonly used = new Set<string>();

  /** A unique GUID for `kind`/`id`, the derived one whenever it is still free. */
  take(kind: GuidKind, id: string): string {
    let guid = derivedGuid(kind, id);
    for (let n = 2; this.used.has(guid); n++) guid = uuidV5(WORKBENCH_GUID_NAMESPACE, `${kind}:${id}:${n}`);
    this.used.add(guid);
    return guid;
  }

  /** Reserves a GUID made elsewhere (a coder's); false when it was already taken. */
  reserve(guid: string): boolean {
    if (this.used.has(guid)) return false;
    this.used.add(guid);
    return true;
  }
}
