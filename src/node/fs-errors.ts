/**
 * File-system errors in words a researcher understands, naming the file (after Zettlr's
 * `map-fs-error.ts`). Node's messages (`ENOSPC: no space left on device, write`) stay in logs.
 */
import { win32 } from 'node:path';

/** The `code` of a Node system error, or undefined for anything else. */
export function fsErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Sentences per error code; `file` is the quoted file name. */
const MESSAGES: Record<string, (file: string) => string> = {
  ENOSPC: (file) => `There is not enough space on the disk to save ${file}. Free some space and try again.`,
  EDQUOT: (file) => `Your disk quota is used up, so ${file} could not be saved. Free some space and try again.`,
  EACCES: (file) => `The workbench is not allowed to open ${file}. Check the file's permissions, or choose another folder.`,
  EPERM: (file) =>
    `The system did not permit the operation on ${file}. It may be locked by another program or protected; close other programs or choose another folder.`,
  EROFS: (file) => `${capitalise(file)} is on a read-only disk or folder, so it cannot be changed. Choose another place.`,
  ENOENT: (file) => `${capitalise(file)} could not be found. It may have been moved, renamed or deleted.`,
  ENOTDIR: (file) => `A folder in the path of ${file} is not a folder. It may have been moved or replaced.`,
  EISDIR: (file) => `${capitalise(file)} is a folder, not a file. Choose a file instead.`,
  EEXIST: (file) => `${capitalise(file)} already exists.`,
  EMFILE: (file) => `Too many files are open at once to open ${file}. Close some programs or windows and try again.`,
  ENFILE: (file) => `Too many files are open on this computer to open ${file}. Close some programs and try again.`,
  EBUSY: (file) => `${capitalise(file)} is in use by another program. Close it there and try again.`,
  ETXTBSY: (file) => `${capitalise(file)} is in use by another program. Close it there and try again.`,
  EFBIG: (file) => `${capitalise(file)} is too large for this disk.`,
  ENAMETOOLONG: (file) => `The name or path of ${file} is too long. Choose a shorter name or a folder closer to the top.`,
  EIO: (file) => `The disk reported an error while reading or writing ${file}. The disk or the network connection may be failing.`,
  ETIMEDOUT: (file) => `Reading or writing ${file} took too long. If it is on a network drive, check the connection.`,
  ECONNRESET: (file) => `The connection to the drive holding ${file} was lost. Check the network and try again.`,
  ELOOP: (file) => `The path of ${file} contains a loop of shortcuts (symbolic links).`,
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A sentence describing a file-system error for the file at `path` (named by its base name in
 * quotes; "the file" when no path is given). Unknown codes and non-system errors get a general
 * sentence that still names the file and carries the code for support.
 */
export function describeFsError(error: unknown, path?: string): string {
  // win32.basename splits on both / and \, so Windows paths read well on any platform.
  const file = path ? `“${win32.basename(path)}”` : 'the file';
  const code = fsErrorCode(error);
  const message = code ? MESSAGES[code] : undefined;
  if (message) return message(file);
  return code
    ? `Something went wrong with ${file} (${code}). Try again, or choose another file or folder.`
    : `Something went wrong with ${file}. Try again, or choose another file or folder.`;
}
