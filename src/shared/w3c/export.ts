/**
 * Export of the workbench's annotations as a W3C Web Annotation `AnnotationCollection`
 * (model 5.1) with all annotations embedded in its first `AnnotationPage`.
 *
 * Shape of each annotation (see `vocabulary.ts` for the names):
 * - bodies: a `TextualBody` with `purpose: "tagging"` and the category label (no `id`: the
 *   W3C schemas reject a TextualBody with both `id` and `purpose`), a `SpecificResource`
 *   with `purpose: "classifying"` whose `skos:Concept` source has an IRI made from the stable
 *   category id, and the memo as a `TextualBody` with `purpose: "commenting"` when not empty;
 * - target: a `SpecificResource` on the text named by content (`ni:` URI of its hash), with a
 *   `TextQuoteSelector` and, unless the annotation is an orphan, a `TextPositionSelector`
 *   counting Unicode code points.
 * The full codebook rides on the collection under `conformsTo`.
 */
import { sortCategories } from '../codebook';
import type { Annotation, Category, DocumentRecord } from '../model';
import { CONTEXT_LENGTH } from '../model';
import { niUri } from '../text/hash';
import { OffsetMap, prefixBefore, suffixAfter } from '../text/offsets';
import {
  ANNO_CONTEXT,
  CODEBOOK_PROPERTY,
  CODEBOOK_SCHEME_IRI,
  CONCEPT_KEYS,
  categoryIri,
  uuidIri,
} from './vocabulary';

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
  return {
    ...concept,
    [CONCEPT_KEYS.definition]: category.definition,
    [CONCEPT_KEYS.colour]: category.colour,
    [CONCEPT_KEYS.order]: category.order,
    [CONCEPT_KEYS.retired]: category.retired,
  };
}

function agentOf(generator: GeneratorInfo): JsonObject {
  const agent: JsonObject = { type: 'Software', name: `${generator.name} ${generator.version}` };
  if (generator.homepage) return { id: generator.homepage, ...agent, homepage: generator.homepage };
  return agent;
}

function targetOf(annotation: Annotation, doc: DocumentRecord, map: OffsetMap): JsonObject {
  const source = { id: niUri(doc.hash), type: 'Text', format: 'text/plain', label: doc.title };
  const selector: JsonObject[] = [];
  if (annotation.status === 'placed') {
    // Quote and context are re-read from the text, so the selectors agree with it exactly.
    const exact = doc.text.slice(annotation.start, annotation.end);
    selector.push({
      type: 'TextQuoteSelector',
      exact,
      prefix: prefixBefore(doc.text, annotation.start, CONTEXT_LENGTH),
      suffix: suffixAfter(doc.text, annotation.end, CONTEXT_LENGTH),
    });
    selector.push({
      type: 'TextPositionSelector',
      start: map.toCodePoints(annotation.start),
      end: map.toCodePoints(annotation.end),
    });
  } else {
    selector.push({
      type: 'TextQuoteSelector',
      exact: annotation.exact,
      prefix: annotation.prefix,
      suffix: annotation.suffix,
    });
  }
  return { type: 'SpecificResource', source, selector };
}

/** One model annotation as a W3C Annotation (without `@context`: it inherits the page's). */
export function annotationToW3c(
  annotation: Annotation,
  doc: DocumentRecord,
  category: Category,
  generator: JsonObject,
  map: OffsetMap = new OffsetMap(doc.text),
): JsonObject {
  const body: JsonObject[] = [
    { type: 'TextualBody', purpose: 'tagging', value: category.label, format: 'text/plain' },
    { type: 'SpecificResource', purpose: 'classifying', source: conceptOf(category, false) },
  ];
  if (annotation.memo !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.memo, format: 'text/plain' });
  }
  const out: JsonObject = {
    id: uuidIri(annotation.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: annotation.created,
    modified: annotation.modified,
  };
  if (annotation.coder !== '') out.creator = { type: 'Person', name: annotation.coder };
  return { ...out, generator, body, target: targetOf(annotation, doc, map) };
}

/** True when an annotation can be written with at least one valid selector. */
function exportable(a: Annotation): boolean {
  return a.status === 'placed' ? a.end > a.start : a.exact !== '';
}

/**
 * Builds the collection. Annotations are ordered by document (in `documents` order), then by
 * position and id; annotations whose document is not in `documents`, and orphans without a
 * quote (which no selector could describe), are left out.
 */
export function buildCollection(input: CollectionInput): JsonObject {
  const docs = new Map(input.documents.map((d, i) => [d.id, { doc: d, index: i }]));
  const categories = new Map(input.categories.map((c) => [c.id, c]));
  const generator = agentOf(input.generator);
  const maps = new Map<string, OffsetMap>();
  const chosen = input.annotations
    .filter((a) => docs.has(a.documentId) && exportable(a))
    .sort((a, b) => {
      const da = docs.get(a.documentId)?.index ?? 0;
      const db = docs.get(b.documentId)?.index ?? 0;
      return da - db || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  const items = chosen.map((a) => {
    const doc = (docs.get(a.documentId) as { doc: DocumentRecord }).doc;
    let map = maps.get(doc.id);
    if (!map) maps.set(doc.id, (map = new OffsetMap(doc.text)));
    // A category missing from the codebook still exports, named by its id.
    const category = categories.get(a.categoryId) ?? missingCategory(a.categoryId);
    return annotationToW3c(a, doc, category, generator, map);
  });
  const collection: JsonObject = {
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
    total: items.length,
  };
  // A page needs at least one item (model 5.2), and `first` is required only when total > 0.
  if (items.length > 0) {
    collection.first = { id: uuidIri(input.pageId), type: 'AnnotationPage', startIndex: 0, items };
  }
  return collection;
}

function missingCategory(id: string): Category {
  return { id, label: id, definition: '', colour: '#000000', shortcut: '', order: 0, retired: false };
}

/** The collection as pretty-printed JSON (two-space indent, trailing newline). */
export function serialiseCollection(input: CollectionInput): string {
  return JSON.stringify(buildCollection(input), null, 2) + '\n';
}
