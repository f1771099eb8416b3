/**
 * Names and IRIs of the workbench's W3C Web Annotation exchange profile, shared by export
 * and import so that the two sides cannot drift apart.
 */
import { isAbsoluteIri } from '../patterns';

/** The Web Annotation JSON-LD context (http, not https: model 3.1). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Prefix of the concept IRIs that carry a category's stable id. A URN with its own namespace
 * name is an absolute IRI that needs no server and does not depend on the file it sits in,
 * so the same category gets the same IRI in every export.
 */
export const CATEGORY_IRI_PREFIX = 'urn:discourse-workbench:category:';

/** IRI of the codebook as a `skos:ConceptScheme`; each concept points to it with `skos:inScheme`. */
export const CODEBOOK_SCHEME_IRI = 'urn:discourse-workbench:codebook';

/**
 * Keys of a shipped category. All are CURIEs over prefixes that anno.jsonld defines
 * (`skos:`, `schema:`, `owl:`), so JSON-LD expansion keeps them.
 */
export const CONCEPT_KEYS = {
  label: 'skos:prefLabel',
  /** The category's stable id as written, so a reader need not parse the IRI. */
  notation: 'skos:notation',
  definition: 'skos:definition',
  scheme: 'skos:inScheme',
  colour: 'schema:color',
  order: 'schema:position',
  /** `owl:deprecated` is how SKOS vocabularies mark a retired concept. */
  retired: 'owl:deprecated',
  topConcepts: 'skos:hasTopConcept',
} as const;

/**
 * Collection property holding the whole codebook (a `skos:ConceptScheme` with its concepts),
 * including categories that no exported annotation uses. `conformsTo` (dcterms:conformsTo)
 * is a term the anno.jsonld context defines: the coding conforms to this codebook.
 */
export const CODEBOOK_PROPERTY = 'conformsTo';

/** The concept IRI of a category id (percent-encoded so any id gives an ASCII IRI). */
export function categoryIri(categoryId: string): string {
  return CATEGORY_IRI_PREFIX + encodeURIComponent(categoryId);
}

/** The category id inside a concept IRI made by `categoryIri`, or null for other IRIs. */
export function categoryIdFromIri(iri: string): string | null {
  if (!iri.startsWith(CATEGORY_IRI_PREFIX)) return null;
  try {
    const id = decodeURIComponent(iri.slice(CATEGORY_IRI_PREFIX.length));
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

/** Prefix of the IRI given to imported ids that are neither UUIDs nor IRIs (Hypothesis ids). */
export const LOCAL_ID_PREFIX = 'urn:discourse-workbench:annotation:';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The IRI of an annotation id: `urn:uuid:` for the workbench's own UUIDs, the id itself when
 * an imported annotation already had an absolute IRI, else a workbench URN that keeps the
 * foreign id (a Hypothesis id is not a UUID, so `urn:uuid:` would be false).
 */
export function uuidIri(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id}`;
  if (isAbsoluteIri(id) && id.length > id.indexOf(':') + 1) return id;
  return LOCAL_ID_PREFIX + encodeURIComponent(id);
}

/**
 * The local id in an annotation IRI: `urn:uuid:X` → X, a Recogito `#X` → X, anything else
 * as it stands.
 */
export function idFromIri(iri: string): string {
  if (/^urn:uuid:/i.test(iri)) {
    const rest = iri.slice('urn:uuid:'.length);
    if (!rest.includes('%')) return rest; // nothing to decode: the usual case, no exception path
    try {
      return decodeURIComponent(rest);
    } catch {
      return rest;
    }
  }
  if (iri.startsWith(LOCAL_ID_PREFIX)) {
    try {
      return decodeURIComponent(iri.slice(LOCAL_ID_PREFIX.length));
    } catch {
      return iri.slice(LOCAL_ID_PREFIX.length);
    }
  }
  if (iri.startsWith('#') && iri.length > 1) return iri.slice(1);
  return iri;
}
