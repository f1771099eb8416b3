/**
 * Readers of one annotation: a W3C Web Annotation (our own exports, Recogito's and other
 * tools') and a Hypothesis export row. Each returns one ImportedAnnotation per category the
 * annotation carries (the workbench's model has one category per annotation) or throws a
 * PropertyError naming what is wrong.
 */
import { ANNOTATION_LIMITS } from '../limits';
import type { ImportedAnnotation } from './import-types';
import { PropertyError, firstString, hasType, inside, isObj, many, utcTime, type Obj } from './json-read';
import { readTarget } from './read-target';
import { CONCEPT_KEYS, categoryIdFromIri, idFromIri } from './vocabulary';

/** A category reference found in an annotation: a stable id when known, and a label. */
interface CategoryRef {
  id: string | null;
  label: string;
}

/** A coder name from an `acct:name@host` account (Hypothesis), or the string itself. */
export function coderFromAccount(user: string): string {
  const match = /^acct:([^@]+)@/.exec(user);
  return match ? match[1] : user;
}

/** The stable category id of a `skos:Concept` (its notation, our IRI, or its IRI). */
export function conceptId(concept: Obj | string): string | null {
  if (typeof concept === 'string') return categoryIdFromIri(concept) ?? concept;
  const notation = firstString(concept[CONCEPT_KEYS.notation]);
  if (notation) return notation;
  if (typeof concept.id !== 'string') return null;
  return categoryIdFromIri(concept.id) ?? concept.id;
}

/** The label of a `skos:Concept` or similar object, or null. */
export function conceptLabel(concept: Obj): string | null {
  return firstString(concept[CONCEPT_KEYS.label]) ?? firstString(concept.prefLabel) ?? firstString(concept.label);
}

function readBody(body: unknown, classified: CategoryRef[], tags: string[], memos: string[]): void {
  if (typeof body === 'string') {
    const id = categoryIdFromIri(body);
    if (id) classified.push({ id, label: id });
    return;
  }
  if (!isObj(body)) throw new PropertyError('', 'must be an object or an IRI');
  const isTag = hasType(body.purpose, 'tagging') || hasType(body.purpose, 'classifying');
  if (body.source !== undefined && isTag) {
    const source = body.source;
    if (!isObj(source) && typeof source !== 'string') throw new PropertyError('source', 'must be an object or an IRI');
    const id = conceptId(source);
    const label = (isObj(source) ? conceptLabel(source) : null) ?? id;
    if (!label) throw new PropertyError('source', 'names no category (no id and no label)');
    classified.push({ id, label });
    return;
  }
  if (body.value === undefined) return; // another kind of body: not ours to interpret
  if (typeof body.value !== 'string') throw new PropertyError('value', 'must be a string');
  if (isTag) {
    const tag = body.value.trim();
    if (tag === '') throw new PropertyError('value', 'is an empty tag');
    tags.push(tag);
  } else if (body.value !== '') memos.push(body.value);
}

function readBodies(anno: Obj): { refs: CategoryRef[]; memo: string } {
  const refs: CategoryRef[] = [];
  const tags: string[] = [];
  const memos: string[] = [];
  if (typeof anno.bodyValue === 'string') memos.push(anno.bodyValue);
  const bodies = anno.body;
  const list = Array.isArray(bodies);
  const count = list ? bodies.length : bodies === undefined || bodies === null ? 0 : 1;
  for (let i = 0; i < count; i++) {
    try {
      readBody(list ? bodies[i] : bodies, refs, tags, memos);
    } catch (error) {
      throw inside(error, list ? `body[${i}]` : 'body');
    }
  }
  // A tag repeating a classifying body's label is the same category said twice.
  if (tags.length > 0) {
    const known = new Set(refs.map((c) => c.label.toLowerCase()));
    for (const tag of tags) {
      const key = tag.toLowerCase();
      if (known.has(key)) continue;
      known.add(key);
      refs.push({ id: null, label: tag });
    }
  }
  let length = 0;
  for (const m of memos) length += m.length;
  if (length > ANNOTATION_LIMITS.maxMemoChars) throw new PropertyError(list ? 'body' : typeof anno.bodyValue === 'string' ? 'bodyValue' : 'body', memoTooLong(length));
  return { refs, memo: memos.length === 1 ? memos[0] : memos.join('\n\n') };
}

/** The problem of a memo over `ANNOTATION_LIMITS.maxMemoChars`. */
function memoTooLong(length: number): string {
  return `holds a memo of ${length.toLocaleString('en')} characters; the limit is ${ANNOTATION_LIMITS.maxMemoChars.toLocaleString('en')}`;
}

