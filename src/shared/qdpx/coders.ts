/**
 * REFI-QDA users and the workbench's coders, mapped here and nowhere else: a user's GUID is the
 * coder's id (so a project exported and imported again keeps its layers), and a coder's id gives
 * the user's GUID (`coderGuid`: a UUID id as it is).
 */
import type { Coder } from '../model';
import { coderGuid } from './guid';
import type { QdeUser } from './qde-types';

/** The coder of annotations made by a user of the file. */
export function coderOfUser(user: QdeUser): Coder {
  return { id: user.guid, name: user.name, kind: 'person' };
}

/** The coder of annotations by a user GUID the file does not list. */
export function coderOfUnlistedUser(guid: string): Coder {
  return { id: guid, name: `User ${guid.slice(0, 8)}`, kind: 'person' };
}

/** The `User` a coder is written as: its GUID from the coder's id, and the coder's name. */
export function userOfCoder(coder: Pick<Coder, 'id' | 'name'>): QdeUser {
  return { guid: coderGuid(coder.id), name: coder.name };
}
