/**
 * The client's check of a pulled annotation against its coder's document: the server lets a
 * user write only documents naming them (`validate-doc-update.ts`), and the coder document ties
 * a coder id to one CouchDB user, so an annotation in a person's layer whose user is not its
 * coder's user is someone claiming another's layer; it is not applied.
 */
import type { AnnotationDoc } from './couch-docs';

/** Why a pulled annotation may not be applied, or null. `userOfCoder`: coder id → CouchDB user, from the coder documents. */
export function ownershipProblem(doc: AnnotationDoc, userOfCoder: ReadonlyMap<string, string>): string | null {
  if (doc.layer === 'consensus') return null;
  const owner = userOfCoder.get(doc.annotation.coderId);
  if (owner === undefined) return `${doc._id} names a coder the project does not know yet (${doc.annotation.coderId})`;
  if (owner !== doc.couchUser) return `${doc._id} claims ${owner}'s layer but was written by ${doc.couchUser}`;
  return null;
}
