import { APP_INFO } from '../../../shared/app-info';
import type { Annotation, DocumentRecord } from '../../../shared/model';
import { annotationDoc, annotationDocId, categoryDoc, categoryDocId, coderDoc, coderDocId, textDoc, textDocId, type SyncDoc } from '../../../shared/sync/couch-docs';
import { OffsetMap } from '../../../shared/text/offsets';
import { agentOf } from '../../../shared/w3c/collection-parts';
import { annotationToW3c } from '../../../shared/w3c/export';
import type { OutboxEntry } from '../../db/database';
import type { SyncStore } from '../../db/sync-store';
import type { Workspace } from '../workspace/workspace';

/** A document to write to the local PouchDB for one outbox entry (or none: the entry is just dropped). */
export interface PushItem {
  entry: OutboxEntry;
  doc: SyncDoc | { _id: string; _rev: string; _deleted: true } | null;
}

const GENERATOR = agentOf({ name: APP_INFO.name, version: APP_INFO.version });

/** Base64 of a text's UTF-8, in slices (a 2 MB text would overflow one `String.fromCharCode` call). */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Documents (and their offset maps) read once per push run: a 2 MB text is not re-read per annotation. */
export class DocumentCache {
  private readonly docs = new Map<string, { doc: DocumentRecord; map: OffsetMap } | null>();
  constructor(private readonly workspace: Workspace) {}
  async get(id: string): Promise<{ doc: DocumentRecord; map: OffsetMap } | null> {
    if (!this.docs.has(id)) {
      const doc = await this.workspace.read.document(id);
      this.docs.set(id, doc ? { doc, map: new OffsetMap(doc.text) } : null);
    }
    return this.docs.get(id) ?? null;
  }
}

/**
 * The documents that push a batch of outbox entries. Only this machine's coder's layer and
 * consensus layers are pushed (other coders' layers imported from files stay local: the team's
 * server knows them as nobody's), and only on shared documents. `revs` are the revisions the
 * library holds (a deletion needs one; a text already pushed is not pushed again).
 */
export async function pushItems(entries: OutboxEntry[], workspace: Workspace, store: SyncStore, cache: DocumentCache, shared: ReadonlySet<string>, user: string, revs: ReadonlyMap<string, string>): Promise<PushItem[]> {
  const me = workspace.localCoder?.id ?? '';
  const byDocument = new Map<string, OutboxEntry[]>();
  for (const e of entries) if (e.kind === 'annotation') byDocument.set(e.documentId, [...(byDocument.get(e.documentId) ?? []), e]);
  const found = new Map<string, Annotation>();
  for (const [documentId, list] of byDocument) for (const [id, a] of await store.annotationsOn(documentId, list.map((e) => e.id))) found.set(id, a);
  const deletion = (id: string): PushItem['doc'] => {
    const rev = revs.get(id);
    return rev ? { _id: id, _rev: rev, _deleted: true } : null;
  };
  const items: PushItem[] = [];
  for (const entry of entries) {
    if (entry.kind === 'annotation') {
      const a = found.get(entry.id);
      const place = await cache.get(entry.documentId);
      if (!place || !shared.has(place.doc.hash)) {
        items.push({ entry, doc: null });
        continue;
      }
      if (!a) {
        items.push({ entry, doc: deletion(annotationDocId(entry.id)) });
        continue;
      }
      const layer = workspace.coders.kindOf(a.coderId) === 'consensus' ? 'consensus' : 'person';
      const category = workspace.codebook.get(a.categoryId);
      if ((layer === 'person' && a.coderId !== me) || !category) {
        items.push({ entry, doc: null });
        continue;
      }
      const coder = workspace.coders.get(a.coderId) ?? { id: a.coderId, name: a.coder, kind: layer };
      const w3c = annotationToW3c(a, place.doc, category, GENERATOR, place.map, { id: `urn:uuid:${coder.id}`, type: layer === 'consensus' ? 'Organization' : 'Person', name: coder.name });
      items.push({ entry, doc: annotationDoc(a, place.doc.hash, layer, user, w3c) });
    } else if (entry.kind === 'category') {
      const c = workspace.codebook.get(entry.id);
      items.push({ entry, doc: c ? categoryDoc(c) : deletion(categoryDocId(entry.id)) });
    } else if (entry.kind === 'coder') {
      const c = workspace.coders.get(entry.id);
      const ours = c && (c.id === me || c.kind === 'consensus');
      items.push({ entry, doc: ours ? coderDoc(c, user) : null });
    } else {
      const place = await cache.get(entry.id);
      const pushed = place && revs.has(textDocId(place.doc.hash));
      items.push({ entry, doc: place && shared.has(place.doc.hash) && !pushed ? textDoc(place.doc, base64Utf8(place.doc.text)) : null });
    }
  }
  return items;
}

/** The document id an outbox entry writes. */
export function docIdOf(entry: OutboxEntry, hashOf: (documentId: string) => string | undefined): string | null {
  if (entry.kind === 'annotation') return annotationDocId(entry.id);
  if (entry.kind === 'category') return categoryDocId(entry.id);
  if (entry.kind === 'coder') return coderDocId(entry.id);
  const hash = hashOf(entry.id);
  return hash ? textDocId(hash) : null;
}
