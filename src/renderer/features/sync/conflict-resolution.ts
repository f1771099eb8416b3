import type { SharedAnnotation, SyncDoc } from '../../../shared/sync/couch-docs';
import { readPulledDoc } from '../../../shared/sync/read-doc';
import { bulkFailure, type PouchDatabase } from './pouch-types';
import { branchRevision } from './revisions';

type Db = PouchDatabase;

/** One revision of a conflicted document, as the side-by-side view shows it. */
export interface ConflictSide {
  rev: string;
  /** The annotation in that revision (null: deleted there, or not an annotation). */
  annotation: SharedAnnotation | null;
  /** For a category or coder: what that revision says, in words. */
  summary: string;
}

/** Both (or all) revisions of a conflicted document: the winner CouchDB chose first. */
export interface ConflictVersions {
  docId: string;
  sides: ConflictSide[];
}

function summaryOf(raw: unknown): string {
  const read = readPulledDoc(raw);
  if (!read.ok) return 'unreadable';
  if (read.value.deleted) return 'deleted';
  const doc = read.value.doc;
  if (doc.type === 'category') return `${doc.category.label}: ${doc.category.definition}${doc.category.retired ? ' (retired)' : ''}`;
  if (doc.type === 'coder') return doc.coder.name;
  if (doc.type === 'text') return doc.title;
  return '';
}

function annotationOf(raw: unknown): SharedAnnotation | null {
  const read = readPulledDoc(raw);
  return read.ok && !read.value.deleted && read.value.doc.type === 'annotation' ? read.value.doc.annotation : null;
}

/** Reads the revisions of a conflicted document from the team's database; null when the server cannot be reached. */
export async function conflictVersions(db: Db, docId: string): Promise<ConflictVersions | null> {
  // Null: the server could not be asked; no sides: the document is gone there.
  const winner = await db.get(docId, { conflicts: true }).catch((error: unknown) => ((error as { status?: unknown } | null)?.status === 404 ? 'gone' : null));
  if (winner === 'gone') return { docId, sides: [] };
  if (!winner) return null;
  const sides: ConflictSide[] = [{ rev: winner._rev, annotation: annotationOf(winner), summary: summaryOf(winner) }];
  for (const rev of winner._conflicts ?? []) {
    const other = await db.get(docId, { rev }).catch(() => null);
    sides.push({ rev, annotation: annotationOf(other), summary: other ? summaryOf(other) : 'deleted' });
  }
  return { docId, sides };
}

/**
 * Resolves a conflict by keeping one revision: its content becomes a new revision on top of
 * the winner, and every other branch is deleted, in one write that replicates like any change
 * (so the resolution reaches everyone). `editorId` records who resolved it.
 */
export async function resolveConflict(db: Db, docId: string, keepRev: string, editorId: string): Promise<void> {
  const winner = await db.get(docId, { conflicts: true });
  const kept = (await db.get(docId, { rev: keepRev })) as Awaited<ReturnType<Db['get']>> & { annotation?: SharedAnnotation };
  const losers = [winner._rev, ...(winner._conflicts ?? [])].filter((r) => r !== winner._rev);
  const { _rev: _k, _conflicts: _c, ...content } = kept;
  const now = new Date().toISOString();
  const resolved = { ...content, _id: docId, _rev: winner._rev, ...(content.annotation ? { annotation: { ...content.annotation, editorId, modified: now } } : {}) };
  const results = await db.bulkDocs([resolved, ...losers.map((rev) => ({ _id: docId, _rev: rev, _deleted: true }))]);
  for (const r of results) {
    const failure = bulkFailure(r);
    if (failure) throw new Error(`the resolution could not be written (${failure.reason})`);
  }
}

/** A document's content for comparing revisions: sorted keys, without revision bookkeeping; attachments by digest. */
export function contentKey(doc: Record<string, unknown>): string {
  const skip = new Set(['_rev', '_conflicts', '_revisions', '_revs_info']);
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) if (!skip.has(key)) out[key] = canonical((value as Record<string, unknown>)[key]);
      return out;
    }
    return value;
  };
  const attachments = doc._attachments as Record<string, { digest?: string }> | undefined;
  const rest = { ...doc, _attachments: attachments ? Object.fromEntries(Object.entries(attachments).map(([k, v]) => [k, v.digest ?? ''])) : undefined };
  return JSON.stringify(canonical(rest));
}

