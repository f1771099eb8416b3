/**
 * The mapping between the workbench's records and the documents of a team's CouchDB database:
 * one document per annotation (its `_id` the annotation's `urn:uuid:` IRI, its content the W3C
 * annotation plus the workbench's fields), per document text (`_id` `text:` + content hash, the
 * text as an attachment, so a text is never uploaded twice), per category and per coder. Each
 * document names the CouchDB user it belongs to (`couchUser`), which the server's
 * `validate_doc_update` checks (`validate-doc-update.ts`).
 */
import type { Annotation, Category, Coder, DocumentRecord } from '../model';
import { idFromIri, uuidIri } from '../w3c/vocabulary';
import type { JsonObject } from '../w3c/collection-parts';

/** The kinds of documents in a project database. */
export type SyncDocType = 'annotation' | 'text' | 'category' | 'coder';

/** What every document carries besides its content. */
export interface DocMeta {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

/** An annotation as it travels: the record without its local document id, and its text's hash. */
export type SharedAnnotation = Omit<Annotation, 'documentId'>;

/** One annotation. `layer` is its coder's kind; `couchUser` the CouchDB user who owns it ('' for the consensus layer). */
export interface AnnotationDoc extends DocMeta {
  type: 'annotation';
  layer: Coder['kind'];
  couchUser: string;
  documentHash: string;
  annotation: SharedAnnotation;
  /** The same annotation as W3C Web Annotation JSON, for anyone reading the database directly. */
  w3c: JsonObject;
}

/** The name of the attachment that holds a document's text. */
export const TEXT_ATTACHMENT = 'text.txt';

/** One document's text: its metadata here, the text itself in the `text.txt` attachment. */
export interface TextDoc extends DocMeta {
  type: 'text';
  hash: string;
  /** The id the document had where it was first shared (used where no document has this hash yet). */
  documentId: string;
  title: string;
  sourceName: string;
  importedAt: string;
  _attachments?: Record<string, { content_type: string; data?: string; stub?: boolean; digest?: string; length?: number }>;
}

/** One category of the codebook. */
export interface CategoryDoc extends DocMeta {
  type: 'category';
  category: Category;
}

/** One coder; `couchUser` is the CouchDB user who codes as them ('' for a consensus layer). */
export interface CoderDoc extends DocMeta {
  type: 'coder';
  coder: Coder;
  couchUser: string;
}

/** Any document of a project database. */
export type SyncDoc = AnnotationDoc | TextDoc | CategoryDoc | CoderDoc;

/** `_id` of an annotation's document: the annotation's IRI (`urn:uuid:…`). */
export function annotationDocId(annotationId: string): string {
  return uuidIri(annotationId);
}

/** The annotation id in an annotation document's `_id`. */
export function annotationIdOf(docId: string): string {
  return idFromIri(docId);
}

/** `_id` of a text's document. */
export function textDocId(hash: string): string {
  return `text:${hash}`;
}

/** `_id` of a category's document. */
export function categoryDocId(categoryId: string): string {
  return `category:${categoryId}`;
}

/** `_id` of a coder's document. */
export function coderDocId(coderId: string): string {
  return `coder:${coderId}`;
}

/** The kind of record an `_id` names (deleted documents carry nothing else). */
export function typeOfDocId(id: string): SyncDocType | null {
  if (id.startsWith('text:')) return 'text';
  if (id.startsWith('category:')) return 'category';
  if (id.startsWith('coder:')) return 'coder';
  if (id.startsWith('_')) return null;
  return 'annotation';
}

/** An annotation's document. `couchUser` is the owner's CouchDB user ('' in a consensus layer). */
export function annotationDoc(annotation: Annotation, documentHash: string, layer: Coder['kind'], couchUser: string, w3c: JsonObject): AnnotationDoc {
  const { documentId: _local, ...shared } = annotation;
  return { _id: annotationDocId(annotation.id), type: 'annotation', layer, couchUser: layer === 'consensus' ? '' : couchUser, documentHash, annotation: shared, w3c };
}

/** The annotation a document carries, on the local document `documentId`. */
export function annotationFromDoc(doc: AnnotationDoc, documentId: string): Annotation {
  return { ...doc.annotation, documentId };
}

/** A text's document, with the text (base64 of its UTF-8) as its attachment. */
export function textDoc(record: DocumentRecord, base64Text: string): TextDoc {
  return {
    _id: textDocId(record.hash),
    type: 'text',
    hash: record.hash,
    documentId: record.id,
    title: record.title,
    sourceName: record.sourceName,
    importedAt: record.importedAt,
    _attachments: { [TEXT_ATTACHMENT]: { content_type: 'text/plain;charset=utf-8', data: base64Text } },
  };
}

/** The library record of a pulled text (never opened here yet). */
export function documentFromTextDoc(doc: TextDoc, text: string): DocumentRecord {
  return { id: doc.documentId, title: doc.title, text, hash: doc.hash, sourceName: doc.sourceName, importedAt: doc.importedAt, lastOpenedAt: '' };
}

/** A category's document. */
export function categoryDoc(category: Category): CategoryDoc {
  return { _id: categoryDocId(category.id), type: 'category', category };
}

/** A coder's document; a consensus layer belongs to no user. */
export function coderDoc(coder: Coder, couchUser: string): CoderDoc {
  return { _id: coderDocId(coder.id), type: 'coder', coder, couchUser: coder.kind === 'consensus' ? '' : couchUser };
}
