/**
 * The parts of a W3C export that the object builder (`buildCollection` in `export.ts`) and the
 * text writer (`collection-text.ts`) share, so that the two cannot drift apart: the input
 * types, the choice and order of the annotations, the agents and concepts, and the collection
 * around the page.
 */
import { sortCategories } from '../codebook';
import { coderIri } from '../coders/coder-ids';
import type { Annotation, Category, Coder, DocumentRecord } from '../model';
import { OffsetMap } from '../text/offsets';
import { ANNO_CONTEXT, CODEBOOK_PROPERTY, CODEBOOK_SCHEME_IRI, CONCEPT_KEYS, RULE_KEYS, categoryIri, uuidIri } from './vocabulary';

/** The software that made the file, written as the annotations' `generator`. */
export interface GeneratorInfo {
  name: string;
  version: string;
  /** An absolute IRI; it also becomes the generator's `id`. */
  homepage?: string;
}

/** Everything an export needs. `now` and the ids are passed in so the output is deterministic. */
export interface CollectionInput {
  label: string;
  /** Ids (UUIDs) of the collection and its single page; written as `urn:uuid:` IRIs. */
  collectionId: string;
  pageId: string;
  /** ISO 8601 UTC time ending in `Z`, written as the collection's `generated`. */
  now: string;
  generator: GeneratorInfo;
  /** The documents to export; annotations on other documents are left out. */
  documents: DocumentRecord[];
  annotations: Annotation[];
  /** The codebook, shipped whole in the file. */
  categories: Category[];
  /**
   * The coders, for each annotation's `creator` (id and current name); an annotation whose coder
   * is missing here is written with the name it keeps.
   */
  coders?: readonly Coder[];
}

/** A JSON object as written to the file. */
export type JsonObject = { [key: string]: unknown };

/** A category as a `skos:Concept`; `full` adds definition, colour, order and retired. */
export function conceptOf(category: Category, full: boolean): JsonObject {
  const concept: JsonObject = {
    id: categoryIri(category.id),
    type: 'skos:Concept',
    [CONCEPT_KEYS.label]: category.label,
    [CONCEPT_KEYS.notation]: category.id,
    [CONCEPT_KEYS.scheme]: CODEBOOK_SCHEME_IRI,
  };
  if (!full) return concept;
  const shipped: JsonObject = {
    ...concept,
    [CONCEPT_KEYS.definition]: category.definition,
    [CONCEPT_KEYS.colour]: category.colour,
    [CONCEPT_KEYS.order]: category.order,
    [CONCEPT_KEYS.retired]: category.retired,
  };
  if (category.rules?.length) {
    shipped[CONCEPT_KEYS.rules] = category.rules.map((r) => ({
      id: uuidIri(r.id),
      [RULE_KEYS.text]: r.text,
      [RULE_KEYS.example]: r.example,
      [RULE_KEYS.created]: r.created,
    }));
  }
  return shipped;
}

/**
 * A coder as the W3C `creator`: its id as an IRI, its name, and `Person`, or `Organization` for
 * a consensus layer (the group's decision; the import reads it back as a consensus layer).
 * Null for the unnamed coder of annotations without any: they are written without a creator.
 */
export function creatorOf(coder: Coder): JsonObject | null {
  if (coder.name === '') return null;
  return { id: coderIri(coder.id), type: coder.kind === 'consensus' ? 'Organization' : 'Person', name: coder.name };
}

/** The exporting software as a W3C `Software` agent. */
export function agentOf(generator: GeneratorInfo): JsonObject {
  const agent: JsonObject = { type: 'Software', name: `${generator.name} ${generator.version}` };
  if (generator.homepage) return { id: generator.homepage, ...agent, homepage: generator.homepage };
  return agent;
}

/** The two category bodies of an annotation: the tag (label) and the classifying concept. */
export function categoryBodies(category: Category): JsonObject[] {
  return [
    { type: 'TextualBody', purpose: 'tagging', value: category.label, format: 'text/plain' },
    { type: 'SpecificResource', purpose: 'classifying', source: conceptOf(category, false) },
  ];
}

/** The text an annotation targets, named by content (`ni:` URI of its hash). */
export function sourceOf(doc: DocumentRecord, niUri: string): JsonObject {
  return { id: niUri, type: 'Text', format: 'text/plain', label: doc.title };
}

/** One annotation to export, with what writing it needs. */
export interface ExportEntry {
  annotation: Annotation;
  doc: DocumentRecord;
  category: Category;
  /** Shared by all annotations of `doc`: UTF-16 → code points. */
  map: OffsetMap;
  /** The `creator` (shared by all annotations of the coder), or null for none. */
  creator: JsonObject | null;
}

/** True when an annotation can be written with at least one valid selector. */
function exportable(a: Annotation): boolean {
  return a.status === 'placed' ? a.end > a.start : a.exact !== '';
}

/**
 * The annotations to export, ordered by document (in `documents` order), then by position and
 * id. Annotations whose document is not in `documents`, and orphans without a quote (which no
 * selector could describe), are left out. A category missing from the codebook still exports,
 * named by its id. One `OffsetMap` is built per document that has annotations.
 */
export function exportEntries(input: CollectionInput): ExportEntry[] {
  const docs = new Map(input.documents.map((d, i) => [d.id, { doc: d, index: i, map: null as OffsetMap | null }]));
  const categories = new Map(input.categories.map((c) => [c.id, c]));
  const coders = new Map((input.coders ?? []).map((c) => [c.id, c]));
  const creators = new Map<string, JsonObject | null>();
  const creator = (a: Annotation): JsonObject | null => {
    let found = creators.get(a.coderId);
    if (found === undefined) {
      found = creatorOf(coders.get(a.coderId) ?? { id: a.coderId, name: a.coder, kind: 'person' });
      creators.set(a.coderId, found);
    }
    return found;
  };
  const chosen: { a: Annotation; index: number; entry: ExportEntry }[] = [];
  for (const a of input.annotations) {
    const d = docs.get(a.documentId);
    if (!d || !exportable(a)) continue;
    const map = d.map ?? (d.map = new OffsetMap(d.doc.text));
    const category = categories.get(a.categoryId) ?? missingCategory(a.categoryId);
    chosen.push({ a, index: d.index, entry: { annotation: a, doc: d.doc, category, map, creator: creator(a) } });
  }
  chosen.sort(
    ({ a, index: da }, { a: b, index: db }) =>
      da - db || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return chosen.map((c) => c.entry);
}

function missingCategory(id: string): Category {
  return { id, label: id, definition: '', colour: '#000000', shortcut: '', order: 0, retired: false };
}

/** The collection without its page (`first`): context, ids, label, generator, codebook, total. */
export function collectionHead(input: CollectionInput, generator: JsonObject, total: number): JsonObject {
  return {
    '@context': ANNO_CONTEXT,
    id: uuidIri(input.collectionId),
    type: 'AnnotationCollection',
    label: input.label,
    generated: input.now,
    generator,
    [CODEBOOK_PROPERTY]: {
      id: CODEBOOK_SCHEME_IRI,
      type: 'skos:ConceptScheme',
      [CONCEPT_KEYS.topConcepts]: sortCategories(input.categories).map((c) => conceptOf(c, true)),
    },
    total,
  };
}

/** The page's own properties, before its `items`. */
export function pageHead(input: CollectionInput): JsonObject {
  return { id: uuidIri(input.pageId), type: 'AnnotationPage', startIndex: 0 };
}
