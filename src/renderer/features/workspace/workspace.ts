import { modifyEdit, type LayerRef, type Stamp } from '../../../shared/annotation-edits';
import { editProblem } from '../../../shared/coders/rules';
import type { Change, Edit } from '../../../shared/edit';
import type { Annotation, Coder } from '../../../shared/model';
import type { DocumentRecord } from '../../../shared/model';
import type { TranscriptStructure } from '../../../shared/transcript/structure';
import { usableStructure, type StructureRecord } from '../../../shared/transcript/structure-record';
import { serialiseWorkspace, type WorkspaceData } from '../../../shared/workspace-file';
import { shortcutLabel } from '../../../shared/menu/accelerator';
import { commandSpec } from '../../../shared/menu/commands';
import { SETTING_KEYS } from '../../db/database';
import type { BackupReason } from '../../../shared/ipc';
import type { Repository } from '../../db/repository';
import type { Platform } from '../../platform/platform';
import { CodebookStore } from './codebook-store';
import { CoderStore } from './coder-store';
import { LayerView } from './layer-view';
import { CompareState } from '../compare/compare-state';
import { DraftJournal } from './draft-journal';
import { DocumentSession } from './document-session';
import { History, type PulledRevision, type RunOptions } from './history';
import { isEmptyEdit, pulledEdit, type PulledBatch } from './pulled-edit';
import { readerOf, type LibraryReader } from './library-reader';
import { Preferences } from './preferences';

/** A line for the status bar; `error` ones are announced assertively. */
export interface StatusMessage {
  text: string;
  kind: 'info' | 'error';
  /** Increases so that the same sentence twice is still announced. */
  serial: number;
}

/**
 * The renderer's controller and the library's one writer: every change to the library goes
 * through its history (`run`, and the import methods built on it), which applies the change in
 * memory, writes it in one transaction, marks a backup as due and says what happened. Workspace
 * replacement is the one change outside the history, and it clears the history. Components read
 * through `read` (queries only), the open document's `session` and the in-memory `codebook`;
 * they never see the repository.
 */
