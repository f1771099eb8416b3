/**
 * REFI-QDA users and the workbench's coders, mapped here and nowhere else. Today a coder is
 * known by name (`Annotation.coder`), so a user's name is the coder and a coder's name gives
 * the user's GUID (name-based, stable across exports). When coders get ids of their own
 * (issue 13), only these functions change: the user's GUID becomes the coder's id.
 */
import { coderGuid } from './guid';
import type { QdeUser } from './qde-types';

/** The `coder` of annotations made by a user of the file. */
export function coderOfUser(user: QdeUser): string {
  return user.name;
}

/** The `coder` of annotations by a user GUID the file does not list. */
export function coderOfUnlistedUser(guid: string): string {
  return `User ${guid.slice(0, 8)}`;
}

/** The `User` a coder is written as: a stable GUID and a name. */
export function userOfCoder(coder: string): QdeUser {
  return { guid: coderGuid(coder), name: coder };
}
