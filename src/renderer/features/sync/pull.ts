import type { Annotation } from '../../../shared/model';
import { annotationFromDoc, documentFromTextDoc, type SyncDoc } from '../../../shared/sync/couch-docs';
import { ownershipProblem } from '../../../shared/sync/ownership';
import type { ReadChange } from '../../workers/sync-pull-task';
import type { PulledRevision } from '../workspace/history';
import type { PulledBatch } from '../workspace/pulled-edit';

/** What the pull needs to know about the library and the project. */
export interface PullContext {
  /** Local document id by text hash (the library's documents). */
  documentByHash: Map<string, string>;
  /** CouchDB user by coder id, from the coder documents seen so far (kept up to date here). */
  userOfCoder: Map<string, string>;
  /** Revisions the library holds (for skipping what is already applied). */
  revs: ReadonlyMap<string, string>;
  /** Outbox keys waiting to be pushed: a record edited here is not overwritten before its push. */
  pending: ReadonlySet<string>;
}

/** A pulled batch, ready for the writer, and what to say about it. */
export interface PullResult {
  batch: PulledBatch;
  revisions: PulledRevision[];
  /** Documents not applied, with why (for the sync log). */
  refused: { id: string; reason: string }[];
  /** Annotations waiting for their coder's or text's document: tried again with later batches. */
  deferred: string[];
  /** Conflicted document ids seen in this batch, and those seen resolved. */
  conflicted: string[];
  resolved: string[];
  /** Who wrote what arrived: editor coder id → number of records. */
  fromWhom: Map<string, number>;
}

/**
 * Turns a page of the server's changes (checked in the pull worker: `readPulledDoc` for shape and
 * sizes, a text against its hash) into one batch for the writer. Here `ownershipProblem` checks
 * that an annotation is its coder's user's. What is already applied (same revision) or edited
 * here and not yet pushed is left out.
 */
export function pullBatch(changes: ReadChange[], ctx: PullContext): PullResult {
  const result: PullResult = { batch: { annotations: [], removedAnnotationIds: [], categories: [], coders: [], documents: [] }, revisions: [], refused: [], deferred: [], conflicted: [], resolved: [], fromWhom: new Map() };
  const docs: { doc: SyncDoc; text?: ReadChange['text'] }[] = [];
  for (const change of changes) {
    const read = change.read;
    if (!read.ok) {
      result.refused.push({ id: change.id, reason: read.error });
      continue;
    }
    const rev = change.rev;
    const pulled = read.value;
    if (!pulled.deleted) {
      // A conflict counts even when the winner is what this library holds (its own revision).
      if (pulled.doc._conflicts?.length) result.conflicted.push(pulled.doc._id);
      else result.resolved.push(pulled.doc._id);
    }
    if (rev && ctx.revs.get(change.id) === rev) continue;
    if (pulled.deleted) {
      if (pulled.type === 'annotation' && !ctx.pending.has(`annotation:${pulled.recordId}`)) {
        result.batch.removedAnnotationIds.push(pulled.recordId);
        result.revisions.push({ docId: change.id, rev });
      }
      continue;
    }
    docs.push({ doc: pulled.doc, text: change.text });
  }
  // Coders and texts first: the annotations of this batch may need them.
  const order = { coder: 0, category: 1, text: 2, annotation: 3 } as const;
  docs.sort((a, b) => order[a.doc.type] - order[b.doc.type]);
  for (const { doc, text } of docs) {
    const revision = { docId: doc._id, rev: doc._rev ?? '' };
    if (doc.type === 'coder') {
      ctx.userOfCoder.set(doc.coder.id, doc.couchUser);
      if (ctx.pending.has(`coder:${doc.coder.id}`)) continue;
      result.batch.coders.push(doc.coder);
    } else if (doc.type === 'category') {
      if (ctx.pending.has(`category:${doc.category.id}`)) continue;
      result.batch.categories.push(doc.category);
    } else if (doc.type === 'text') {
      if (!ctx.documentByHash.has(doc.hash)) {
        if (!text?.ok) {
          result.refused.push({ id: doc._id, reason: text ? text.error : `${doc._id}: its text did not come with it` });
          continue;
        }
        const record = documentFromTextDoc(doc, text.value);
        // A document here with the same id and another text (an older sample, say) keeps its id.
        const taken = [...ctx.documentByHash.values()].includes(record.id);
        const placed = taken ? { ...record, id: crypto.randomUUID() } : record;
        result.batch.documents.push(placed);
        ctx.documentByHash.set(doc.hash, placed.id);
      }
    } else {
      const documentId = ctx.documentByHash.get(doc.documentHash);
      if (!documentId || (doc.layer === 'person' && !ctx.userOfCoder.has(doc.annotation.coderId))) {
        result.deferred.push(doc._id);
        continue;
      }
      const problem = ownershipProblem(doc, ctx.userOfCoder);
      if (problem) {
        result.refused.push({ id: doc._id, reason: problem });
        continue;
      }
      if (ctx.pending.has(`annotation:${doc.annotation.id}`)) continue;
      const annotation: Annotation = annotationFromDoc(doc, documentId);
      result.batch.annotations.push(annotation);
      result.fromWhom.set(annotation.editorId, (result.fromWhom.get(annotation.editorId) ?? 0) + 1);
    }
    result.revisions.push(revision);
  }
  return result;
}