export class Workspace {
  readonly history: History;
  readonly read: LibraryReader;
  readonly codebook = new CodebookStore();
  /** Every coder of the library, in memory (names, kinds). */
  readonly coders = new CoderStore();
  /** Which coders' layers the reader shows (a way of looking, kept for the page's session). */
  readonly layers = new LayerView();
  /** The side column's view (annotations or the comparison) and the comparison's choices. */
  readonly compare = new CompareState();
  readonly preferences: Preferences;
  session: DocumentSession | null = null;
  document: DocumentRecord | null = null;
  /** Who codes on this machine (a setting, not library data); null until a name is given. */
  localCoder: Coder | null = null;
  /** This workspace's consensus layer, once adjudication has made one. */
  private consensusId: string | null = null;
  /**
   * The open document's transcript structure (turns, speakers, regions that are not speech): the
   * stored one, or the detected one where none is stored. Changes only through the history.
   */
  structure: TranscriptStructure | null = null;
  /** What the library stores for the open document's structure (the `before` of a correction). */
  private structureRecord: StructureRecord | null = null;
  private readonly structureListeners = new Set<() => void>();
  private readonly editListeners = new Set<(edit: Edit) => void>();
  status: StatusMessage = { text: '', kind: 'info', serial: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly statusListeners = new Set<() => void>();
  /** Increases when the open document or coder changes. */
  version = 0;
  /** Set when data changed since the last backup. */
  private dirty = false;
  /** Who shows an annotation in the reader when asked (`reveal`), and a request waiting for it. */
  private revealer: ((annotationId: string) => void) | null = null;
  private pendingReveal: string | null = null;
  /** Work not yet handed to the history (a memo being typed): run by `flush`. */
  private readonly flushers = new Set<() => void | Promise<void>>();

  constructor(
    private readonly repo: Repository,
    readonly platform: Platform,
    /** Memo text typed and not yet known to be written (see `draft-journal.ts`). */
    readonly drafts: DraftJournal = new DraftJournal(null),
  ) {
    this.read = readerOf(repo);
    this.preferences = new Preferences(repo);
    this.history = new History({
      applyInMemory: (edit) => this.applyInMemory(edit),
      persist: (edit, pulled) => this.repo.applyEdit(edit, pulled ? { pulled } : {}),
    });
  }

  /** Loads what the workspace keeps in memory: the codebook, the coders, this machine's coder, the preferences. */
  async load(): Promise<void> {
    const [categories, coders, coderId, consensusId] = await Promise.all([
      this.repo.categories(),
      this.repo.coders(),
      this.repo.getSetting(SETTING_KEYS.coderId),
      this.repo.getSetting(SETTING_KEYS.consensusCoderId),
      this.preferences.load(),
    ]);
    this.codebook.replace(categories);
    this.coders.replace(coders);
    this.localCoder = (coderId && this.coders.get(coderId)) || null;
    this.consensusId = consensusId && this.coders.get(consensusId)?.kind === 'consensus' ? consensusId : null;
  }

  /** The local coder's name, '' before one is given. */
  get coder(): string {
    return this.localCoder?.name ?? '';
  }

  /** Who acts and when, for the records an edit writes (the local coder, now). */
  stamp(): Stamp {
    return { editorId: this.localCoder?.id ?? '', now: new Date().toISOString() };
  }

  /** How the Undo shortcut is written on this system, for the sentences that offer it. */
  undoKey(): string {
    return shortcutLabel(commandSpec('undo'), this.platform.mac);
  }

  /** The local coder's layer, for new annotations. */
  layer(): LayerRef {
    return { id: this.localCoder?.id ?? '', name: this.localCoder?.name ?? '' };
  }

  /**
   * This workspace's consensus layer (a coder like any other, named "Consensus"), or a new one
   * when there is none yet: then `created` is true and the edit that first writes to it must
   * add it (see `adjudication`), after which it is remembered.
   */
  consensus(): { coder: Coder; created: boolean } {
    const known = this.consensusId ? this.coders.get(this.consensusId) : undefined;
    if (known) return { coder: known, created: false };
    return { coder: { id: crypto.randomUUID(), name: 'Consensus', kind: 'consensus' }, created: true };
  }

  /**
   * Brings back memo text that was typed when the page last went away before it was written:
   * one undoable step, said in the status line. Drafts whose annotation is gone, or whose text
   * is already stored, are dropped.
   */
  async recoverDrafts(): Promise<void> {
    const drafts = this.drafts.all();
    if (drafts.length === 0) return;
    const now = new Date().toISOString();
    const stored = await Promise.all(drafts.map((d) => this.repo.allAnnotationsOf(d.documentId).then((list) => list.find((a) => a.id === d.annotationId))));
    const changes: Change<Annotation>[] = [];
    drafts.forEach((d, i) => {
      const record = stored[i];
      if (record && record.memo !== d.memo) changes.push(...modifyEdit('', record, { memo: d.memo }, { editorId: this.localCoder?.id ?? '', now }).annotations);
    });
    if (changes.length) {
      const n = changes.length;
      await this.run(
        { label: `Recover ${n} unsaved memo${n === 1 ? '' : 's'}`, annotations: changes, categories: [] },
        `Recovered ${n} memo${n === 1 ? '' : 's'} typed before the workbench last closed. Undo with ${this.undoKey()}.`,
      );
    }
    for (const d of drafts) this.drafts.remove(d.annotationId);
  }

  private applyInMemory(edit: Edit): void {
    this.session?.apply(edit);
    this.codebook.apply(edit.categories);
    this.coders.apply(edit.coders ?? []);
    this.dirty = true;
    const structure = this.document && edit.structures?.find((c) => (c.after ?? c.before)?.documentId === this.document?.id);
    if (structure && this.document) this.setStructure(this.document, structure.after);
    for (const l of this.editListeners) l(edit);
    const closed = edit.documents?.find((c) => c.before?.id === this.document?.id && !c.after);
    const renamed = edit.documents?.find((c) => c.after && c.after.id === this.document?.id);
    if (closed) this.close();
    else if (renamed?.after) {
      this.document = renamed.after;
      this.notify();
    }
  }

  /** Takes a stored record (or its absence) as the open document's structure. */
  private setStructure(document: DocumentRecord, record: StructureRecord | null): void {
    this.structureRecord = record;
    this.structure = usableStructure(document.text, document.hash, record?.structure);
    for (const l of this.structureListeners) l();
  }

  /** Listens to changes of the open document's transcript structure (corrections, undo). */
  subscribeStructure(listener: () => void): () => void {
    this.structureListeners.add(listener);
    return () => this.structureListeners.delete(listener);
  }

  /**
   * Hears every edit as it is applied in memory (done, undone, redone): views that show the
   * whole library (search, coded segments) follow the library through this.
   */
  subscribeEdits(listener: (edit: Edit) => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  /**
   * Replaces the open document's transcript structure with a corrected one, as one undoable
   * step (`label`), and says `announce`. Resolves to success.
   */
  async correctStructure(label: string, next: TranscriptStructure, announce: string): Promise<boolean> {
    const document = this.document;
    if (!document) return false;
    return this.run(
      { label, annotations: [], categories: [], structures: [{ before: this.structureRecord, after: { documentId: document.id, structure: next } }] },
      announce,
    );
  }

  private notify(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Listens to the status line only. Kept apart from `subscribe` so that a sentence (one per
   * tag) re-renders the status bar, not the library and the reader.
   */
  subscribeStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Shows a sentence in the status line and announces it to screen readers. */
  say(text: string, kind: StatusMessage['kind'] = 'info'): void {
    this.status = { text, kind, serial: this.status.serial + 1 };
    for (const l of this.statusListeners) l();
  }

  /** Reports a failure in words; returns false so handlers can `return workspace.failed(e)`. */
  failed(error: unknown, what: string): false {
    const detail = error instanceof Error ? error.message : String(error);
    const quota = /quota/i.test(detail) || (error instanceof Error && error.name === 'QuotaExceededError');
    this.say(
      quota
        ? `${what} failed: the disk or the browser's storage quota is full. Nothing was changed; free some space and try again.`
        : `${what} failed: ${detail} Nothing was changed.`,
      'error',
    );
    return false;
  }

  /** Opens a document in the reader, loading its annotations; what was being typed is written first. */
  async open(id: string): Promise<void> {
    await this.flush();
    const document = await this.repo.document(id);
    if (!document) {
      this.say('That document is no longer in the library.', 'error');
      return;
    }
    // Unsorted: the session sorts them in reading order itself (sorting 100,000 twice costs).
    const [annotations, record] = await Promise.all([this.repo.allAnnotationsOf(id), this.repo.structure(id)]);
    this.document = document;
    this.session = new DocumentSession(id, annotations);
    this.setStructure(document, record ?? null);
    this.notify();
    const now = new Date().toISOString();
    this.repo.touchDocument(id, now).catch(() => undefined); // a missed "last opened" loses nothing
  }

  /** Closes the reader. */
  close(): void {
    this.document = null;
    this.session = null;
    this.structure = null;
    this.structureRecord = null;
    this.notify();
  }

  /**
   * Names this machine's coder: the first time, a new coder with a new id (written through the
   * history); after that, a rename that keeps the id (undoable). Resolves to success.
   */
  async setCoder(name: string): Promise<boolean> {
    const current = this.localCoder;
    if (current && current.name === name) return true;
    if (current && this.coders.get(current.id)) {
      const renamed = { ...current, name };
      const done = await this.run({ label: `Rename coder ${current.name} to ${name}`, annotations: [], categories: [], coders: [{ before: this.coders.get(current.id)!, after: renamed }] }, `Coder renamed to ${name}; their annotations keep their id.`);
      if (done) this.becomeCoder(renamed);
      return done;
    }
    const coder: Coder = { id: current?.id ?? crypto.randomUUID(), name, kind: 'person' };
    this.localCoder = coder;
    const done = await this.run({ label: `Add coder ${name}`, annotations: [], categories: [], coders: [{ before: null, after: coder }] });
    if (!done) {
      this.localCoder = current;
      return false;
    }
    await this.repo.setSetting(SETTING_KEYS.coderId, coder.id);
    this.notify();
    return true;
  }

  /**
   * Codes as a new coder from now on (a new id: someone else at this machine); the earlier
   * coder's annotations stay theirs. Resolves to success.
   */
  async newCoder(name: string): Promise<boolean> {
    const coder: Coder = { id: crypto.randomUUID(), name, kind: 'person' };
    const done = await this.run({ label: `Add coder ${name}`, annotations: [], categories: [], coders: [{ before: null, after: coder }] }, `Coding as ${name}, a new coder; earlier annotations keep their coders.`);
    if (!done) return false;
    await this.repo.setSetting(SETTING_KEYS.coderId, coder.id);
    this.becomeCoder(coder);
    return true;
  }

  /** Codes as an existing coder of the library from now on (a setting of this machine). */
  async continueAs(coderId: string): Promise<boolean> {
    const coder = this.coders.get(coderId);
    if (!coder || coder.kind !== 'person') return false;
    await this.repo.setSetting(SETTING_KEYS.coderId, coder.id);
    this.becomeCoder(coder);
    return true;
  }

  private becomeCoder(coder: Coder): void {
    this.localCoder = coder;
    this.notify();
  }

  /**
   * The edit, with the coder records its annotations need and the library lacks: the local
   * coder's (after an undo removed it, say), and in an import those of coders it did not list
   * (a coder always exists where it has annotations).
   */
  private withMissingCoders(edit: Edit): Edit {
    const adding = new Set((edit.coders ?? []).flatMap((c) => (c.after ? [c.after.id] : [])));
    const missing: Change<Coder>[] = [];
    const local = this.localCoder;
    for (const { after } of edit.annotations) {
      if (!after || this.coders.get(after.coderId) || adding.has(after.coderId)) continue;
      // The local coder's record, or, in an import, a coder the import did not list (named as its annotations name it).
      const coder: Coder | null = local && after.coderId === local.id ? local : edit.origin === 'import' ? { id: after.coderId, name: after.coder, kind: 'person' } : null;
      if (coder) {
        missing.push({ before: null, after: coder });
        adding.add(coder.id);
      }
    }
    return missing.length ? { ...edit, coders: [...(edit.coders ?? []), ...missing] } : edit;
  }

  /**
   * Runs an undoable edit and reports failure in the status line; resolves to success.
   * `announce` is said once the edit is written. An edit that breaks the rule of who may change
   * what (`shared/coders/rules.ts`) is refused with its sentence, and nothing changes.
   */
  async run(edit: Edit, announce?: string, options?: RunOptions): Promise<boolean> {
    const full = this.withMissingCoders(edit);
    const touchesAnnotations = full.annotations.length > 0 && full.origin !== 'import';
    const documentDeletion = (full.documents ?? []).some((c) => c.before && !c.after);
    if (touchesAnnotations && !this.localCoder && !documentDeletion) {
      this.say(`${edit.label} was not done: enter your name first (the Coder button), so that your annotations say who made them.`, 'error');
      return false;
    }
    const problem = editProblem(full, this.localCoder?.id ?? '', this.coders.kindOf, (id) => this.coders.nameOf(id));
    if (problem) {
      this.say(`${edit.label} was not done: ${problem}`, 'error');
      return false;
    }
    const consensus = (full.coders ?? []).find((c) => !c.before && c.after?.kind === 'consensus')?.after;
    try {
      await this.history.run(full, options);
      if (consensus && !this.consensusId) {
        this.consensusId = consensus.id;
        await this.repo.setSetting(SETTING_KEYS.consensusCoderId, consensus.id);
      }
      if (announce) this.say(announce);
      return true;
    } catch (error) {
      return this.failed(error, edit.label);
    }
  }

  /**
   * Applies what was pulled from the team's server (team sync), through the same writer but
   * outside the undo history (it is others' work), recording the
   * revisions in the same transaction so that nothing is applied twice. Annotations stay their
   * coders' (the batch is checked before it gets here). A pulled consensus layer becomes this
   * workspace's when it has none. Resolves to the edit applied (possibly empty) and the number
   * of local undo steps set aside because it changed what they touched (see
   * `History.applyPulled`); throws when the write fails (nothing is changed then).
   */
  async applyPulled(batch: PulledBatch, revisions: PulledRevision[]): Promise<{ edit: Edit; setAside: number }> {
    const ids = [...batch.annotations.map((a) => a.id), ...batch.removedAnnotationIds];
    const existing = ids.length ? await this.repo.existingAnnotations(ids) : new Map<string, Annotation>();
    const edit = pulledEdit(batch, { annotations: existing, category: (id) => this.codebook.get(id), coder: (id) => this.coders.get(id) });
    if (isEmptyEdit(edit) && revisions.length === 0) return { edit, setAside: 0 };
    const setAside = await this.history.applyPulled(edit, revisions);
    const consensus = batch.coders.find((c) => c.kind === 'consensus');
    if (consensus && !this.consensusId) {
      this.consensusId = consensus.id;
      await this.repo.setSetting(SETTING_KEYS.consensusCoderId, consensus.id);
    }
    return { edit, setAside };
  }

  /** Turns the outbox on or off (team sync on or off): while on, every edit run here is also queued for the team. */
  setOutbox(on: boolean): void {
    this.repo.outbox = on;
  }

  /**
   * Runs an import as one undoable step and opens the document it went to (when given and not
   * open already). Resolves to success.
   */
  async runImport(edit: Edit, announce: string, openDocumentId?: string): Promise<boolean> {
    const done = await this.run(edit, announce);
    if (done && openDocumentId && this.document?.id !== openDocumentId) await this.open(openDocumentId);
    return done;
  }

  /**
   * Replaces everything in the library with a workspace file or backup. This cannot be undone:
   * the caller has said so to the user before; the history is cleared.
   */
  async replaceAll(data: WorkspaceData, source: string): Promise<boolean> {
    // This machine's coder stays who they are: their record joins the restored coders.
    const local = this.localCoder;
    const coders = local && !data.coders.some((c) => c.id === local.id) ? [...data.coders, local] : data.coders;
    try {
      await this.flush();
      await this.repo.replaceAll({ ...data, coders });
      if (this.consensusId && !coders.some((c) => c.id === this.consensusId)) {
        this.consensusId = coders.find((c) => c.kind === 'consensus')?.id ?? null;
        await this.repo.setSetting(SETTING_KEYS.consensusCoderId, this.consensusId ?? '');
      }
    } catch (error) {
      return this.failed(error, 'Restoring the workspace');
    }
    this.history.clear();
    this.codebook.replace(data.categories);
    this.coders.replace(coders);
    this.dirty = true;
    this.close();
    this.say(`Workspace restored from “${source}”: ${data.documents.length} documents, ${data.annotations.length} annotations. Undo history was cleared.`);
    return true;
  }

  /**
   * Writes a backup (desktop only) when something changed since the last one, or always for
   * `quit`/`manual`. Resolves to null when it is written or not needed, else to why not (also
   * said in the status line), so the quit sequence can tell main.
   */
  async backup(reason: BackupReason): Promise<string | null> {
    const backups = this.platform.backups;
    if (!backups || (reason === 'interval' && !this.dirty)) return null;
    const wasDirty = this.dirty;
    this.dirty = false;
    try {
      const json = serialiseWorkspace(await this.repo.snapshot(), new Date().toISOString());
      const written = await backups.write(json, reason);
      if (!written.ok) throw new Error(written.error);
      return null;
    } catch (error) {
      this.dirty = this.dirty || wasDirty;
      const why = error instanceof Error ? error.message : String(error);
      this.say(`The backup could not be written: ${why}`, 'error');
      return why;
    }
  }

  /** Asks the reader to show an annotation of the open document (after an import review, say). */
  reveal(annotationId: string): void {
    if (this.revealer) this.revealer(annotationId);
    else this.pendingReveal = annotationId;
  }

  /** The reader registers here to show annotations on request; a waiting request is served at once. */
  onReveal(revealer: (annotationId: string) => void): () => void {
    this.revealer = revealer;
    const pending = this.pendingReveal;
    this.pendingReveal = null;
    if (pending) revealer(pending);
    return () => {
      if (this.revealer === revealer) this.revealer = null;
    };
  }

  /**
   * Registers work that holds user input not yet written (a memo field being typed in); `flush`
   * runs it. Returns the function that unregisters it.
   */
  onFlush(flusher: () => void | Promise<void>): () => void {
    this.flushers.add(flusher);
    return () => this.flushers.delete(flusher);
  }

  /**
   * Writes everything the user has typed: runs the registered flushers, then waits until every
   * queued edit is written. Called on switching documents, on `pagehide`, when the page is
   * hidden and before quit.
   */
  async flush(): Promise<void> {
    await Promise.all([...[...this.flushers].map((f) => f()), this.preferences.flushPositions()]);
    await this.history.settled();
  }

  async undo(): Promise<void> {
    await this.flush();
    try {
      const label = await this.history.undo();
      this.say(label ? `Undone: ${lowerFirst(label)}.` : 'Nothing to undo.');
    } catch (error) {
      this.failed(error, 'Undo');
    }
  }

  async redo(): Promise<void> {
    await this.flush();
    try {
      const label = await this.history.redo();
      this.say(label ? `Redone: ${lowerFirst(label)}.` : 'Nothing to redo.');
    } catch (error) {
      this.failed(error, 'Redo');
    }
  }
}

/** "Import of 3 annotations" → "import of 3 annotations", for sentences. */
export function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
