/**
 * Export of the workbench's annotations as a W3C Web Annotation `AnnotationCollection`
 * (model 5.1) with all annotations embedded in its first `AnnotationPage`.
 *
 * Shape of each annotation (see `vocabulary.ts` for the names):
 * - bodies: a `TextualBody` with `purpose: "tagging"` and the category label (no `id`: the
 *   W3C schemas reject a TextualBody with both `id` and `purpose`), a `SpecificResource`
 *   with `purpose: "classifying"` whose `skos:Concept` source has an IRI made from the stable
 *   category id, and the memo as a `TextualBody` with `purpose: "commenting"` when not empty;
 * - creator: the coder, with its id (`urn:uuid:…`) and current name, as a `Person`, or an
 *   `Organization` for a consensus layer;
 * - target: a `SpecificResource` on the text named by content (`ni:` URI of its hash), with a
 *   `TextQuoteSelector` and, unless the annotation is an orphan, a `TextPositionSelector`
 *   counting Unicode code points.
 * The full codebook rides on the collection under `conformsTo`, with each category's coding
 * rules as `skos:scopeNote` nodes (text, example quote, date).
 *
 * `buildCollection` gives the collection as objects; `serialiseCollection` writes the file's
 * text directly (`collection-text.ts`: pretty frame, one compact line per annotation) and the
 * two agree. What they share (choice and order of annotations, agents, concepts, the collection
 * around the page) is in `collection-parts.ts`.
 */
import type { Annotation, Category, DocumentRecord } from '../model';
import { CONTEXT_LENGTH } from '../model';
import { niUri } from '../text/hash';
import { OffsetMap, prefixBefore, suffixAfter } from '../text/offsets';
import {
  agentOf,
  categoryBodies,
  collectionHead,
  creatorOf,
  exportEntries,
  pageHead,
  sourceOf,
  type CollectionInput,
  type JsonObject,
} from './collection-parts';
import { collectionText } from './collection-text';
import { uuidIri } from './vocabulary';

export { conceptOf, type CollectionInput, type GeneratorInfo, type JsonObject } from './collection-parts';

function targetOf(annotation: Annotation, doc: DocumentRecord, map: OffsetMap): JsonObject {
  const source = sourceOf(doc, niUri(doc.hash));
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
  creator: JsonObject | null = creatorOf({ id: annotation.coderId, name: annotation.coder, kind: 'person' }),
): JsonObject {
  const body = categoryBodies(category);
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
  if (creator) out.creator = creator;
  return { ...out, generator, body, target: targetOf(annotation, doc, map) };
}

/**
 * Builds the collection as objects. Annotations are ordered by document (in `documents`
 * order), then by position and id; annotations whose document is not in `documents`, and
 * orphans without a quote (which no selector could describe), are left out.
 */
export function buildCollection(input: CollectionInput): JsonObject {
  const generator = agentOf(input.generator);
  const items = exportEntries(input).map((e) => annotationToW3c(e.annotation, e.doc, e.category, generator, e.map, e.creator));
  const collection = collectionHead(input, generator, items.length);
  // A page needs at least one item (model 5.2), and `first` is required only when total > 0.
  if (items.length > 0) collection.first = { ...pageHead(input), items };
  return collection;
}

/**
 * The collection as JSON text, written directly rather than through `buildCollection`
 * (see `collection-text.ts` for the layout). `JSON.parse` of it equals `buildCollection`.
 */
export function serialiseCollection(input: CollectionInput): string {
  return collectionText(input);
}