function coderOf(creator: unknown): string {
  for (const agent of many(creator)) {
    if (typeof agent === 'string') return coderFromAccount(agent);
    if (!isObj(agent)) continue;
    const name = firstString(agent.name) ?? firstString(agent.nickname);
    if (name) return name;
    if (typeof agent.id === 'string') return coderFromAccount(agent.id);
  }
  return '';
}

/** What an imported annotation has besides its category. */
type Common = Omit<ImportedAnnotation, 'categoryId' | 'categoryLabel'>;

/** Splits one annotation into one per category; the first keeps the id, the rest get `~2`, `~3`… */
function perCategory(base: Common, refs: CategoryRef[], property: string): ImportedAnnotation[] {
  if (refs.length === 0) throw new PropertyError(property, 'no category: the annotation has no tag or classifying body');
  if (refs.length > ANNOTATION_LIMITS.maxCategories) {
    throw new PropertyError(property, `names ${refs.length.toLocaleString('en')} categories; the limit is ${ANNOTATION_LIMITS.maxCategories} per annotation`);
  }
  const out: ImportedAnnotation[] = [];
  for (let i = 0; i < refs.length; i++) {
    const one: ImportedAnnotation = {
      id: i === 0 ? base.id : `${base.id}~${i + 1}`,
      categoryId: refs[i].id,
      categoryLabel: refs[i].label,
      memo: base.memo,
      coder: base.coder,
      created: base.created,
      modified: base.modified,
      source: base.source,
      quote: base.quote,
      position: base.position,
    };
    if (base.contextCut) one.contextCut = true;
    out.push(one);
  }
  return out;
}

/** Created and modified as UTC; each stands in for the other when only one is given. */
function times(created: unknown, modified: unknown, modifiedName: string): { created: string; modified: string } {
  const c = utcTime(created, 'created');
  const m = utcTime(modified, modifiedName);
  return { created: c || m, modified: m || c };
}

/** Reads one W3C (or Recogito) annotation object. */
export function readW3cAnnotation(anno: unknown): ImportedAnnotation[] {
  if (!isObj(anno)) throw new PropertyError('', 'is not an object (annotations must be embedded, not referenced)');
  if (!hasType(anno.type, 'Annotation')) throw new PropertyError('type', 'must be "Annotation"');
  if (typeof anno.id !== 'string' || anno.id === '') throw new PropertyError('id', 'is missing');
  const id = idFromIri(anno.id);
  const { refs, memo } = readBodies(anno);
  const target = readTarget(anno.target);
  const { created, modified } = times(anno.created, anno.modified, 'modified');
  return perCategory({ id, memo, coder: coderOf(anno.creator), created, modified, ...target }, refs, 'body');
}

/** Reads one row of a Hypothesis export (`/api/search` rows). */
export function readHypothesisRow(row: unknown): ImportedAnnotation[] {
  if (!isObj(row)) throw new PropertyError('', 'is not an object');
  if (typeof row.id !== 'string' || row.id === '') throw new PropertyError('id', 'is missing');
  if (row.tags !== undefined && !Array.isArray(row.tags)) throw new PropertyError('tags', 'must be an array of strings');
  if (Array.isArray(row.tags) && row.tags.length > ANNOTATION_LIMITS.maxCategories) {
    throw new PropertyError('tags', `names ${row.tags.length.toLocaleString('en')} categories; the limit is ${ANNOTATION_LIMITS.maxCategories} per annotation`);
  }
  const refs: CategoryRef[] = [];
  const seen = new Set<string>();
  many(row.tags).forEach((tag, i) => {
    if (typeof tag !== 'string') throw new PropertyError(`tags[${i}]`, 'must be a string');
    const label = tag.trim();
    if (label !== '' && !seen.has(label.toLowerCase())) {
      seen.add(label.toLowerCase());
      refs.push({ id: null, label });
    }
  });
  if (row.text !== undefined && row.text !== null && typeof row.text !== 'string') throw new PropertyError('text', 'must be a string');
  const target = readTarget(row.target);
  const uri = typeof row.uri === 'string' ? row.uri : null;
  const document = isObj(row.document) ? row.document : {};
  const source = {
    iri: target.source.iri ?? uri,
    hash: target.source.hash,
    title: target.source.title ?? firstString(document.title),
  };
  const { created, modified } = times(row.created, row.updated, 'updated');
  const memo = typeof row.text === 'string' ? row.text : '';
  if (memo.length > ANNOTATION_LIMITS.maxMemoChars) throw new PropertyError('text', memoTooLong(memo.length));
  const coder = typeof row.user === 'string' ? coderFromAccount(row.user) : '';
  const common: Common = { id: row.id, memo, coder, created, modified, source, quote: target.quote, position: target.position };
  if (target.contextCut) common.contextCut = true;
  return perCategory(common, refs, 'tags');
}