/**
 * Settles a conflict whose revisions all say the same (two people shared the same text or the
 * same default codebook before either had pulled): nothing differs, so the extra branches are
 * deleted. Texts are settled always (see below). Resolves to true when it was such a conflict.
 */
export async function settleIdentical(db: Db, docId: string): Promise<boolean> {
  const winner = await db.get(docId, { conflicts: true }).catch(() => null);
  if (!winner?._conflicts?.length) return winner !== null;
  // A text is its hash: two shares of it are the same text, whatever each library calls it
  // (titles stay each library's own; a pulled text never renames a document here).
  const key = docId.startsWith('text:') ? null : contentKey(winner);
  for (const rev of key === null ? [] : winner._conflicts) {
    const other = await db.get(docId, { rev }).catch(() => null);
    if (!other || contentKey(other) !== key) return false;
  }
  await db.bulkDocs(winner._conflicts.map((rev) => ({ _id: docId, _rev: rev, _deleted: true })));
  return true;
}

/** What became of pushed documents the server turned down because it holds another revision. */
export interface SettledPush {
  /** Revisions the library now holds of them. */
  written: { docId: string; rev: string }[];
  /** Documents now in conflict on the server (both versions kept). */
  conflicted: string[];
  /** Deletions not sent: the server's document changed since this library held it (an edit beats a deletion). */
  lost: string[];
  /** Branches the server would not keep (its rule refused them, or another failure), with its reason. */
  refused: { id: string; reason: string }[];
}

/**
 * Settles the documents the server answered with 409 (it holds a revision this library did not
 * know). What the server holds already, this library adopts (the same content: a push repeated
 * after the page was closed before it noted the revision, a text both shared, the same default
 * category); a different version is written as a branch off the revision this library last
 * held (`new_edits: false`), so CouchDB keeps both as a conflict; a deletion gives way to the
 * server's version.
 */
export async function settleRejected(db: Db, docs: SyncDoc[], held: ReadonlyMap<string, string>): Promise<SettledPush> {
  const out: SettledPush = { written: [], conflicted: [], lost: [], refused: [] };
  const current = await db.allDocs({ keys: docs.map((d) => d._id), include_docs: true, conflicts: true });
  const branches: (SyncDoc & { _rev: string; _revisions: { start: number; ids: string[] } })[] = [];
  docs.forEach((doc, i) => {
    const row = current.rows[i] as { doc?: (Record<string, unknown> & { _rev: string }) | null; value?: { rev?: string; deleted?: boolean } } | undefined;
    const there = row?.doc ?? null;
    if (doc._deleted) {
      if (there) out.lost.push(doc._id);
      return;
    }
    if (there && (doc._id.startsWith('text:') || contentKey(there) === contentKey(doc as unknown as Record<string, unknown>))) {
      out.written.push({ docId: doc._id, rev: there._rev });
      return;
    }
    // A live version: branch off what this library last held; over a deletion, off the tombstone (a live leaf wins).
    const base = there ? (held.get(doc._id) ?? null) : (row?.value?.rev ?? held.get(doc._id) ?? null);
    const { _revisions } = branchRevision(base);
    branches.push({ ...doc, _rev: `${_revisions.start}-${_revisions.ids[0]}`, _revisions });
    if (there) out.conflicted.push(doc._id);
  });
  if (branches.length) {
    // With `new_edits: false` the server answers only for the documents it did not write.
    const results = await db.bulkDocs(branches as unknown as ({ _id: string } & Record<string, unknown>)[], { new_edits: false });
    const failed = new Map<string, string>();
    for (const r of results) {
      const failure = bulkFailure(r);
      if (failure) failed.set(r.id, failure.reason);
    }
    for (const b of branches) {
      const reason = failed.get(b._id);
      if (reason === undefined) out.written.push({ docId: b._id, rev: b._rev });
      else out.refused.push({ id: b._id, reason });
    }
    out.conflicted = out.conflicted.filter((id) => !failed.has(id));
  }
  return out;
}
