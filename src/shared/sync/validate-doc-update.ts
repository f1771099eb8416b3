/**
 * The project database's design document, installed by the workbench (or by an admin, from
 * the README): its `validate_doc_update` is the server's copy of the rule of who may change
 * what (`coders/rules.ts`), which CouchDB runs on every write, replicated ones included.
 *
 * - Database admins (`_admin`) may write anything.
 * - Only documents of the workbench's four types are accepted, and a document's type never changes.
 * - An annotation of a person's layer belongs to its `couchUser`: only that user may create,
 *   change or delete it; its coder, layer and user never change.
 * - The consensus layer (`layer: 'consensus'`) is written only by users with the project role
 *   `adjudicator`.
 * - A coder document is written only by its own user (a consensus layer's by an adjudicator);
 *   its user never changes and coders are never deleted.
 * - Texts and categories may be written by any member (CouchDB's `_security` decides who is one).
 *
 * Written as ES5 because CouchDB's JavaScript engine runs it.
 */

/** The design document's `_id`. */
export const DESIGN_DOC_ID = '_design/discourse-workbench';

/** Bumped when the function changes, so that the app replaces an older design document. */
export const DESIGN_DOC_VERSION = 1;

/** The role that may write the consensus layer. */
export const ADJUDICATOR_ROLE = 'adjudicator';

/** The function's source, as CouchDB stores it. */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw ({ unauthorized: 'Sign in to write to this project.' });
  if (newDoc._id.indexOf('_design/') === 0) throw ({ forbidden: 'Only a database admin changes the design document.' });
  var doc = newDoc._deleted ? oldDoc : newDoc;
  if (!doc) return;
  var types = ['annotation', 'text', 'category', 'coder'];
  if (types.indexOf(doc.type) === -1) throw ({ forbidden: 'Not a document of the workbench (type ' + doc.type + ').' });
  if (oldDoc && !newDoc._deleted && oldDoc.type !== newDoc.type) throw ({ forbidden: 'A document never changes its type.' });
  var adjudicator = roles.indexOf('${ADJUDICATOR_ROLE}') !== -1;
  var me = userCtx.name;
  if (doc.type === 'annotation') {
    if (!doc.annotation || typeof doc.annotation.coderId !== 'string') throw ({ forbidden: 'An annotation names its coder.' });
    if (oldDoc && oldDoc.layer === 'person' && oldDoc.couchUser !== me) throw ({ forbidden: 'This annotation is ' + oldDoc.couchUser + '\\'s: ' + me + ' may not change it.' });
    if (oldDoc && !newDoc._deleted && oldDoc.annotation && (oldDoc.annotation.coderId !== newDoc.annotation.coderId || oldDoc.layer !== newDoc.layer || oldDoc.couchUser !== newDoc.couchUser)) throw ({ forbidden: 'No change alters who made an annotation.' });
    if (doc.layer === 'consensus') {
      if (!adjudicator) throw ({ forbidden: me + ' is not an adjudicator of this project: only adjudicators write the consensus layer.' });
      return;
    }
    if (doc.layer !== 'person') throw ({ forbidden: 'An annotation is in a person\\'s layer or the consensus layer.' });
    if (doc.couchUser !== me) throw ({ forbidden: 'This annotation is ' + doc.couchUser + '\\'s: ' + me + ' may not write it.' });
    return;
  }
  if (doc.type === 'coder') {
    if (newDoc._deleted) throw ({ forbidden: 'Coders are never removed.' });
    if (oldDoc && oldDoc.couchUser !== newDoc.couchUser) throw ({ forbidden: 'A coder stays with their user.' });
    if (!newDoc.coder || (oldDoc && oldDoc.coder && (oldDoc.coder.id !== newDoc.coder.id || oldDoc.coder.kind !== newDoc.coder.kind))) throw ({ forbidden: 'A coder\\'s id and kind never change.' });
    if (newDoc.coder.kind === 'consensus') {
      if (!adjudicator) throw ({ forbidden: me + ' is not an adjudicator of this project: only adjudicators name the consensus layer.' });
      return;
    }
    if (newDoc.couchUser !== me) throw ({ forbidden: 'A coder is written only by their own user (' + newDoc.couchUser + ').' });
  }
}`;

/** The design document the workbench installs. */
export function designDoc(): { _id: string; version: number; validate_doc_update: string; language: 'javascript' } {
  return { _id: DESIGN_DOC_ID, version: DESIGN_DOC_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE, language: 'javascript' };
}
