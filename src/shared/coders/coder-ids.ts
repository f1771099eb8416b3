/**
 * Coder ids. A coder made in the workbench gets a random UUID; a coder known only by a name (an
 * annotation from before coders had ids, a file whose `creator` has a name but no `id`) gets a
 * name-based UUID (version 5) in the workbench's namespace, so the same name gives the same id
 * in every file and on every machine; a coder a file names by an IRI of its own (a Hypothesis
 * `acct:`, an ORCID) keeps that IRI as id. The name-based id of a name is the GUID the REFI-QDA
 * export gave that coder before coders had ids, so those GUIDs still match.
 */
import { isAbsoluteIri } from '../patterns';
import { WORKBENCH_GUID_NAMESPACE, uuidV5 } from '../qdpx/guid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of a coder known only by `name` ('' for annotations without any coder). */
export function nameCoderId(name: string): string {
  return uuidV5(WORKBENCH_GUID_NAMESPACE, `coder:${name}`);
}

/** Prefix of the IRI of a coder id that is neither a UUID nor an IRI (never made by the app itself). */
const LOCAL_CODER_PREFIX = 'urn:discourse-workbench:coder:';

/**
 * The coder's id as an IRI, for the W3C `creator.id`: `urn:uuid:` for UUIDs, an IRI as it is,
 * anything else under the workbench's own URN (so that it reads back as the same id).
 */
export function coderIri(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (isAbsoluteIri(id) && id.length > id.indexOf(':') + 1) return id;
  return LOCAL_CODER_PREFIX + encodeURIComponent(id);
}

/**
 * The coder id an IRI from a file stands for: the UUID of a `urn:uuid:` IRI, any other absolute
 * IRI as it is; null for something that is not an absolute IRI.
 */
export function coderIdFromIri(iri: string): string | null {
  const trimmed = iri.trim();
  if (trimmed.startsWith(LOCAL_CODER_PREFIX)) {
    try {
      return decodeURIComponent(trimmed.slice(LOCAL_CODER_PREFIX.length)) || null;
    } catch {
      return null;
    }
  }
  const uuid = /^urn:uuid:(.+)$/i.exec(trimmed);
  if (uuid) return UUID.test(uuid[1]) ? uuid[1].toLowerCase() : null;
  return isAbsoluteIri(trimmed) && trimmed.length > trimmed.indexOf(':') + 1 ? trimmed : null;
}

/** True for a UUID in any case. */
export function isUuidId(id: string): boolean {
  return UUID.test(id);
}
